package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.smsend.model.SmsOrder;
import dev.smskit.smsend.model.SmsOrderState;
import dev.smskit.smsend.model.SmsRecipientState;
import org.junit.jupiter.api.Test;

/** smsend SMS ({@code /sms}, {@code /smstogroups}): sending, reading an order's state, cancelling a scheduled one. */
class SmsendSmsConsumerPactTest extends SmsendConsumerPact {

    // ---- POST /sms

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSms(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.USER), "send an SMS",
                request -> authenticated(smsSending(request, "+393471234567"), Credentials.ACCESS_TOKEN),
                response -> response.status(201).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringValue("result", "OK")
                        .stringValue("order_id", ORDER_ID)
                        .integerType("total_sent", 1)
                        .integerType("remaining_credits", 999)));
    }

    @Test
    @PactTestFor(pactMethod = "sendSms")
    void sendSms(MockServer server) {
        SmsOrder order = smsend(server, Credentials.ACCESS_TOKEN).sendSms(smsRequest("+393471234567"));

        assertThat(order.getOrderId()).isEqualTo(ORDER_ID);
        assertThat(order.getTotalSent()).isEqualTo(1);
        assertThat(order.getRemainingCredits()).isNotNull();
    }

    // ---- POST /smstogroups

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsToGroups(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.MEMBER), "send an SMS to a group",
                request -> authenticated(groupSmsSending(request, "VIP customers"), Credentials.ACCESS_TOKEN),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringValue("result", "OK")
                        .stringMatcher("order_id", "[A-Za-z0-9_.-]{1,32}", "5f0c2a1e8d3b4b6e9a2741c8e0d7b915")
                        .integerType("total_sent", 1)));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsToGroups")
    void sendSmsToGroups(MockServer server) {
        SmsOrder order = smsend(server, Credentials.ACCESS_TOKEN).sendSmsToGroups(groupSmsRequest("VIP customers"));

        assertThat(order.getResult()).isEqualTo("OK");
        assertThat(order.getTotalSent()).isEqualTo(1);
    }

    // ---- GET /sms/{order_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSmsState(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.ORDER), "get the state of an SMS order",
                request -> authenticated(request.method("GET").path(BASE + "/sms/" + ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .integerType("recipient_number", 1)
                        .stringValue("result", "OK")
                        .minArrayLike("recipients", 1)
                        // the state moves on with time: any state a new order passes through
                        .stringMatcher("status", "WAITING|SENT|WAIT4DLVR|DLVRD", "WAITING")
                        .stringValue("destination", "+393471234567")
                        .stringMatcher("delivery_date", "\\d{14}", "20270320090000")
                        .closeObject().closeArray()));
    }

    @Test
    @PactTestFor(pactMethod = "getSmsState")
    void getSmsState(MockServer server) {
        SmsOrderState state = smsend(server, Credentials.ACCESS_TOKEN).getSmsState(ORDER_ID);

        assertThat(state.getRecipientNumber()).isEqualTo(1);
        assertThat(state.getRecipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.getStatus()).isEqualTo(SmsRecipientState.StatusEnum.WAITING);
            assertThat(recipient.getDestination()).isEqualTo("+393471234567");
        });
    }

    // ---- DELETE /sms/{order_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact cancelScheduledSms(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.SCHEDULED_ORDER), "delete a scheduled SMS order",
                request -> authenticated(request.method("DELETE").path(BASE + "/sms/" + SCHEDULED_ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> response.status(200));
    }

    @Test
    @PactTestFor(pactMethod = "cancelScheduledSms")
    void cancelScheduledSms(MockServer server) {
        smsend(server, Credentials.ACCESS_TOKEN).deleteScheduledSms(SCHEDULED_ORDER_ID);
    }
}
