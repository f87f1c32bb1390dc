package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import dev.smskit.stub.StubHttpTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smsend tests: a session of {@code test}/{@code test} and an access token of {@code test2}/{@code test2}
 * (users from application.yaml), on empty address books and no SMS orders (ids start at 1 again,
 * credits are full).
 */
abstract class SmsendHttpTest extends StubHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SmsendProperties properties;

    Smsend smsend;
    Smsend.Keys test;
    Smsend.Keys test2;

    @BeforeEach
    void logIn() {
        smsend = new Smsend(port);
        test = smsend.login("test", "test");
        test2 = smsend.token("test2", "test2");
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** An smsend error: the status, a short text/plain message and nothing else. */
    static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo(message);
    }

    /** An smsend success without content: the status, an empty body and {@code Content-Length: 0}. */
    static void assertEmpty(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(response.body()).isEmpty();
    }
}
