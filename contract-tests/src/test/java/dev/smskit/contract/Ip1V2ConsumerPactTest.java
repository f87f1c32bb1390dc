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
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.ApiResponse;
import dev.smskit.ip1.v2.model.Batch;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.MessageStatus;
import dev.smskit.ip1.v2.model.ProblemDetails;
import dev.smskit.ip1.v2.model.SmsType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IP1 V2 client ({@link Ip1V2}) against Pact's mock server: conversations (all, sent, received),
 * sending a batch, reading batches and their messages, their pages and every documented error.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v2", pactVersion = PactSpecVersion.V4)
class Ip1V2ConsumerPactTest {

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

    static final String STATE_MESSAGES = "account ip1-12345 has sent 3 messages to 46701234567";
    static final String STATE_NO_MESSAGES = "account ip1-12345 has no messages with 46709999999";
    static final String STATE_REPLY = "46701234567 has sent a message to account ip1-12345";
    /** Injects {@code batchId} and {@code messageId}, the batch's first message. */
    static final String STATE_BATCH = "account ip1-12345 has sent a batch to 46701234567 and 46709876543";

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

    // ---- the messages sent to (mt) and received from (mo) a participant

    @Pact(consumer = Api.CONSUMER)
    V4Pact readSentMessages(PactBuilder builder) {
        String path = "/v2/conversations/" + PARTICIPANT + "/mt";
        return interaction(builder.given(STATE_MESSAGES), "read the messages sent to a participant",
                request -> authorized(request.method("GET").path(path)),
                response -> page(response, path, 50, "ASC", "first|last",
                        List.of(link(path, 0, 50, "ASC", "first"), link(path, 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(1, messages -> messages.object(m -> message(m, "ip1sms", PARTICIPANT, 0))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "readSentMessages")
    void readSentMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMtMessages(PARTICIPANT).toList()).isNotEmpty()
                .allSatisfy(message -> assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MT));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readReceivedMessages(PactBuilder builder) {
        String path = "/v2/conversations/" + PARTICIPANT + "/mo";
        return interaction(builder.given(STATE_REPLY), "read the messages a participant sent",
                request -> authorized(request.method("GET").path(path)),
                response -> page(response, path, 50, "ASC", "first|last",
                        List.of(link(path, 0, 50, "ASC", "first"), link(path, 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(1, messages -> messages.object(m -> message(m, PARTICIPANT, "ip1sms", 1))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "readReceivedMessages")
    void readReceivedMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMoMessages(PARTICIPANT).toList()).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MO);
            assertThat(message.getSender()).isEqualTo(PARTICIPANT);
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readNoReceivedMessages(PactBuilder builder) {
        return interaction(builder.given(STATE_MESSAGES), "read the messages of a participant who sent none",
                request -> authorized(request.method("GET").path("/v2/conversations/" + PARTICIPANT + "/mo")),
                response -> problem(response, 404, "No messages to list"));
    }

    @Test
    @PactTestFor(pactMethod = "readNoReceivedMessages")
    void readNoReceivedMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMoMessages(PARTICIPANT)).isEmpty();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readNoSentMessages(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_MESSAGES), "read the messages sent to a participant without messages",
                request -> authorized(request.method("GET").path("/v2/conversations/" + SILENT_PARTICIPANT + "/mt")),
                response -> problem(response, 404, "No messages to list"));
    }

    @Test
    @PactTestFor(pactMethod = "readNoSentMessages")
    void readNoSentMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMtMessages(SILENT_PARTICIPANT)).isEmpty();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readSentMessagesOfAnInvalidParticipant(PactBuilder builder) {
        return interaction(builder, "read the messages sent to an invalid participant",
                request -> authorized(request.method("GET").path("/v2/conversations/" + INVALID_PARTICIPANT + "/mt")),
                response -> problem(response, 400, "Participant was invalid"));
    }

    @Test
    @PactTestFor(pactMethod = "readSentMessagesOfAnInvalidParticipant")
    void readSentMessagesOfAnInvalidParticipant(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).conversationMtMessages(INVALID_PARTICIPANT).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readReceivedMessagesOfAnInvalidParticipant(PactBuilder builder) {
        return interaction(builder, "read the messages an invalid participant sent",
                request -> authorized(request.method("GET").path("/v2/conversations/" + INVALID_PARTICIPANT + "/mo")),
                response -> problem(response, 400, "Participant was invalid"));
    }

    @Test
    @PactTestFor(pactMethod = "readReceivedMessagesOfAnInvalidParticipant")
    void readReceivedMessagesOfAnInvalidParticipant(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).conversationMoMessages(INVALID_PARTICIPANT).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readSentMessagesUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "read the messages sent to a participant with a wrong token",
                "/v2/conversations/" + PARTICIPANT + "/mt");
    }

