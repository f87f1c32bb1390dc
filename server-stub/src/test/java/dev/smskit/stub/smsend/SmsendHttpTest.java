package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.threeten.extra.MutableClock;

import dev.smskit.stub.StubState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stub on a random port, with a clock the tests move on from {@link TestClock#START}, and empty address books and no SMS
 * orders before each test (ids start at 1 again, credits are full). Users {@code test}/{@code test} and {@code test2}/{@code test2} come from
 * application.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
abstract class SmsendHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    List<StubState> states;
    @Autowired
    SmsendProperties properties;
    @Autowired
    MutableClock clock;

    Smsend smsend;
    Smsend.Keys test;
    Smsend.Keys test2;

    @BeforeEach
    void emptyStoresAndLogIn() {
        states.forEach(StubState::reset);
        clock.setInstant(TestClock.START);
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
