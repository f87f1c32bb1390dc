package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import dev.smskit.stub.faults.FaultRules;
import dev.smskit.stub.sms.MessageCallbacks;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.threeten.extra.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that talk to the running stub over real HTTP. All subclasses share one Spring
 * context (same configuration); state is wiped and the stub's clock set back to {@link TestClock#START}
 * before each test. The clock only moves when a test moves it, so deliveries only move on when a test
 * moves the clock or settles them through the control API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
public abstract class StubHttpTest {

    protected static final String ACCOUNT = "ip1-12345";
    protected static final String OTHER_ACCOUNT = "ip1-54321";
    protected static final String[] V1 = basic(ACCOUNT, "test-key");
    protected static final String[] V1_OTHER = basic(OTHER_ACCOUNT, "test-key-2");
    protected static final String[] V2 = bearer("test-token");
    protected static final String[] V2_OTHER = bearer("test-token-2");
    protected static final String[] JSON_BODY = {"Content-Type", "application/json"};

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected List<StubState> states;
    @Autowired
    protected MessageCallbacks callbacks;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected FaultRules faults;

    @BeforeEach
    void forgetEverything() {
        states.forEach(StubState::reset);
        callbacks.reset();
        faults.reset();
        clock.setInstant(TestClock.START);
    }

    /** A V1 NKI send body from {@code ip1sms} to a user per phone. */
    protected static String nki(String message, String... phones) {
        StringBuilder users = new StringBuilder();
        for (String phone : phones) {
            users.append(users.isEmpty() ? "" : ",").append("{\"FirstName\":\"Anna\",\"Phone\":\"").append(phone).append("\"}");
        }
        return "{\"Users\":[" + users + "],\"Email\":false,\"From\":\"ip1sms\",\"Message\":"
                + JsonMapper.shared().writeValueAsString(message) + "}";
    }

    /** The JSON body of an answer that must be 200 OK. */
    protected static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    protected static String[] basic(String user, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))};
    }

    protected static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    protected static String[] headers(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }

    protected Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    protected Answer delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** POST/PUT a JSON body (adds {@code Content-Type: application/json}). */
    protected Answer json(String method, String path, String body, String... headers) {
        return send(method, path, body, headers(JSON_BODY, headers));
    }

    protected Answer send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    protected static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** What the client saw. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body;
        }
    }
}
