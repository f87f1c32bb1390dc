package dev.smskit.stub.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.smskit.stub.sms.Delivery.Change;
import org.junit.jupiter.api.Test;

/** The one delivery lifecycle every API maps to its own codes. */
class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final DeliverySchedule SCHEDULE = new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3));

    @Test
    void aScheduledMessageWaitsForItsTimeThenGoesToTheNetworkAndThePhone() {
        Delivery delivery = Delivery.sent(T0.plusSeconds(60), SCHEDULE, true);

        assertThat(delivery.at(T0)).isEqualTo(new Change(DeliveryStep.SCHEDULED, T0.plusSeconds(60)));
        assertThat(delivery.history(T0)).isEmpty();
        assertThat(delivery.at(T0.plusSeconds(60))).isEqualTo(new Change(DeliveryStep.ACCEPTED, T0.plusSeconds(60)));
        assertThat(delivery.at(T0.plusSeconds(62))).isEqualTo(new Change(DeliveryStep.NETWORK, T0.plusSeconds(61)));
        assertThat(delivery.isFinal(T0.plusSeconds(62))).isFalse();
        assertThat(delivery.at(T0.plusSeconds(63))).isEqualTo(new Change(DeliveryStep.PHONE, T0.plusSeconds(63)));
        assertThat(delivery.isFinal(T0.plusSeconds(63))).isTrue();
    }

    @Test
    void withoutAPhoneStepTheNetworkIsFinalAndAShortPhoneDelayWaitsForTheNetwork() {
        assertThat(Delivery.sent(T0, SCHEDULE, false).at(T0.plusSeconds(60)))
                .isEqualTo(new Change(DeliveryStep.NETWORK, T0.plusSeconds(1)));
        Delivery quickPhone = Delivery.sent(T0, new DeliverySchedule(Duration.ofSeconds(5), Duration.ofSeconds(2)), true);
        assertThat(quickPhone.at(T0.plusSeconds(4)).step()).isEqualTo(DeliveryStep.ACCEPTED);
        assertThat(quickPhone.at(T0.plusSeconds(5))).isEqualTo(new Change(DeliveryStep.PHONE, T0.plusSeconds(5)));
    }

    @Test
    void settlingMovesTheStepsUpToItsTargetToNowAndLeavesScheduledOnesAlone() {
        Delivery delivery = Delivery.sent(T0, SCHEDULE, true);
        Instant now = T0.plusMillis(200);

        Delivery toNetwork = delivery.settle(now, DeliveryStep.NETWORK);
        assertThat(toNetwork.history(now)).containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, now));
        assertThat(toNetwork.at(T0.plusSeconds(3)).step()).as("the phone step keeps its time").isEqualTo(DeliveryStep.PHONE);
        assertThat(toNetwork.settle(now, DeliveryStep.NETWORK)).as("nothing left to move").isSameAs(toNetwork);
        assertThat(delivery.settle(now, DeliveryStep.PHONE).at(now)).isEqualTo(new Change(DeliveryStep.PHONE, now));
        Delivery scheduled = Delivery.sent(T0.plusSeconds(60), SCHEDULE, true);
        assertThat(scheduled.settle(now, DeliveryStep.PHONE)).isSameAs(scheduled);
    }

    @Test
    void arrivedAndFailedMessagesAreFinalAtOnce() {
        assertThat(Delivery.arrived(T0).at(T0)).isEqualTo(new Change(DeliveryStep.PHONE, T0));
        assertThat(Delivery.failed(T0).at(T0.plusSeconds(9))).isEqualTo(new Change(DeliveryStep.FAILED, T0));
        assertThat(Delivery.failed(T0).isFinal(T0)).isTrue();
    }

    @Test
    void aFailingMessageIsAcceptedThenFailsWithItsCodeWhenItWouldHaveReachedTheNetwork() {
        Delivery failing = Delivery.failing(T0, SCHEDULE, "KO");

        assertThat(failing.at(T0)).isEqualTo(new Change(DeliveryStep.ACCEPTED, T0));
        assertThat(failing.isFinal(T0)).isFalse();
        assertThat(failing.at(T0.plusSeconds(60))).isEqualTo(new Change(DeliveryStep.FAILED, T0.plusSeconds(1), "KO"));
        assertThat(failing.isFinal(T0.plusSeconds(1))).isTrue();
        assertThat(failing.settle(T0.plusMillis(200), DeliveryStep.NETWORK).history(T0.plusMillis(200)))
                .as("settling makes the failure final at once").containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                        new Change(DeliveryStep.FAILED, T0.plusMillis(200), "KO"));
    }

    @Test
    void failingKeepsTheStepsReachedAndDropsThoseToCome() {
        Delivery failed = Delivery.sent(T0, SCHEDULE, true).fail(T0.plusSeconds(2), "500");

        assertThat(failed.history(T0.plusSeconds(60))).containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, T0.plusSeconds(1)), new Change(DeliveryStep.FAILED, T0.plusSeconds(2), "500"));
        assertThat(failed.isFinal(T0.plusSeconds(2))).isTrue();
    }
}
