package dev.smskit.stub.sms;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the whole stub: every API reads time from it, so that tests move all of them on at once. */
@Configuration(proxyBeanMethods = false)
public class StubClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
