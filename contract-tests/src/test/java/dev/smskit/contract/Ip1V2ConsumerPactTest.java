package dev.smskit.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.Wire.DATE_TIME;
import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.Wire.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.ApiResponse;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.ProblemDetails;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The IP1 V2 client ({@link Ip1V2}) against Pact's mock server: conversations, their pages and every documented error. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v2", pactVersion = PactSpecVersion.V4)
class Ip1V2ConsumerPactTest {

    static final String TOKEN = "test-token";
    static final String WRONG_TOKEN = "not-the-token";
    static final String PARTICIPANT = "46701234567";
    static final String SILENT_PARTICIPANT = "46709999999";
    static final String INVALID_PARTICIPANT = "far-too-long-to-be-a-sender-name";

    static final String STATE_MESSAGES = "account ip1-12345 has sent 3 messages to 46701234567";
    static final String STATE_NO_MESSAGES = "account ip1-12345 has no messages with 46709999999";

    @Pact(consumer = Api.CONSUMER)
    V4Pact readConversation(PactBuilder builder) {
        return interaction(builder.given(STATE_MESSAGES), "read a conversation",
                request -> authorized(request.method("GET").path("/v2/conversations/" + PARTICIPANT)),
                response -> messages(response, 50, "ASC", "first|last", link(0, 50, "ASC", "first"), link(0, 50, "ASC", "last")));
    }

    @Test
    @PactTestFor(pactMethod = "readConversation")
    void readConversation(MockServer server) {
        List<Message> messages = ip1(server, TOKEN).conversationMessages(PARTICIPANT).toList();

        assertThat(messages).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getRecipient()).isEqualTo(PARTICIPANT);
            assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MT);
            assertThat(message.getStatuses()).isNotEmpty();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readConversationPage(PactBuilder builder) {
        return interaction(builder.given(STATE_MESSAGES), "read the first page of a conversation, newest first",
                request -> authorized(request.method("GET").path("/v2/conversations/" + PARTICIPANT)
                        .queryParameter("start", "0").queryParameter("limit", "2").queryParameter("order", "DESC")),
                response -> messages(response, 2, "DESC", "first|next|last",
                        link(0, 2, "DESC", "first"), link(2, 2, "DESC", "next"), link(2, 2, "DESC", "last")));
    }

    @Test
    @PactTestFor(pactMethod = "readConversationPage")
    void readConversationPage(MockServer server) {
        // one page through the generated interface: the stream would follow rel="next" to the example's host
        ApiResponse<List<Message>> page = ip1(server, TOKEN).conversations()
                .getConversationMessagesWithHttpInfo(PARTICIPANT, 0, 2, "DESC");

        assertThat(page.getData()).isNotEmpty();
        assertThat(String.join(",", page.getHeaders().get("Link"))).contains("rel=\"next\"");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readInvalidConversation(PactBuilder builder) {
        return interaction(builder, "read the conversation of an invalid participant",
                request -> authorized(request.method("GET").path("/v2/conversations/" + INVALID_PARTICIPANT)),
                response -> problem(response, 400, "Participant was invalid"));
    }

    @Test
    @PactTestFor(pactMethod = "readInvalidConversation")
    void readInvalidConversation(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).conversationMessages(INVALID_PARTICIPANT).toList())
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getTitle()).isEqualTo("Participant was invalid")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readEmptyConversation(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_MESSAGES), "read a conversation without messages",
                request -> authorized(request.method("GET").path("/v2/conversations/" + SILENT_PARTICIPANT)),
                response -> problem(response, 404, "No messages to list"));
    }

    @Test
    @PactTestFor(pactMethod = "readEmptyConversation")
    void readEmptyConversation(MockServer server) {
        // "No messages to list" is an empty conversation to the client, not an error
        assertThat(ip1(server, TOKEN).conversationMessages(SILENT_PARTICIPANT)).isEmpty();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readConversationUnauthorized(PactBuilder builder) {
        return interaction(builder, "read a conversation with a wrong token",
                request -> request.method("GET").path("/v2/conversations/" + PARTICIPANT)
                        .header("Authorization", "Bearer " + WRONG_TOKEN),
                response -> problem(response, 401, "Unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "readConversationUnauthorized")
    void readConversationUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> ip1(server, WRONG_TOKEN).conversationMessages(PARTICIPANT).toList())
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getStatus()).isEqualTo(401)));
    }

    // ---- interactions

    private static HttpRequestBuilder authorized(HttpRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    /**
     * A page of outgoing messages to the participant. Pact matches each link of {@code Link} on its own:
     * every one must keep {@code limit} and {@code order} and have one of the {@code rels}, so a first
     * page has no {@code prev} and a single page no {@code next}.
     */
    private static HttpResponseBuilder messages(HttpResponseBuilder response, int limit, String order, String rels,
            String... exampleLinks) {
        String eachLink = "<https?://[^>]+/v2/conversations/" + PARTICIPANT + "\\?start=\\d+&limit=" + limit + "&order="
                + order + ">; rel=\"(" + rels + ")\"";
        response.header("Link", List.of(exampleLinks));
        response.build().getMatchingRules().addCategory("header").addRule("Link", new RegexMatcher(eachLink));
        return response.status(200)
                .header("Content-Type", json())
                .body(newJsonArrayMinLike(1, messages -> messages.object(message -> message
                        .stringType("id", "6745a1f0c2d94b0e8f3a1b20")
                        .stringType("batchId", "6745a1f0c2d94b0e8f3a1b1f")
                        .stringValue("owner", "ip1-12345")
                        .stringType("sender", "ip1sms")
                        .stringValue("recipient", PARTICIPANT)
                        .stringType("body", "Your order 10023 has shipped.")
                        .numberValue("direction", 0)
                        .integerType("segments", 1)
                        .integerType("type", 1)
                        .integerType("datacoding", 0)
                        .integerType("priority", 1)
                        .numberType("price", 0.35)
                        .stringType("currency", "SEK")
                        .minArrayLike("statuses", 1, status -> status
                                .integerType("code", 101)
                                .integerType("duration", 0)
                                .stringMatcher("created", DATE_TIME, EXAMPLE_DATE_TIME))
                        .stringMatcher("modified", DATE_TIME, EXAMPLE_DATE_TIME))).build());
    }

    private static String link(int start, int limit, String order, String rel) {
        return "<https://api.ip1sms.com/v2/conversations/" + PARTICIPANT + "?start=" + start + "&limit=" + limit
                + "&order=" + order + ">; rel=\"" + rel + "\"";
    }

    private static HttpResponseBuilder problem(HttpResponseBuilder response, int status, String title) {
        DslPart problem = new PactDslJsonBody()
                .stringType("type", "https://tools.ietf.org/html/rfc9110")
                .stringType("title", title)
                .integerType("status", status)
                .stringType("detail", title + ".");
        return response.status(status).header("Content-Type", problemJson()).body(problem);
    }

    // ---- the client

    private static Ip1V2 ip1(MockServer server, String token) {
        return Ip1V2.builder().baseUrl(server.getUrl()).bearerToken(token).build();
    }
}
