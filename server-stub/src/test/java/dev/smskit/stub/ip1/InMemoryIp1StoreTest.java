package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.smskit.stub.sms.Delivery.Change;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.DeliveryStep;
import org.threeten.extra.MutableClock;
import org.junit.jupiter.api.Test;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;

/** Delivery over time, on a clock the test moves: 0 → 21 after one delay, → 22 after the other. */
class InMemoryIp1StoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:15:30.123Z");

    private final MutableClock clock = MutableClock.of(T0, ZoneOffset.UTC);
    private final InMemoryIp1Store store = new InMemoryIp1Store(new Ip1Properties(List.of(),
            new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3)), new BigDecimal("0.35")), clock);
    private final PhoneNumber phone = PhoneNumber.parse("+46701234567").orElseThrow();

    @Test
    void aSentMessageReachesTheNetworkAndThenThePhoneAtTheConfiguredDelays() {
        store.send("ip1-12345", "ip1sms", "Hi", List.of(phone));

        assertThat(history()).containsExactly(new Change(DeliveryStep.ACCEPTED, T0));
        clock.setInstant(T0.plusMillis(999));
        assertThat(history()).hasSize(1);
        clock.setInstant(T0.plusSeconds(1));
        assertThat(history()).containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, T0.plusSeconds(1)));
        clock.setInstant(T0.plusSeconds(60));
        assertThat(history()).as("each step at the time it was due").containsExactly(
                new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, T0.plusSeconds(1)),
                new Change(DeliveryStep.PHONE, T0.plusSeconds(3)));
        assertThat(store.settle(DeliveryStep.PHONE)).isZero();
    }

    @Test
    void settlingRecordsTheSkippedStepsNowAndLeavesTimeNothingToDo() {
        store.send("ip1-12345", "ip1sms", "Hi", List.of(phone));
        clock.setInstant(T0.plusMillis(500));

        assertThat(store.settle(DeliveryStep.PHONE)).isEqualTo(1);

        assertThat(history()).containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, T0.plusMillis(500)),
                new Change(DeliveryStep.PHONE, T0.plusMillis(500)));
        clock.setInstant(T0.plusSeconds(60));
        assertThat(history()).hasSize(3);
    }

    @Test
    void aReplacedGroupsModifiedMovesEvenWithinTheSameMillisecond() {
        ContactGroup created = store.createGroups("ip1-12345", List.of(new Ip1Store.GroupFields("a", null))).get(0);

        ContactGroup replaced = store.replaceGroup("ip1-12345", created.id(), new Ip1Store.GroupFields("b", null)).orElseThrow();

        assertThat(replaced.created()).isEqualTo(T0);
        assertThat(replaced.modified()).isAfter(created.modified());
    }

    @Test
    void aV2BatchProgressesLikeAV1SendAndKeepsItsOptions() {
        PhoneNumber other = PhoneNumber.parse("+46709876543").orElseThrow();
        Batch.Options options = new Batch.Options(true, EncodedText.Encoding.UCS2, 2, List.of(), null, "order-1", List.of("a"));

        Batch sent = store.sendBatch("ip1-12345", "ip1sms", "Hi", List.of(phone, other), options).orElseThrow();
        store.send("ip1-12345", "ip1sms", "Via V1", List.of(phone));
        clock.setInstant(T0.plusSeconds(1));

        Batch read = store.batch("ip1-12345", sent.number()).orElseThrow();
        assertThat(read.options()).isEqualTo(options);
        assertThat(read.messages()).extracting(message -> message.text().encoding()).containsOnly(EncodedText.Encoding.UCS2);
        assertThat(read.messages()).extracting(SmsMessage::status).containsOnly(DeliveryStatus.NETWORK);
        assertThat(store.batches("ip1-12345")).extracting(Batch::options).containsExactly(options, Batch.Options.DEFAULTS);
        assertThat(store.batches("ip1-54321")).isEmpty();
        assertThat(store.batch("ip1-54321", sent.number())).isEmpty();
        assertThat(store.settle(DeliveryStep.PHONE)).isEqualTo(3);
    }

    private List<Change> history() {
        return store.messages(null).get(0).statuses();
    }
}
