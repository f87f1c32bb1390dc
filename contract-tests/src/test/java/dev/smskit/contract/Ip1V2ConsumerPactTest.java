package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.callEach;
import static dev.smskit.contract.ConsumerPacts.everyCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.ProblemDetails;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The answers IP1 V2 operations share: 401 for a wrong token, 400 for a request the provider cannot read,
 * 404 for an unknown id or an empty list. One pact each, with an interaction per operation.
 */
class Ip1V2ConsumerPactTest extends Ip1V2ConsumerPact {

    static final List<Call<Ip1V2>> CALLS = List.of(
            get("read a conversation", "/v2/conversations/" + PARTICIPANT, ip1 -> ip1.conversationMessages(PARTICIPANT).toList()),
            get("read the messages sent to a participant", "/v2/conversations/" + PARTICIPANT + "/mt",
                    ip1 -> ip1.conversationMtMessages(PARTICIPANT).toList()),
            get("read the messages a participant sent", "/v2/conversations/" + PARTICIPANT + "/mo",
                    ip1 -> ip1.conversationMoMessages(PARTICIPANT).toList()),
            new Call<>("send a batch", null, request -> request.method("POST").path("/v2/batches")
                    .header("Content-Type", "application/json").body(shippingJson()), ip1 -> ip1.createBatch(shipping())),
            get("list the batches", "/v2/batches", ip1 -> ip1.listBatches().toList()),
            get("get a batch", "/v2/batches/" + BATCH_ID, ip1 -> ip1.batches().getBatch(BATCH_ID)),
            get("read the messages of a batch", "/v2/batches/" + BATCH_ID + "/messages", ip1 -> ip1.batchMessages(BATCH_ID).toList()),
            get("get a message of a batch", "/v2/batches/" + BATCH_ID + "/messages/" + MESSAGE_ID,
                    ip1 -> ip1.batches().getBatchMessage(BATCH_ID, MESSAGE_ID)));

    /** Requests the provider refuses with a 400 whose problem has the call's title. */
    static final List<Call<Ip1V2>> BAD_REQUESTS = List.of(
            get("read the conversation of an invalid participant", "/v2/conversations/" + INVALID_PARTICIPANT,
                    ip1 -> ip1.conversationMessages(INVALID_PARTICIPANT).toList()).naming("Participant was invalid"),
            get("read the messages sent to an invalid participant", "/v2/conversations/" + INVALID_PARTICIPANT + "/mt",
                    ip1 -> ip1.conversationMtMessages(INVALID_PARTICIPANT).toList()).naming("Participant was invalid"),
            get("read the messages an invalid participant sent", "/v2/conversations/" + INVALID_PARTICIPANT + "/mo",
                    ip1 -> ip1.conversationMoMessages(INVALID_PARTICIPANT).toList()).naming("Participant was invalid"),
            new Call<Ip1V2>("list the batches with an invalid page size", null,
                    request -> request.method("GET").path("/v2/batches").queryParameter("limit", "0"),
                    ip1 -> ip1.listBatches(0, null).toList()).naming("Pagination parameters invalid"),
            new Call<Ip1V2>("read the messages of a batch with an invalid page size", null,
                    request -> request.method("GET").path("/v2/batches/" + BATCH_ID + "/messages").queryParameter("limit", "0"),
                    ip1 -> ip1.batchMessages(BATCH_ID, 0, null).toList()).naming("Pagination parameters invalid"),
            get("get a batch by an id with a control character", "/v2/batches/" + MALFORMED_SEGMENT,
                    ip1 -> ip1.batches().getBatch(MALFORMED_ID)).naming("Bad Request"),
            get("get a message of a batch by an id with a control character", "/v2/batches/" + BATCH_ID + "/messages/" + MALFORMED_SEGMENT,
                    ip1 -> ip1.batches().getBatchMessage(BATCH_ID, MALFORMED_ID)).naming("Bad Request"));

