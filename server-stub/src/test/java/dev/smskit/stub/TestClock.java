package dev.smskit.stub;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.threeten.extra.MutableClock;

/** The stub's one clock in tests: they move it on instead of waiting (it replaces the stub's {@code Clock} bean). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** Where the clock stands at the start of each test. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return MutableClock.of(START, ZoneOffset.UTC);
    }
}
