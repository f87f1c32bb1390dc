package dev.smskit.stub.smsend;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The configured users with their keys: {@code /login} opens a session whose key expires after the
 * idle timeout without calls, {@code /token} hands out the user's access token, which never expires.
 * Keys live as long as the process: resetting the stub's data keeps clients logged in.
 */
@Component
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Account(String username, String password, String userKey, String accessToken) {
    }

    private record Session(String userKey, Instant lastUsed) {
    }

    private final Map<String, Account> byUsername;
    private final Map<String, Account> byUserKey;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Clock clock;

    public Sessions(SmsendProperties properties, Clock clock) {
        this.byUsername = properties.users().stream()
                .map(user -> new Account(user.username(), user.password(), newKey(), newKey()))
                .collect(Collectors.toUnmodifiableMap(Account::username, Function.identity()));
        this.byUserKey = byUsername.values().stream()
                .collect(Collectors.toUnmodifiableMap(Account::userKey, Function.identity()));
        this.idleTimeout = properties.sessionIdleTimeout();
        this.clock = clock;
    }

    /** {@code USER_KEY;SESSION_KEY} for a new session, empty if the credentials are wrong. */
    public Optional<String> login(String username, String password) {
        return account(username, password).map(account -> {
            Instant now = clock.instant();
            sessions.values().removeIf(session -> expired(session, now));
            String sessionKey = newKey();
            sessions.put(sessionKey, new Session(account.userKey(), now));
            return account.userKey() + ";" + sessionKey;
        });
    }

    /** {@code USER_KEY;ACCESS_TOKEN}, empty if the credentials are wrong. */
    public Optional<String> token(String username, String password) {
        return account(username, password).map(account -> account.userKey() + ";" + account.accessToken());
    }

    /**
     * The user name the keys belong to, if the user key is known and either the access token or a live
     * session key of that user comes with it; a live session key is kept alive by the call.
     */
    public Optional<String> authenticate(@Nullable String userKey, @Nullable String sessionKey,
            @Nullable String accessToken) {
        Account account = userKey == null ? null : byUserKey.get(userKey);
        if (account == null) {
            return Optional.empty();
        }
        if (account.accessToken().equals(accessToken) || touch(account, sessionKey)) {
            return Optional.of(account.username());
        }
        return Optional.empty();
    }

    private boolean touch(Account account, @Nullable String sessionKey) {
        if (sessionKey == null) {
            return false;
        }
        Instant now = clock.instant();
        // atomically: drop the session if it has expired, else keep it alive if it is this user's
        Session session = sessions.computeIfPresent(sessionKey, (key, found) -> expired(found, now) ? null
                : found.userKey().equals(account.userKey()) ? new Session(found.userKey(), now) : found);
        return session != null && session.userKey().equals(account.userKey());
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(idleTimeout));
    }

    private Optional<Account> account(String username, String password) {
        return Optional.ofNullable(byUsername.get(username)).filter(account -> account.password().equals(password));
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
