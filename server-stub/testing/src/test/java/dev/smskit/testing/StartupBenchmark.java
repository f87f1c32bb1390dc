package dev.smskit.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Time from the extension starting a stub to the first test running, in this JVM (run by
 * {@code bench/kit-startup.sh}, one fresh JVM per round): a JUnit run of one test class, as a
 * consumer's build makes it.
 */
public final class StartupBenchmark {

    static volatile long extensionStarted;
    static volatile long firstTest;

    /** Registered before the kit's extension: its beforeAll runs first. */
    static class Stopwatch implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            extensionStarted = System.nanoTime();
        }
    }

    @ExtendWith(Stopwatch.class)
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
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(1));
        System.out.println("first test ready " + TimeUnit.NANOSECONDS.toMillis(firstTest - extensionStarted)
                + " ms after the extension started the stub");
    }
}