    @Test
    @PactTestFor(pactMethod = "readSentMessagesUnauthorized")
    void readSentMessagesUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> ip1(server, WRONG_TOKEN).conversationMtMessages(PARTICIPANT).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readReceivedMessagesUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "read the messages a participant sent with a wrong token",
                "/v2/conversations/" + PARTICIPANT + "/mo");
    }

    @Test
    @PactTestFor(pactMethod = "readReceivedMessagesUnauthorized")
    void readReceivedMessagesUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> ip1(server, WRONG_TOKEN).conversationMoMessages(PARTICIPANT).toList());
    }

    // ---- sending a batch

    private static BatchNew shipping() {
        return new BatchNew().sender("ip1sms").addRecipientsItem(PARTICIPANT).addRecipientsItem(OTHER_PARTICIPANT)
                .body(SHIPPED).reference("order-10023").addTagsItem("shipping");
    }

    /** The body {@link #shipping()} goes out as: the client sends the defaults of {@code type} and {@code priority} too. */
    private static PactDslJsonBody shippingJson() {
        PactDslJsonBody body = new PactDslJsonBody().stringValue("sender", "ip1sms");
        body.array("recipients").stringValue(PARTICIPANT).stringValue(OTHER_PARTICIPANT).closeArray();
        body.stringValue("body", SHIPPED).stringValue("type", "sms").numberValue("priority", 1);
        body.array("deliveryWindows").closeArray();
        body.stringValue("reference", "order-10023");
        body.array("tags").stringValue("shipping").closeArray();
        return body;
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendBatch(PactBuilder builder) {
        return interaction(builder, "send a batch",
                request -> authorized(request.method("POST").path("/v2/batches"))
                        .header("Content-Type", "application/json").body(shippingJson()),
                response -> response.status(201)
                        .header("Content-Type", json())
                        .header("Location", Matchers.regexp("https?://[^/]+/v2/batches/[^/]+",
                                "https://api.ip1sms.com/v2/batches/" + BATCH_ID))
                        .body(batch(new PactDslJsonBody().stringType("id", BATCH_ID))));
    }

    @Test
    @PactTestFor(pactMethod = "sendBatch")
    void sendBatch(MockServer server) {
        Batch batch = ip1(server, TOKEN).createBatch(shipping());

        assertThat(batch.getId()).isNotBlank();
        assertThat(batch.getRecipients()).containsExactly(PARTICIPANT, OTHER_PARTICIPANT);
        assertThat(batch.getType()).isEqualTo(SmsType.SMS);
        assertThat(batch.getReference()).isEqualTo("order-10023");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendInvalidBatch(PactBuilder builder) {
        PactDslJsonBody body = new PactDslJsonBody().stringValue("sender", "ip1sms");
        body.array("recipients").stringValue("4670").closeArray();
        body.stringValue("body", SHIPPED).stringValue("type", "sms").numberValue("priority", 1);
        body.array("deliveryWindows").closeArray();
        body.array("tags").closeArray();
        return interaction(builder, "send a batch to a number that is no phone number",
                request -> authorized(request.method("POST").path("/v2/batches")).header("Content-Type", "application/json").body(body),
                response -> response.status(400).header("Content-Type", problemJson()).body(new PactDslJsonBody()
                        .stringType("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1")
                        .stringType("title", "Bad Request")
                        .integerType("status", 400)
                        .stringType("detail", "The request is invalid.")
                        .object("errors").minArrayLike("recipients[0]", 1, PactDslJsonRootValue.stringType("is not a valid phone number"), 1)
                        .closeObject()));
    }

    @Test
    @PactTestFor(pactMethod = "sendInvalidBatch")
    void sendInvalidBatch(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).createBatch(new BatchNew().sender("ip1sms").addRecipientsItem("4670").body(SHIPPED)))
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getErrors()).containsKey("recipients[0]")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendBatchUnauthorized(PactBuilder builder) {
        return interaction(builder, "send a batch with a wrong token",
                request -> request.method("POST").path("/v2/batches").header("Authorization", "Bearer " + WRONG_TOKEN)
                        .header("Content-Type", "application/json").body(shippingJson()),
                response -> problem(response, 401, "Unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "sendBatchUnauthorized")
    void sendBatchUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> ip1(server, WRONG_TOKEN).createBatch(shipping()));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendBatchNotLabelledAsJson(PactBuilder builder) {
        return interaction(builder, "send a batch not labelled as JSON",
                request -> authorized(request.method("POST").path("/v2/batches"))
                        .header("Content-Type", "text/plain").body("sender=ip1sms", "text/plain"),
                response -> problem(response, 415, "Unsupported Media Type"));
    }

    @Test
    @PactTestFor(pactMethod = "sendBatchNotLabelledAsJson")
    void sendBatchNotLabelledAsJson(MockServer server) throws Exception {
        // the client always labels its JSON: only another client can get this answer
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getUrl() + "/v2/batches"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("sender=ip1sms")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
    }

    // ---- reading batches and their messages

    @Pact(consumer = Api.CONSUMER)
    V4Pact listBatches(PactBuilder builder) {
        return interaction(builder.given(STATE_BATCH), "list the batches",
                request -> authorized(request.method("GET").path("/v2/batches")),
                response -> page(response, "/v2/batches", 50, "ASC", "first|last",
                        List.of(link("/v2/batches", 0, 50, "ASC", "first"), link("/v2/batches", 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(1, batches -> batches.object(batch -> batch
                                .stringType("id", BATCH_ID)
                                .stringValue("owner", "ip1-12345")
                                .stringType("sender", "ip1sms")
                                .eachLike("recipients", PactDslJsonRootValue.stringType(PARTICIPANT), 1)
                                .stringType("body", SHIPPED)
                                .stringType("type", "sms")
                                .stringType("datacoding", "gsm")
                                .integerType("priority", 1)
                                .stringMatcher("created", DATE_TIME, EXAMPLE_DATE_TIME))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listBatches")
    void listBatches(MockServer server) {
        assertThat(ip1(server, TOKEN).listBatches().toList()).isNotEmpty()
                .allSatisfy(batch -> assertThat(batch.getOwner()).isEqualTo("ip1-12345"));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listNoBatches(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_MESSAGES), "list the batches of an account that has sent none",
                request -> authorized(request.method("GET").path("/v2/batches")),
                response -> problem(response, 404, "No batches to list"));
    }

    @Test
    @PactTestFor(pactMethod = "listNoBatches")
    void listNoBatches(MockServer server) {
        assertThat(ip1(server, TOKEN).listBatches()).isEmpty();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listBatchesWithAnInvalidPage(PactBuilder builder) {
        return interaction(builder, "list the batches with an invalid page size",
                request -> authorized(request.method("GET").path("/v2/batches").queryParameter("limit", "0")),
                response -> problem(response, 400, "Pagination parameters invalid"));
    }

    @Test
    @PactTestFor(pactMethod = "listBatchesWithAnInvalidPage")
    void listBatchesWithAnInvalidPage(MockServer server) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ip1(server, TOKEN).listBatches(0, null).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listBatchesUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "list the batches with a wrong token", "/v2/batches");
    }

    @Test
    @PactTestFor(pactMethod = "listBatchesUnauthorized")
    void listBatchesUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> ip1(server, WRONG_TOKEN).listBatches().toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatch(PactBuilder builder) {
        return interaction(builder.given(STATE_BATCH), "get a batch",
                request -> authorized(request.method("GET").path(sentBatch(""))),
                response -> response.status(200).header("Content-Type", json())
                        .body(batch(new PactDslJsonBody().valueFromProviderState("id", "${batchId}", BATCH_ID))));
    }

    @Test
    @PactTestFor(pactMethod = "getBatch")
    void getBatch(MockServer server) {
        Batch batch = ip1(server, TOKEN).batches().getBatch(BATCH_ID);

        assertThat(batch.getId()).isEqualTo(BATCH_ID);
        assertThat(batch.getRecipients()).containsExactly(PARTICIPANT, OTHER_PARTICIPANT);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getUnknownBatch(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_MESSAGES), "get a batch that does not exist",
                request -> authorized(request.method("GET").path("/v2/batches/" + BATCH_ID)),
                response -> problem(response, 404, "Not Found"));
    }

    @Test
    @PactTestFor(pactMethod = "getUnknownBatch")
    void getUnknownBatch(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> ip1(server, TOKEN).batches().getBatch(BATCH_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatchOfAMalformedId(PactBuilder builder) {
        return interaction(builder, "get a batch by an id with a control character",
                request -> authorized(request.method("GET").path("/v2/batches/" + MALFORMED_SEGMENT)),
                response -> problem(response, 400, "Bad Request"));
    }

    @Test
    @PactTestFor(pactMethod = "getBatchOfAMalformedId")
    void getBatchOfAMalformedId(MockServer server) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ip1(server, TOKEN).batches().getBatch(MALFORMED_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatchUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "get a batch with a wrong token", "/v2/batches/" + BATCH_ID);
    }

    @Test
    @PactTestFor(pactMethod = "getBatchUnauthorized")
    void getBatchUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> ip1(server, WRONG_TOKEN).batches().getBatch(BATCH_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readBatchMessages(PactBuilder builder) {
        String examplePath = "/v2/batches/" + BATCH_ID + "/messages";
        return interaction(builder.given(STATE_BATCH), "read the messages of a batch and their delivery statuses",
                request -> authorized(request.method("GET").path(sentBatch("/messages"))),
                response -> page(response, "/v2/batches/[^/]+/messages", 50, "ASC", "first|last",
                        List.of(link(examplePath, 0, 50, "ASC", "first"), link(examplePath, 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(2, messages -> messages.object(m -> message(m, "ip1sms", PARTICIPANT, 0)
                                .stringMatcher("recipient", "\\d+", PARTICIPANT))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "readBatchMessages")
    void readBatchMessages(MockServer server) {
        List<Message> messages = ip1(server, TOKEN).batchMessages(BATCH_ID).toList();

        assertThat(messages).hasSizeGreaterThanOrEqualTo(2).allSatisfy(message -> {
            assertThat(message.getBatchId()).isEqualTo(BATCH_ID);
            assertThat(message.getStatuses()).isNotEmpty();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readMessagesOfAnUnknownBatch(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_MESSAGES), "read the messages of a batch that does not exist",
                request -> authorized(request.method("GET").path("/v2/batches/" + BATCH_ID + "/messages")),
                response -> problem(response, 404, "Not Found"));
    }

    @Test
    @PactTestFor(pactMethod = "readMessagesOfAnUnknownBatch")
    void readMessagesOfAnUnknownBatch(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> ip1(server, TOKEN).batchMessages(BATCH_ID).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readBatchMessagesWithAnInvalidPage(PactBuilder builder) {
        return interaction(builder, "read the messages of a batch with an invalid page size",
                request -> authorized(request.method("GET").path("/v2/batches/" + BATCH_ID + "/messages").queryParameter("limit", "0")),
                response -> problem(response, 400, "Pagination parameters invalid"));
    }

    @Test
    @PactTestFor(pactMethod = "readBatchMessagesWithAnInvalidPage")
    void readBatchMessagesWithAnInvalidPage(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).batchMessages(BATCH_ID, 0, null).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readBatchMessagesUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "read the messages of a batch with a wrong token", "/v2/batches/" + BATCH_ID + "/messages");
    }

    @Test
    @PactTestFor(pactMethod = "readBatchMessagesUnauthorized")
    void readBatchMessagesUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> ip1(server, WRONG_TOKEN).batchMessages(BATCH_ID).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatchMessage(PactBuilder builder) {
        return interaction(builder.given(STATE_BATCH), "get one message of a batch",
                request -> authorized(request.method("GET").path(Matchers.fromProviderState("/v2/batches/${batchId}/messages/${messageId}",
                        "/v2/batches/" + BATCH_ID + "/messages/" + MESSAGE_ID))),
                response -> response.status(200).header("Content-Type", json()).body(LambdaDsl.newJsonBody(m -> message(m, "ip1sms", PARTICIPANT, 0)
                        .valueFromProviderState("id", "${messageId}", MESSAGE_ID)
                        .valueFromProviderState("batchId", "${batchId}", BATCH_ID)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getBatchMessage")
    void getBatchMessage(MockServer server) {
        Message message = ip1(server, TOKEN).batches().getBatchMessage(BATCH_ID, MESSAGE_ID);

        assertThat(message.getId()).isEqualTo(MESSAGE_ID);
        assertThat(message.getStatuses()).extracting(MessageStatus::getCode).isNotEmpty();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getUnknownBatchMessage(PactBuilder builder) {
        return interaction(builder.given(STATE_BATCH), "get a message that is not in the batch",
                request -> authorized(request.method("GET").path(sentBatch("/messages/" + UNKNOWN_ID))),
                response -> problem(response, 404, "Not Found"));
    }

    @Test
    @PactTestFor(pactMethod = "getUnknownBatchMessage")
    void getUnknownBatchMessage(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> ip1(server, TOKEN).batches().getBatchMessage(BATCH_ID, UNKNOWN_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatchMessageOfAMalformedId(PactBuilder builder) {
        return interaction(builder, "get a message of a batch by an id with a control character",
                request -> authorized(request.method("GET").path("/v2/batches/" + BATCH_ID + "/messages/" + MALFORMED_SEGMENT)),
                response -> problem(response, 400, "Bad Request"));
    }

    @Test
    @PactTestFor(pactMethod = "getBatchMessageOfAMalformedId")
    void getBatchMessageOfAMalformedId(MockServer server) {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> ip1(server, TOKEN).batches().getBatchMessage(BATCH_ID, MALFORMED_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBatchMessageUnauthorized(PactBuilder builder) {
        return unauthorized(builder, "get a message of a batch with a wrong token",
                "/v2/batches/" + BATCH_ID + "/messages/" + MESSAGE_ID);
    }

    @Test
    @PactTestFor(pactMethod = "getBatchMessageUnauthorized")
    void getBatchMessageUnauthorized(MockServer server) {
        assertThatExceptionOfType(AuthenticationException.class)
                .isThrownBy(() -> ip1(server, WRONG_TOKEN).batches().getBatchMessage(BATCH_ID, MESSAGE_ID));
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
        return page(response, "/v2/conversations/" + PARTICIPANT, limit, order, rels, List.of(exampleLinks),
                newJsonArrayMinLike(1, messages -> messages.object(message -> message(message, "ip1sms", PARTICIPANT, 0))).build());
    }

    /** A page of a V2 list at {@code path}: its items, and a {@code Link} header as {@link #messages} describes it. */
    private static HttpResponseBuilder page(HttpResponseBuilder response, String path, int limit, String order, String rels,
            List<String> exampleLinks, DslPart items) {
        String eachLink = "<https?://[^>]+" + path + "\\?start=\\d+&limit=" + limit + "&order=" + order + ">; rel=\"(" + rels + ")\"";
        response.header("Link", exampleLinks);
        response.build().getMatchingRules().addCategory("header").addRule("Link", new RegexMatcher(eachLink));
        return response.status(200).header("Content-Type", json()).body(items);
    }

    /** The portal's Message: exact participants and direction, the rest by type. */
    private static LambdaDslObject message(LambdaDslObject message, String sender, String recipient, int direction) {
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

    private static String link(int start, int limit, String order, String rel) {
        return link("/v2/conversations/" + PARTICIPANT, start, limit, order, rel);
    }

    private static String link(String path, int start, int limit, String order, String rel) {
        return "<https://api.ip1sms.com" + path + "?start=" + start + "&limit=" + limit + "&order=" + order + ">; rel=\"" + rel + "\"";
    }

    /** The path of the batch {@link #STATE_BATCH} sent, with {@code rest} appended, injected by the provider state. */
    private static Matcher sentBatch(String rest) {
        return Matchers.fromProviderState("/v2/batches/${batchId}" + rest, "/v2/batches/" + BATCH_ID + rest);
    }

    /** The batch {@link #shipping()} creates, after its {@code id}. */
    private static DslPart batch(PactDslJsonBody withId) {
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

    private static V4Pact unauthorized(PactBuilder builder, String description, String path) {
        return interaction(builder, description,
                request -> request.method("GET").path(path).header("Authorization", "Bearer " + WRONG_TOKEN),
                response -> problem(response, 401, "Unauthorized"));
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
