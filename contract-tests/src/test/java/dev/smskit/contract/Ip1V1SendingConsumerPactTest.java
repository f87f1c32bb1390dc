package dev.smskit.contract;

import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.ApiException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP1 V1 sending ({@code /api/sms}, {@code /api/nkis/{nki}/users/send}) and reading what was sent. */
class Ip1V1SendingConsumerPactTest extends Ip1V1ConsumerPact {

    // ---- /api/sms

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSms(PactBuilder builder) {
        return interaction(builder, "send an SMS",
                request -> authorized(request.method("POST").path("/api/sms/send")).header("Content-Type", json()).body(sms(PHONE)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(messages -> messages.object(Ip1V1ConsumerPact::processed)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "sendSms")
    void sendSms(MockServer server) {
        List<ProcessedOutgoingSMS> sent = ip1(server, API_KEY).sendSms(outgoingSms(PHONE));

        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.getID()).isEqualTo(SMS_ID);
            assertThat(sms.getTo()).isEqualTo(PHONE);
            assertThat(sms.getStatus()).isZero();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsBlacklisted(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.BLACKLISTED), "send an SMS to a blacklisted number only",
                request -> authorized(request.method("POST").path("/api/sms/send")).header("Content-Type", json())
                        .body(sms(BLACKLISTED)),
                response -> response.status(400).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringType("Message", "No recipients left to send to; every recipient is on the blacklist.")));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsBlacklisted")
    void sendSmsBlacklisted(MockServer server) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ip1(server, API_KEY).sendSms(outgoingSms(BLACKLISTED)))
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getModelState()).isNull()));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsWithoutCredits(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.NO_CREDITS), "send an SMS without credits",
                request -> authorized(request.method("POST").path("/api/sms/send")).header("Content-Type", json()).body(sms(PHONE)),
                response -> response.status(403).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringType("Message", "Insufficient credits: sending costs 0.35 SEK, the account has 0.00 SEK left.")));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsWithoutCredits")
    void sendSmsWithoutCredits(MockServer server) {
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> ip1(server, API_KEY).sendSms(outgoingSms(PHONE)))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(403))
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("Insufficient credits")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listSentSms(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.SENT), "list the sent SMS",
                request -> authorized(request.method("GET").path("/api/sms/sent")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, messages -> messages.object(Ip1V1ConsumerPact::processed)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listSentSms")
    void listSentSms(MockServer server) {
        assertThat(ip1(server, API_KEY).sms().listSentSms()).isNotEmpty()
                .allSatisfy(sms -> assertThat(sms.getStatusDescription()).isNotBlank());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSentSms(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.SENT), "read the delivery status of a sent SMS",
                request -> authorized(request.method("GET").path(
                        Matchers.fromProviderState("/api/sms/sent/${smsId}", "/api/sms/sent/" + SMS_ID))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::processed).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getSentSms")
    void getSentSms(MockServer server) {
        ProcessedOutgoingSMS sms = ip1(server, API_KEY).getSentSms(SMS_ID);

        assertThat(sms.getID()).isEqualTo(SMS_ID);
        assertThat(sms.getStatus()).isNotNull();
    }

    // ---- POST /api/nkis/{nki}/users/send

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendNki(PactBuilder builder) {
        return interaction(builder, "send an NKI to a user",
                request -> authorized(request.method("POST").path("/api/nkis/" + NKI_ID + "/users/send"))
                        .header("Content-Type", json())
                        .body(nki("+46701234567")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(messages -> messages.object(sms -> processed(sms, 880123, "How happy are you with your delivery?")))
                                .build()));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendNkiWithoutCredits(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.NO_CREDITS), "send an NKI to a user without credits",
                request -> authorized(request.method("POST").path("/api/nkis/" + NKI_ID + "/users/send"))
                        .header("Content-Type", json())
                        .body(nki("+46701234567")),
                response -> response.status(403).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringType("Message", "Insufficient credits: sending costs 0.35 SEK, the account has 0.00 SEK left.")));
    }

    @Test
    @PactTestFor(pactMethod = "sendNkiWithoutCredits")
    void sendNkiWithoutCredits(MockServer server) {
        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> ip1(server, API_KEY).nki().sendNkiToUsers(NKI_ID, outgoingNki("+46701234567")))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(403));
    }

    @Test
    @PactTestFor(pactMethod = "sendNki")
    void sendNki(MockServer server) {
        List<ProcessedOutgoingSMS> sent = ip1(server, API_KEY).nki().sendNkiToUsers(NKI_ID, outgoingNki("+46701234567"));

        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.getTo()).isEqualTo("+46701234567");
            assertThat(sms.getEncoding()).isEqualTo(ProcessedOutgoingSMS.EncodingEnum.GSM);
            assertThat(sms.getSegments()).isEqualTo(1);
        });
    }
}
