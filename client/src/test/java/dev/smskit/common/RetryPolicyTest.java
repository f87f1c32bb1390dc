package dev.smskit.common;

import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.Wire;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.GroupUpdate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which calls are tried again and how long the client waits, proven over the wire with the IP1 V1
 * client (all three clients share this machinery). Waits are recorded, never slept.
 */
class RetryPolicyTest {

    private static final String GROUP = "{\"ID\":1017,\"Name\":\"Customers\"}";
    private static final Instant NOW = Instant.parse("2026-11-23T09:15:30Z");

    private MockWebServer server;
    private final Wire.Waits waits = new Wire.Waits();

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Ip1V1 client(RetryPolicy.Builder policy) {
        return client(Wire.root(server), policy);
    }

    private Ip1V1 client(String baseUrl, RetryPolicy.Builder policy) {
        return Ip1V1.builder().baseUrl(baseUrl).accountId("ip1-12345").apiKey("key")
                .retryPolicy(policy.sleeper(waits).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build())
                .build();
    }

    private static MockResponse status(int code, String retryAfter) {
        MockResponse.Builder answer = new MockResponse.Builder().code(code)
                .setHeader("Content-Type", "application/json").body("{\"Message\":\"busy\"}");
        return (retryAfter == null ? answer : answer.setHeader("Retry-After", retryAfter)).build();
    }

