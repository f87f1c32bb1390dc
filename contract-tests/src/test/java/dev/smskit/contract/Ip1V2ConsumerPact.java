package dev.smskit.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
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
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import dev.smskit.common.AuthenticationException;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.ProblemDetails;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the IP1 V2 consumer tests share: the token, the participants and ids the examples use, the
 * interactions' parts and the client. Each subclass is one resource, and all of them write the one ip1-v2 pact.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v2", pactVersion = PactSpecVersion.V4)
abstract class Ip1V2ConsumerPact {

    static final String TOKEN = "test-token";
    static final String WRONG_TOKEN = "not-the-token";
    static final String PARTICIPANT = "46701234567";
    static final String SILENT_PARTICIPANT = "46709999999";
    static final String INVALID_PARTICIPANT = "far-too-long-to-be-a-sender-name";

    static final String OTHER_PARTICIPANT = "46709876543";
    static final String BATCH_ID = "6745a1f0c2d94b0e8f3a1b1f";
    static final String MESSAGE_ID = "6745a1f0c2d94b0e8f3a1b20";
    static final String UNKNOWN_ID = "6745a1f0c2d94b0e8f3a1b99";
    /** An id no server can read: Tomcat refuses an encoded NUL in a path. */
    static final String MALFORMED_ID = "\u0000x";
    /** How the client writes it in the path (Pact's mock server compares paths as they come). */
    static final String MALFORMED_SEGMENT = "%00x";
    static final String SHIPPED = "Your order 10023 has shipped.";

    // ---- the batch the examples send

    static BatchNew shipping() {
        return new BatchNew().sender("ip1sms").addRecipientsItem(PARTICIPANT).addRecipientsItem(OTHER_PARTICIPANT)
                .body(SHIPPED).reference("order-10023").addTagsItem("shipping");
    }

    /** The body {@link #shipping()} goes out as: the client sends the defaults of {@code type} and {@code priority} too. */
    static PactDslJsonBody shippingJson() {
        PactDslJsonBody body = new PactDslJsonBody().stringValue("sender", "ip1sms");
        body.array("recipients").stringValue(PARTICIPANT).stringValue(OTHER_PARTICIPANT).closeArray();
        body.stringValue("body", SHIPPED).stringValue("type", "sms").numberValue("priority", 1);
        body.array("deliveryWindows").closeArray();
        body.stringValue("reference", "order-10023");
        body.array("tags").stringValue("shipping").closeArray();
        return body;
    }

    // ---- interactions

    static HttpRequestBuilder authorized(HttpRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    /**
     * A page of outgoing messages to the participant. Pact matches each link of {@code Link} on its own:
     * every one must keep {@code limit} and {@code order} and have one of the {@code rels}, so a first
     * page has no {@code prev} and a single page no {@code next}.
     */
    static HttpResponseBuilder messages(HttpResponseBuilder response, int limit, String order, String rels,
            String... exampleLinks) {
        return page(response, "/v2/conversations/" + PARTICIPANT, limit, order, rels, List.of(exampleLinks),
                newJsonArrayMinLike(1, messages -> messages.object(message -> message(message, "ip1sms", PARTICIPANT, 0))).build());
    }

    /** A page of a V2 list at {@code path}: its items, and a {@code Link} header as {@link #messages} describes it. */
    static HttpResponseBuilder page(HttpResponseBuilder response, String path, int limit, String order, String rels,
            List<String> exampleLinks, DslPart items) {
        String eachLink = "<https?://[^>]+" + path + "\\?start=\\d+&limit=" + limit + "&order=" + order + ">; rel=\"(" + rels + ")\"";
        response.header("Link", exampleLinks);
        response.build().getMatchingRules().addCategory("header").addRule("Link", new RegexMatcher(eachLink));
        return response.status(200).header("Content-Type", json()).body(items);
    }

    /** The portal's Message: exact participants and direction, the rest by type. */
    static LambdaDslObject message(LambdaDslObject message, String sender, String recipient, int direction) {
        return message
                .stringType("id", MESSAGE_ID)
                .stringType("batchId", BATCH_ID)
                .stringValue("owner", "ip1-12345")
                .stringValue("sender", sender)
                .stringValue("recipient", recipient)
                .stringType("body", "Your order 10023 has shipped.")
                .numberValue("direction", direction)
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
                .stringMatcher("modified", DATE_TIME, EXAMPLE_DATE_TIME);
    }

    static String link(int start, int limit, String order, String rel) {
        return link("/v2/conversations/" + PARTICIPANT, start, limit, order, rel);
    }

    static String link(String path, int start, int limit, String order, String rel) {
        return "<https://api.ip1sms.com" + path + "?start=" + start + "&limit=" + limit + "&order=" + order + ">; rel=\"" + rel + "\"";
    }

    /** The path of the batch {@link Ip1V2States#BATCH} sent, with {@code rest} appended, injected by the provider state. */
    static Matcher sentBatch(String rest) {
        return Matchers.fromProviderState("/v2/batches/${batchId}" + rest, "/v2/batches/" + BATCH_ID + rest);
    }

    /** The batch {@link #shipping()} creates, after its {@code id}. */
    static DslPart batch(PactDslJsonBody withId) {
        PactDslJsonBody batch = withId
                .stringValue("owner", "ip1-12345")
                .stringValue("sender", "ip1sms");
        batch.array("recipients").stringValue(PARTICIPANT).stringValue(OTHER_PARTICIPANT).closeArray();
        batch.stringValue("body", SHIPPED)
                .stringValue("type", "sms")
                .stringValue("datacoding", "gsm")
                .numberValue("priority", 1);
        batch.array("deliveryWindows").closeArray();
        batch.stringValue("reference", "order-10023");
        batch.array("tags").stringValue("shipping").closeArray();
        return batch.stringMatcher("created", DATE_TIME, EXAMPLE_DATE_TIME);
    }

    /** Signs with a token the provider does not know. */
    static HttpRequestBuilder unauthorized(HttpRequestBuilder request) {
        return request.header("Authorization", "Bearer " + WRONG_TOKEN);
    }

    static HttpResponseBuilder denied(HttpResponseBuilder response) {
        return problem(response, 401, "Unauthorized");
    }

    /** A 401 with the problem's status, as the client parses it. */
    static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getStatus()).isEqualTo(401)));
    }

    static HttpResponseBuilder problem(HttpResponseBuilder response, int status, String title) {
        DslPart problem = new PactDslJsonBody()
                .stringType("type", "https://tools.ietf.org/html/rfc9110")
                .stringType("title", title)
                .integerType("status", status)
                .stringType("detail", title + ".");
        return response.status(status).header("Content-Type", problemJson()).body(problem);
    }

    // ---- the client

    static Ip1V2 ip1(MockServer server, String token) {
        return Ip1V2.builder().baseUrl(server.getUrl()).bearerToken(token).build();
    }
}
