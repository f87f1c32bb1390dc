package dev.smskit.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Time from the extension starting a stub to the first test running, in this JVM (run by
 * {@code bench/kit-startup.sh}, one fresh JVM per round): a JUnit run of one test class, as a
 * consumer's build makes it.
 */
public final class StartupBenchmark {

    static volatile long firstTest;

    @SmskitStub
    static class FirstTest {
        @Test
        void runs(StubControl stub) {
            firstTest = System.nanoTime();
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(1));
        System.out.println("first test ready " + TimeUnit.NANOSECONDS.toMillis(firstTest - started) + " ms after the run started");
    }
}
