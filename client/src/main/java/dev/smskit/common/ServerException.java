package dev.smskit.common;

/**
 * The server failed (HTTP 5xx). Idempotent calls answered with 503 are retried by the {@link RetryPolicy}.
 */
public class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for this answer; {@link ApiException#of(Answer)} picks the subclass by status.
     *
     * @param answer what the API answered
     */
    public ServerException(Answer answer) {
        super(answer);
    }
}
