package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends SmsendHttpTest {

    private static final String UNAUTHORIZED = "User_key, Token or Session_key are invalid or not provided";

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/token"})
    void answersTheUserKeyAndAKeyAsPlainText(String path) {
        HttpResponse<String> response = smsend.send("GET", path + "?username=test&password=test", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body()).matches("[0-9a-f]{32};[0-9a-f]{32}"); // no trailing newline either
    }

    @Test
    void theUserKeyBelongsToTheUserAndEachLoginOpensANewSession() {
        Smsend.Keys first = smsend.login("test", "test");
        Smsend.Keys second = smsend.login("test", "test");
        Smsend.Keys token = smsend.token("test", "test");

        assertThat(second.userKey()).isEqualTo(first.userKey()).isEqualTo(token.userKey());
        assertThat(second.key()).isNotEqualTo(first.key());
        assertThat(smsend.token("test", "test").key()).isEqualTo(token.key());
        assertThat(test2.userKey()).isNotEqualTo(test.userKey());
        assertThat(smsend.get("/groups", first).statusCode()).isEqualTo(200);
        assertThat(smsend.get("/groups", second).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login?username=test&password=wrong", "/token?username=test&password=wrong",
            "/login?username=nobody&password=test", "/token?username=test2&password=test"})
    void wrongCredentialsAre404(String path) {
        assertError(smsend.send("GET", path, null), 404, "Credentials are incorrect");
    }

    @Test
    void missingCredentialsAre400() {
        assertError(smsend.send("GET", "/login?username=test", null), 400, "Missing parameter: password");
        assertError(smsend.send("GET", "/token?password=test", null), 400, "Missing parameter: username");
    }

    @Test
    void everyOtherCallNeedsTheUserKeyAndASessionKeyOrAccessToken() {
        assertError(smsend.send("GET", "/groups", null), 401, UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "user_key", test.userKey()), 401, UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "Session_key", test.key()), 401, UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "user_key", "nobody", "Session_key", test.key()), 401,
                UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "user_key", test.userKey(), "Session_key", "wrong"), 401,
                UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "user_key", test.userKey(), "Access_token", test.key()), 401,
                UNAUTHORIZED);
        // another user's keys do not open this user's account
        assertError(smsend.send("GET", "/groups", null, "user_key", test.userKey(), "Access_token", test2.key()), 401,
                UNAUTHORIZED);
        assertError(smsend.send("GET", "/groups", null, "user_key", test2.userKey(), "Session_key", test.key()), 401,
                UNAUTHORIZED);
    }

    @Test
    void headerNamesAreCaseInsensitiveWithTheirUnderscores() {
        assertThat(smsend.send("GET", "/groups", null, "USER_KEY", test.userKey(), "session_key", test.key())
                .statusCode()).isEqualTo(200);
        assertThat(smsend.send("GET", "/groups", null, "User_Key", test2.userKey(), "ACCESS_TOKEN", test2.key())
                .statusCode()).isEqualTo(200);
        // dashes are other headers: smsend's samples warn that User-Key is not supported
        assertError(smsend.send("GET", "/groups", null, "User-Key", test.userKey(), "Session-Key", test.key()), 401,
                UNAUTHORIZED);
    }

    @Test
    void anUnauthenticatedCallChangesNothingWhateverItSends() {
        assertError(smsend.send("POST", "/group", "{\"name\":\"a\",\"description\":\"b\"}", "user_key", "x"), 401,
                UNAUTHORIZED);
        assertError(smsend.send("POST", "/group", "{broken", "user_key", "x"), 401, UNAUTHORIZED);

        assertThat(json(smsend.get("/groups", test).body()).get("Total").asInt()).isZero();
    }

    @Test
    void aSessionKeyExpiresAfterFiveMinutesWithoutCalls() {
        clock.add(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(smsend.get("/groups", test).statusCode()).isEqualTo(200);

        // each call keeps the session alive for another five minutes
        clock.add(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(smsend.get("/groups", test).statusCode()).isEqualTo(200);

        clock.add(Duration.ofMinutes(5));
        assertError(smsend.get("/groups", test), 401, UNAUTHORIZED);
        assertError(smsend.get("/groups", test), 401, UNAUTHORIZED);

        // a new login is needed; the user key stays the same
        Smsend.Keys again = smsend.login("test", "test");
        assertThat(again.userKey()).isEqualTo(test.userKey());
        assertThat(smsend.get("/groups", again).statusCode()).isEqualTo(200);
    }

    @Test
    void anAccessTokenDoesNotExpire() {
        clock.add(Duration.ofDays(400));

        assertThat(smsend.get("/groups", test2).statusCode()).isEqualTo(200);
    }
}