    @Test
    void aGetAnswered503IsRetriedAfterTheRetryAfterSeconds() throws Exception {
        server.enqueue(status(503, "7"));
        server.enqueue(json(200, GROUP));

        assertThat(client(RetryPolicy.builder()).groups().getGroup(1017).getName()).isEqualTo("Customers");

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits.recorded()).containsExactly(Duration.ofSeconds(7));
        take(server);
        assertThat(take(server).getHeaders().values("Authorization"))
                .as("the retried call carries its credentials once").hasSize(1);
    }

    @Test
    void aGetAnswered429IsRetriedAtTheRetryAfterHttpDate() {
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
        server.enqueue(status(429, inTwelveSeconds));
        server.enqueue(json(200, "[]"));

        assertThat(client(RetryPolicy.builder()).groups().listGroups()).isEmpty();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits.recorded()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void withoutRetryAfterTheBackoffDoublesUpToMaxDelay() {
        server.enqueue(status(503, null));
        server.enqueue(status(503, null));
        server.enqueue(status(503, null));
        server.enqueue(json(200, "[]"));

        client(RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(300)))
                .groups().listGroups();

        assertThat(waits.recorded()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void afterMaxAttemptsTheTypedExceptionOfTheLastAnswerIsThrown() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503, "1"));
        }

        assertThatThrownBy(() -> client(RetryPolicy.builder().maxAttempts(3)).groups().listGroups())
                .isExactlyInstanceOf(ServerException.class)
                .hasMessageContaining("failed with HTTP 503: busy");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits.recorded()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aPostIsNeverRetriedByDefault() {
        server.enqueue(status(503, "1"));
        server.enqueue(status(429, "1"));

        Ip1V1 ip1 = client(RetryPolicy.builder());
        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                .isExactlyInstanceOf(ServerException.class);
        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                .isExactlyInstanceOf(RateLimitException.class);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits.recorded()).isEmpty();
    }

    @Test
    void aPostIsRetriedWhenTheCallerOptsIn() {
        server.enqueue(status(503, "2"));
        server.enqueue(json(200, GROUP));

        assertThat(client(RetryPolicy.builder().retryPosts(true)).createGroup(new GroupNew().name("Customers")).getID())
                .isEqualTo(1017);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits.recorded()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void putAndDeleteAreRetried() {
        server.enqueue(status(503, "1"));
        server.enqueue(json(200, GROUP));
        server.enqueue(status(503, "1"));
        server.enqueue(json(200, GROUP));

        Ip1V1 ip1 = client(RetryPolicy.builder());
        ip1.groups().updateGroup(1017, new GroupUpdate().ID(1017).name("Customers"));
        ip1.groups().deleteGroup(1017);

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(waits.recorded()).hasSize(2);
    }

    @Test
    void aRetryAfterLongerThanMaxDelayIsNotWaitedFor() {
        server.enqueue(status(429, "3600"));

        assertThatThrownBy(() -> client(RetryPolicy.builder().maxDelay(Duration.ofSeconds(30))).groups().listGroups())
                .isExactlyInstanceOf(RateLimitException.class)
                .asInstanceOf(type(RateLimitException.class))
                .satisfies(e -> assertThat(e.getRetryAfter()).contains(Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits.recorded()).isEmpty();
    }

    @Test
    void otherErrorsAreNotRetried() {
        server.enqueue(status(400, null));
        server.enqueue(status(500, null));

        Ip1V1 ip1 = client(RetryPolicy.builder());
        assertThatThrownBy(() -> ip1.groups().listGroups()).isExactlyInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ip1.groups().listGroups()).isExactlyInstanceOf(ServerException.class);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits.recorded()).isEmpty();
    }

    @Test
    void aGetWhoseConnectionDropsIsRetried() {
        // the JDK client itself sends a GET (never a POST) once more when the connection closes
        // before any answer: the second drop is the policy's to retry
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(200, "[]"));

        assertThat(client(RetryPolicy.builder()).groups().listGroups()).isEmpty();

        assertThat(waits.recorded()).containsExactly(Duration.ofMillis(500));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aPostAnswered5xxHasAnUnknownOutcomeUnless503() {
        server.enqueue(status(500, null));
        server.enqueue(status(502, null));

        Ip1V1 ip1 = client(RetryPolicy.builder());
        for (int status : new int[] {500, 502}) {
            assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                    .isExactlyInstanceOf(OutcomeUnknownException.class)
                    .hasMessageStartingWith("POST " + Wire.root(server) + "/api/groups failed after the request was sent: "
                            + "outcome unknown, the server answered HTTP " + status)
                    .hasMessageContaining("an SMS may have gone out")
                    .asInstanceOf(type(OutcomeUnknownException.class))
                    .satisfies(e -> assertThat(e.getServerAnswer()).get().extracting(ApiException::getStatus).isEqualTo(status));
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPostWhoseConnectionIsRefusedIsACleanNetworkException() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Ip1V1 ip1 = client("http://127.0.0.1:" + closed, RetryPolicy.builder());

        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                .isExactlyInstanceOf(NetworkException.class);
    }

    @Test
    void aPostWhoseConnectionDropsHasAnUnknownOutcomeAtOnce() {
        server.enqueue(json(200, "[]"));
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(200, GROUP));
        Ip1V1 ip1 = client(RetryPolicy.builder());
        ip1.groups().listGroups(); // leaves a pooled connection, which OkHttp itself would retry on

        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                .isExactlyInstanceOf(OutcomeUnknownException.class)
                .hasMessageStartingWith("POST " + Wire.root(server) + "/api/groups failed after the request was sent: "
                        + "outcome unknown, no answer (");
        assertThat(waits.recorded()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsRetriedForAGetAndThenANetworkException() throws Exception {
        // a port bound but never listening refuses connections, and no other process can take it meanwhile
        // (a port closed after use could be anyone's by the time the client connects)
        try (Socket bound = new Socket()) {
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int closedPort = bound.getLocalPort();
            Ip1V1 ip1 = client("http://127.0.0.1:" + closedPort, RetryPolicy.builder().maxAttempts(3));

            assertThatThrownBy(() -> ip1.groups().listGroups())
                    .isExactlyInstanceOf(NetworkException.class)
                    .hasMessageStartingWith("GET http://127.0.0.1:" + closedPort + "/api/groups failed: no answer (")
                    .asInstanceOf(type(NetworkException.class))
                    .satisfies(e -> assertThat(e.getIOException()).isInstanceOf(java.net.ConnectException.class));
            assertThat(waits.recorded()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }
}
