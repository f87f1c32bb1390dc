package dev.smskit.common;

/**
 * Too many requests (HTTP 429). {@link #getRetryAfter()} says how long the server asked to wait; idempotent calls are retried after that wait by the {@link RetryPolicy}.
 */
public class RateLimitException extends ApiException {

    private static final long serialVersionUID = 1L;

    RateLimitException(Answer answer) {
        super(answer);
    }
}
