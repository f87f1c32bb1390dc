package dev.smskit.common;

/**
 * The credentials were refused (HTTP 401): missing, wrong, revoked or, for an smsend session key, expired (the smsend client logs in again once before throwing this).
 */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    AuthenticationException(Answer answer) {
        super(answer);
    }
}
