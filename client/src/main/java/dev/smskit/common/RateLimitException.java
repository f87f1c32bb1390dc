package dev.smskit.common;

/**
 * Too many requests (HTTP 429). {@link #getRetryAfter()} says how long the server asked to wait; idempotent calls are retried after that wait by the {@link RetryPolicy}.
 */
public class RateLimitException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for this answer; {@link ApiException#of(Answer)} picks the subclass by status.
     *
     * @param answer what the API answered
     */
    public RateLimitException(Answer answer) {
        super(answer);
    }
}
