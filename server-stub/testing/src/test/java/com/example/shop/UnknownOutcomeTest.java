package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.common.OutcomeUnknownException;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.testing.SmskitStub;
import dev.smskit.testing.SmsQuery;
import dev.smskit.testing.StubControl;
import dev.smskit.testing.control.model.FaultMatch;
import dev.smskit.testing.control.model.FaultRule;
import org.junit.jupiter.api.Test;

@SmskitStub
class UnknownOutcomeTest {

    /** Your application's send: once per reference, whatever happens to the answer. */
    static void sendOnce(Ip1V2 ip1, BatchNew batch) {
        try {
            ip1.createBatch(batch);
        } catch (OutcomeUnknownException unknown) {
            // the SMS may have gone out: look for it before sending again
            boolean sent = ip1.listBatches().anyMatch(existing -> batch.getReference().equals(existing.getReference()));
            if (!sent) {
                ip1.createBatch(batch);
            }
        }
    }

    private static BatchNew shipped(String order) {
        return new BatchNew().sender("shop").addRecipientsItem("46701234567")
                .body("Order " + order + " has shipped.").reference("order-" + order);
    }

    @Test
    void aBatchAcceptedWhoseAnswerGotLostIsNotSentTwice(Ip1V2 ip1, StubControl stub) {
        stub.addFaultRule(new FaultRule().match(new FaultMatch().path("/v2/batches"))
                .effect(FaultRule.EffectEnum.COMMIT_THEN_ERROR).times(1));

        sendOnce(ip1, shipped("1001"));

        assertThat(stub.messages(SmsQuery.to("46701234567"))).hasSize(1);
    }

    @Test
    void aBatchDroppedBeforeItWasHandledIsSentAgain(Ip1V2 ip1, StubControl stub) {
        stub.addFaultRule(new FaultRule().match(new FaultMatch().path("/v2/batches"))
                .effect(FaultRule.EffectEnum.CLOSE).times(1));

        sendOnce(ip1, shipped("1002"));

        assertThat(stub.messages(SmsQuery.to("46701234567"))).hasSize(1);
    }
}
