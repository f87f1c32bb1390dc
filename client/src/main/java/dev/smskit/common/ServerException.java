package dev.smskit.common;

/**
 * The server failed (HTTP 5xx). Idempotent calls answered with 503 are retried by the {@link RetryPolicy}.
 */
public class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    ServerException(Answer answer) {
        super(answer);
    }
}
