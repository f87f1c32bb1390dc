package dev.smskit.smsend;

import dev.smskit.common.SmskitException;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Signs every smsend call with {@code user_key} and either {@code Session_key} or
 * {@code Access_token}, header names exactly as documented. With user name and password it logs in
 * on the first call and again when a call is refused with 401 (a session key expires after five
 * minutes without calls); one login serves all threads.
 */
final class Login implements RequestInterceptor {

    static final String USER_KEY = "user_key";
    static final String SESSION_KEY = "Session_key";
    static final String ACCESS_TOKEN = "Access_token";

    /** The two keys a login answers; {@code key} is the session key or the access token. */
    record Keys(String userKey, String key) {
    }

    private final String keyHeader;
    private final String loginCall;
    private final Supplier<String> login;
    private Keys keys;

    private Login(String keyHeader, String loginCall, Supplier<String> login, Keys keys) {
        this.keyHeader = keyHeader;
        this.loginCall = loginCall;
        this.login = login;
        this.keys = keys;
    }

    /** Keys the caller already has; they cannot be renewed. */
    static Login fixed(String userKey, String accessToken) {
        return new Login(ACCESS_TOKEN, null, null, new Keys(userKey, accessToken));
    }

    /**
     * Logs in lazily.
     *
     * @param keyHeader {@link #SESSION_KEY} for {@code GET /login}, {@link #ACCESS_TOKEN} for {@code GET /token}
     * @param login performs the login call and answers its text, {@code USER_KEY;KEY}
     */
    static Login lazy(String keyHeader, String loginCall, Supplier<String> login) {
        return new Login(keyHeader, loginCall, login, null);
    }

    @Override
    public void apply(RequestTemplate template) {
        Keys current = keys();
        template.removeHeader(USER_KEY);
        template.headerLiteral(USER_KEY, current.userKey());
        template.removeHeader(keyHeader);
        template.headerLiteral(keyHeader, current.key());
    }

    private synchronized Keys keys() {
        if (keys == null) {
            keys = parse(login.get());
        }
        return keys;
    }

    /**
     * After a call was refused with 401: forgets the keys it carried, unless another thread has
     * already replaced them, so that the retry logs in again.
     *
     * @return whether the call may be retried with new keys
     */
    boolean renew(Request refused) {
        if (login == null) {
            return false;
        }
        Collection<String> sent = refused.headers().get(keyHeader);
        synchronized (this) {
            if (keys != null && sent != null && sent.contains(keys.key())) {
                keys = null;
            }
        }
        return true;
    }

    private Keys parse(String answer) {
        String[] parts = answer == null ? new String[0] : answer.strip().split(";", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new SmskitException(loginCall + " answered " + (answer == null ? "no body" : answer.length()
                    + " characters") + " instead of USER_KEY;" + keyHeader.toUpperCase(java.util.Locale.ROOT));
        }
        return new Keys(parts[0].strip(), parts[1].strip());
    }
}
