package dev.smskit.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a failed call is tried again, and how long the client waits before.
 *
 * <p>Retried: connection failures (no answer), and answers {@code 429 Too Many Requests} and
 * {@code 503 Service Unavailable}, for idempotent methods only ({@code GET}, {@code HEAD},
 * {@code OPTIONS}, {@code PUT}, {@code DELETE}). A {@code POST} or {@code PATCH} may send an SMS or
 * create something a second time, so it is never retried unless {@link Builder#retryPosts(boolean)}
 * says so. The wait is the answer's {@code Retry-After} when it has one, otherwise an exponential
 * backoff ({@code initialDelay}, doubled per attempt, at most {@code maxDelay}). A
 * {@code Retry-After} longer than {@code maxDelay} is not waited for: the
 * {@link RateLimitException} is thrown at once and tells the wait.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    /** Pauses the calling thread; replaceable so that tests and schedulers see the waits. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for the given time.
         *
         * @param duration how long to wait
         * @throws InterruptedException if the thread is interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final boolean retryPosts;
    private final Sleeper sleeper;
    private final Clock clock;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.retryPosts = builder.retryPosts;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
    }

    /**
     * The default policy: at most 3 attempts, backoff from 500 ms up to 30 s, POST never retried.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * A policy that never retries.
     *
     * @return a policy with a single attempt
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /**
     * Starts a policy from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many times a call is sent at most, the first attempt included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait before the first retry when the answer has no {@code Retry-After}.
     *
     * @return the initial backoff
     */
    public Duration initialDelay() {
        return initialDelay;
    }

    /**
     * The longest wait between two attempts.
     *
     * @return the backoff cap
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * Whether {@code POST} and {@code PATCH} calls are retried like idempotent ones.
     *
     * @return {@code true} if the caller opted in
     */
    public boolean retriesPosts() {
        return retryPosts;
    }

    /**
     * The clock that dates an HTTP-date {@code Retry-After} is measured against.
     *
     * @return the clock given to {@link Builder#clock(Clock)}, or the system UTC clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * What waits between attempts.
     *
     * @return the sleeper given to {@link Builder#sleeper(Sleeper)}, or {@code Thread.sleep}
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The wait before the next attempt of a failed call.
     *
     * @param attempt the attempt that failed, 1 for the first
     * @param method the HTTP method, e.g. {@code POST}
     * @param failure how it failed
     * @return the wait before attempt {@code attempt + 1}, or empty if {@code failure} is final
     */
    public Optional<Duration> delayAfter(int attempt, String method, SmskitException failure) {
        if (attempt >= maxAttempts || !(retryPosts || IDEMPOTENT.contains(method))) {
            return Optional.empty();
        }
        if (failure instanceof NetworkException) {
            return Optional.of(backoff(attempt));
        }
        if (failure instanceof ApiException api && (api.getStatus() == 429 || api.getStatus() == 503)) {
            Duration wait = api.getRetryAfter().orElseGet(() -> backoff(attempt));
            return wait.compareTo(maxDelay) <= 0 ? Optional.of(wait) : Optional.empty();
        }
        return Optional.empty();
    }

    private Duration backoff(int attempt) {
        Duration wait = initialDelay;
        for (int i = 1; i < attempt && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxDelay) < 0 ? wait : maxDelay;
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private boolean retryPosts;
        private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * How many times a call is sent at most, the first attempt included (default 3).
         *
         * @param maxAttempts 1 to never retry
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The wait before the first retry when the answer has no {@code Retry-After}; doubled for
         * every further retry (default 500 ms).
         *
         * @param initialDelay a positive duration
         * @return this builder
         */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initialDelay");
            return this;
        }

        /**
         * The longest wait between two attempts (default 30 s). A {@code Retry-After} above it is
         * not waited for.
         *
         * @param maxDelay a positive duration
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * Also retries {@code POST} and {@code PATCH} calls (default {@code false}). Only opt in if
         * sending an SMS or creating a resource twice is acceptable.
         *
         * @param retryPosts {@code true} to retry them
         * @return this builder
         */
        public Builder retryPosts(boolean retryPosts) {
            this.retryPosts = retryPosts;
            return this;
        }

        /**
         * How the client waits between attempts (default {@link Thread#sleep(long)}).
         *
         * @param sleeper the waiting strategy
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The clock that turns a {@code Retry-After} HTTP date into a wait (default UTC system
         * clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         */
        public RetryPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
