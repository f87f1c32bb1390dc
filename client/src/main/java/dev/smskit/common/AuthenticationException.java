package dev.smskit.common;

/**
 * The credentials were refused (HTTP 401): missing, wrong, revoked or, for an smsend session key, expired (the smsend client logs in again once before throwing this). A refused smsend login
 * (404 "Credentials are incorrect") is one too, with its status 404.
 */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for this answer; {@link ApiException#of(Answer)} picks the subclass by status.
     *
     * @param answer what the API answered
     */
    public AuthenticationException(Answer answer) {
        super(answer);
    }
}
