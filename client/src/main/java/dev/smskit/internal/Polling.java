package dev.smskit.internal;

import dev.smskit.common.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads something again until it is final or time is up, waiting with the retry policy's sleeper
 * and measuring with its clock, so that tests can run it without real waits.
 */
public final class Polling {

    /** How long to wait between two reads. */
    public static final Duration EVERY = Duration.ofSeconds(2);

    private Polling() {
    }

    /**
     * Reads until {@code done} holds or {@code timeout} has passed.
     *
     * @param read reads the current value
     * @param done whether a value is final
     * @param timeout how long to keep reading
     * @param policy the client's retry policy: its sleeper waits, its clock measures
     * @param <T> the value type
     * @return the last value read: final, or the latest when time ran out
     */
    public static <T> T until(Supplier<T> read, Predicate<? super T> done, Duration timeout, RetryPolicy policy) {
        Objects.requireNonNull(timeout, "timeout");
        Instant deadline = policy.clock().instant().plus(timeout);
        T value = read.get();
        while (!done.test(value)) {
            Duration left = Duration.between(policy.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return value;
            }
            try {
                policy.sleeper().sleep(left.compareTo(EVERY) < 0 ? left : EVERY);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