    static final List<Call<Ip1V2>> NOT_FOUND = List.of(
            get("get a batch that does not exist", "/v2/batches/" + BATCH_ID, ip1 -> ip1.batches().getBatch(BATCH_ID))
                    .given(Ip1V2States.NO_MESSAGES),
            get("read the messages of a batch that does not exist", "/v2/batches/" + BATCH_ID + "/messages",
                    ip1 -> ip1.batchMessages(BATCH_ID).toList()).given(Ip1V2States.NO_MESSAGES),
            new Call<Ip1V2>("get a message that is not in the batch", Ip1V2States.BATCH,
                    request -> request.method("GET").path(sentBatch("/messages/" + UNKNOWN_ID)),
                    ip1 -> ip1.batches().getBatchMessage(BATCH_ID, UNKNOWN_ID)));

    /** Lists with nothing in them: a 404 with the call's title to the API, an empty list to the client. */
    static final List<Call<Ip1V2>> NOTHING_TO_LIST = List.of(
            get("read a conversation without messages", "/v2/conversations/" + SILENT_PARTICIPANT,
                    ip1 -> assertThat(ip1.conversationMessages(SILENT_PARTICIPANT)).isEmpty()).given(Ip1V2States.NO_MESSAGES).naming("No messages to list"),
            get("read the messages sent to a participant without messages", "/v2/conversations/" + SILENT_PARTICIPANT + "/mt",
                    ip1 -> assertThat(ip1.conversationMtMessages(SILENT_PARTICIPANT)).isEmpty()).given(Ip1V2States.NO_MESSAGES).naming("No messages to list"),
            get("read the messages of a participant who sent none", "/v2/conversations/" + PARTICIPANT + "/mo",
                    ip1 -> assertThat(ip1.conversationMoMessages(PARTICIPANT)).isEmpty()).given(Ip1V2States.MESSAGES).naming("No messages to list"),
            get("list the batches of an account that has sent none", "/v2/batches",
                    ip1 -> assertThat(ip1.listBatches()).isEmpty()).given(Ip1V2States.NO_MESSAGES).naming("No batches to list"));

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyCallUnauthorized(PactBuilder builder) {
        return everyCall(builder, CALLS, " with a wrong token", Ip1V2ConsumerPact::unauthorized, Ip1V2ConsumerPact::denied);
    }

    @Test
    @PactTestFor(pactMethod = "everyCallUnauthorized")
    void everyCallUnauthorized(MockServer server) {
        callEach(CALLS, ip1(server, WRONG_TOKEN), Ip1V2ConsumerPact::assertDenied);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyBadRequest(PactBuilder builder) {
        return everyCall(builder, BAD_REQUESTS, "", Ip1V2ConsumerPact::authorized, (response, title) -> problem(response, 400, title));
    }

    @Test
    @PactTestFor(pactMethod = "everyBadRequest")
    void everyBadRequest(MockServer server) {
        callEach(BAD_REQUESTS, ip1(server, TOKEN), (call, title) -> assertThatExceptionOfType(ValidationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ProblemDetails.class)).get()
                        .satisfies(problem -> assertThat(problem.getTitle()).isEqualTo(title))));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyUnknownId(PactBuilder builder) {
        return everyCall(builder, NOT_FOUND, "", Ip1V2ConsumerPact::authorized, response -> problem(response, 404, "Not Found"));
    }

    @Test
    @PactTestFor(pactMethod = "everyUnknownId")
    void everyUnknownId(MockServer server) {
        callEach(NOT_FOUND, ip1(server, TOKEN), call -> assertThatExceptionOfType(NotFoundException.class).isThrownBy(call));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyEmptyList(PactBuilder builder) {
        return everyCall(builder, NOTHING_TO_LIST, "", Ip1V2ConsumerPact::authorized, (response, title) -> problem(response, 404, title));
    }

    @Test
    @PactTestFor(pactMethod = "everyEmptyList")
    void everyEmptyList(MockServer server) {
        callEach(NOTHING_TO_LIST, ip1(server, TOKEN));
    }

    private static Call<Ip1V2> get(String what, String path, Consumer<Ip1V2> call) {
        return new Call<>(what, null, request -> request.method("GET").path(path), call);
    }
}
