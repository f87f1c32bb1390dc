package dev.smskit.ip1.v2;

import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.Wire;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.SmskitException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.ProblemDetails;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IP1 V2 over the wire: bearer token, conversations followed through Link headers, problem details. */
class Ip1V2Test {

    private MockWebServer server;
    private String root;
    private Ip1V2 ip1;

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
        root = Wire.root(server);
        ip1 = Ip1V2.builder().baseUrl(root).bearerToken("tok-v2").retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String messages(int... ids) {
        return IntStream.of(ids)
                .mapToObj(id -> "{\"id\":\"m" + id + "\",\"recipient\":\"46701234567\",\"direction\":0,\"body\":\"text " + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private MockResponse page(String body, String... links) {
        MockResponse.Builder answer = new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json").body(body);
        for (String link : links) {
            answer.addHeader("Link", link);
        }
        return answer.build();
    }

    @Test
    void streamsEveryMessageFollowingTheNextLinksPageByPage() throws Exception {
        String conversation = root + "/v2/conversations/46701234567";
        server.enqueue(page(messages(1, 2),
                "<" + conversation + "?start=0&limit=2&order=ASC>; rel=\"first\", <" + conversation
                        + "?start=2&limit=2&order=ASC>; rel=\"next\"",
                "<" + conversation + "?start=4&limit=2&order=ASC>; rel=\"last\""));
        server.enqueue(page(messages(3, 4),
                "<" + conversation + "?start=0&limit=2&order=ASC>; rel=first, </v2/conversations/46701234567?start=4&limit=2&order=ASC>; title=\"page 3, last\"; rel=\"next last\""));
        server.enqueue(page(messages(5), "<" + conversation + "?start=2&limit=2&order=ASC>; rel=\"prev\""));

        List<String> ids = ip1.conversationMessages("46701234567", 2, "ASC").map(Message::getId).toList();

        assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?limit=2&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?start=2&limit=2&order=ASC");
        var third = take(server);
        assertThat(third.getTarget()).as("a relative link is resolved against the page that carried it")
                .isEqualTo("/v2/conversations/46701234567?start=4&limit=2&order=ASC");
        assertThat(third.getHeaders().values("Authorization")).containsExactly("Bearer tok-v2");
    }

    @Test
    void pagesAreFetchedOnlyWhenTheStreamReachesThem() {
        server.enqueue(page(messages(1, 2), "<" + root + "/v2/conversations/x?start=2&limit=2>; rel=\"next\""));
        server.enqueue(page(messages(3, 4)));

        Stream<Message> stream = ip1.conversationMessages("x");
        assertThat(server.getRequestCount()).isZero();

        assertThat(stream.limit(2).map(Message::getId)).containsExactly("m1", "m2");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anEmptyConversationAnswered404IsAnEmptyStream() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"No messages to list\",\"status\":404}").build());

        assertThat(ip1.conversationMessages("46700000000")).isEmpty();
    }

    @Test
    void anInvalidParticipantIsAValidationExceptionWithTheProblemDetails() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Participant was invalid\","
                        + "\"status\":400,\"detail\":\"'+46 70' is not a participant name or phone number.\"}").build());

        assertThatThrownBy(() -> ip1.conversationMessages("+46 70").toList())
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("GET " + root + "/v2/conversations/%2B46%2070 failed with HTTP 400: Participant was invalid: "
                        + "'+46 70' is not a participant name or phone number.")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class).orElseThrow().getStatus()).isEqualTo(400));
    }

    @Test
    void aMissingTokenIsAnAuthenticationException() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/problem+json")
                .body("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"A valid bearer token is required.\"}").build());

        assertThatThrownBy(() -> ip1.conversations().getConversationMessages("46701234567", null, null, null))
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessageEndingWith("failed with HTTP 401: Unauthorized: A valid bearer token is required.");
        assertThat(take(server).getHeaders().values("Authorization")).containsExactly("Bearer tok-v2");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        server.enqueue(page(messages(1), "<https://elsewhere.example/v2/conversations/x?start=1>; rel=\"next\""));

        assertThatThrownBy(() -> ip1.conversationMessages("x").toList())
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageContaining("refusing to follow the Link rel=\"next\" https://elsewhere.example/");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesToBuildWithoutAToken() {
        assertThatThrownBy(() -> Ip1V2.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("bearerToken is required");
    }
}
