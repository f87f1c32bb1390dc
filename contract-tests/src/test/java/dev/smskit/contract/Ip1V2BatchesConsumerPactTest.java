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
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.ApiException;
import dev.smskit.common.ValidationException;
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

/** IP1 V2 batches ({@code /v2/batches}): sending one, listing them, reading one and its messages. */
class Ip1V2BatchesConsumerPactTest extends Ip1V2ConsumerPact {

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
    V4Pact sendBatchWithoutCredits(PactBuilder builder) {
        return interaction(builder.given(Ip1V2States.NO_CREDITS), "send a batch without credits",
                request -> authorized(request.method("POST").path("/v2/batches"))
                        .header("Content-Type", "application/json").body(shippingJson()),
                response -> response.status(403).header("Content-Type", problemJson()).body(new PactDslJsonBody()
                        .stringType("type", "https://tools.ietf.org/html/rfc9110#section-15.5.4")
                        .stringType("title", "Forbidden")
                        .integerType("status", 403)
                        .stringType("detail", "Insufficient credits: sending costs 0.70 SEK, the account has 0.00 SEK left.")));
    }

    @Test
    @PactTestFor(pactMethod = "sendBatchWithoutCredits")
    void sendBatchWithoutCredits(MockServer server) {
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> ip1(server, TOKEN).createBatch(shipping()))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(403))
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getDetail()).startsWith("Insufficient credits")));
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
        return interaction(builder.given(Ip1V2States.BATCH), "list the batches",
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
    V4Pact getBatch(PactBuilder builder) {
        return interaction(builder.given(Ip1V2States.BATCH), "get a batch",
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
    V4Pact readBatchMessages(PactBuilder builder) {
        String examplePath = "/v2/batches/" + BATCH_ID + "/messages";
        return interaction(builder.given(Ip1V2States.BATCH), "read the messages of a batch and their delivery statuses",
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
    V4Pact getBatchMessage(PactBuilder builder) {
        return interaction(builder.given(Ip1V2States.BATCH), "get one message of a batch",
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
}
