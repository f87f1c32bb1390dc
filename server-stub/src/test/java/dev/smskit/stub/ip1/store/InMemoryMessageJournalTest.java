package dev.smskit.stub.ip1.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.DeliveryStatus;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.MessageJournal.Outgoing;
import dev.smskit.stub.sms.Delivery.Change;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import org.junit.jupiter.api.Test;

/** Delivery over time, on a clock the test moves: 0 → 21 after one delay, → 22 after the other. */
class InMemoryMessageJournalTest extends StoreFixture {

    private final PhoneNumber phone = phone("+46701234567");

    private List<SmsMessage> send(String account, String body, Batch.Options options, PhoneNumber... to) {
        return account(account).journal().record(SmsMessage.Api.V2, "ip1sms",
                List.of(to).stream().map(recipient -> new Outgoing(recipient, body, EncodedText.of(body))).toList(), options);
    }

    @Test
    void aSentMessageReachesTheNetworkAndThenThePhoneAtTheConfiguredDelays() {
        send(ACCOUNT, "Hi", Batch.Options.DEFAULTS, phone);

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
        assertThat(stores.settle(DeliveryStep.PHONE)).isZero();
    }

    @Test
    void settlingRecordsTheSkippedStepsNowAndLeavesTimeNothingToDo() {
        send(ACCOUNT, "Hi", Batch.Options.DEFAULTS, phone);
        clock.setInstant(T0.plusMillis(500));

        assertThat(stores.settle(DeliveryStep.PHONE)).isEqualTo(1);

        assertThat(history()).containsExactly(new Change(DeliveryStep.ACCEPTED, T0),
                new Change(DeliveryStep.NETWORK, T0.plusMillis(500)),
                new Change(DeliveryStep.PHONE, T0.plusMillis(500)));
        clock.setInstant(T0.plusSeconds(60));
        assertThat(history()).hasSize(3);
    }

    @Test
    void settlingToTheNetworkLeavesThePhoneStepToItsTime() {
        send(ACCOUNT, "Hi", Batch.Options.DEFAULTS, phone);

        assertThat(stores.settle(DeliveryStep.NETWORK)).isEqualTo(1);
        assertThat(stores.settle(DeliveryStep.NETWORK)).isZero();

        assertThat(stores.messages()).extracting(SmsMessage::status).containsExactly(DeliveryStatus.NETWORK);
        clock.setInstant(T0.plusSeconds(3));
        assertThat(stores.messages()).extracting(SmsMessage::status).containsExactly(DeliveryStatus.PHONE);
    }

    @Test
    void idsAndBatchNumbersRunAcrossAccountsAndEachAccountReadsOnlyItsOwn() {
        List<SmsMessage> first = send(ACCOUNT, "Hi", Batch.Options.DEFAULTS, phone, phone("+46709876543"));
        List<SmsMessage> other = send(OTHER, "Hej", Batch.Options.DEFAULTS, phone);
        SmsMessage received = account(ACCOUNT).journal().receive(phone, ACCOUNT, "Reply");

        assertThat(first).extracting(SmsMessage::id).containsExactly(1, 2);
        assertThat(first).extracting(SmsMessage::batch).containsExactly(1, 1);
        assertThat(other.get(0).id()).isEqualTo(3);
        assertThat(received.id()).isEqualTo(4);
        assertThat(received.batch()).as("an incoming message is a batch of its own").isEqualTo(3);
        assertThat(received.status()).isEqualTo(DeliveryStatus.PHONE);
        assertThat(stores.messages()).extracting(SmsMessage::id).containsExactly(1, 2, 3, 4);
        assertThat(account(ACCOUNT).journal().messages()).extracting(SmsMessage::id).containsExactly(1, 2, 4);
        assertThat(account(OTHER).journal().message(1)).isEmpty();
        assertThat(account(ACCOUNT).journal().message(2)).map(SmsMessage::body).hasValue("Hi");
        assertThat(account(ACCOUNT).journal().conversation("+46709876543")).extracting(SmsMessage::id)
                .containsExactly(2);
        assertThat(account(ACCOUNT).journal().batches()).extracting(Batch::number).as("outgoing only")
                .containsExactly(1);
    }

    @Test
    void aBatchKeepsItsV2OptionsAndV1SendsHaveTheDefaults() {
        Batch.Options options = new Batch.Options(true, EncodedText.Encoding.UCS2, 2, List.of(), null, "order-1", List.of("a"));
        int v2 = send(ACCOUNT, "Hi", options, phone).get(0).batch();
        int v1 = send(ACCOUNT, "Via V1", Batch.Options.DEFAULTS, phone).get(0).batch();
        clock.setInstant(T0.plusSeconds(1));

        Batch read = account(ACCOUNT).journal().batch(v2).orElseThrow();
        assertThat(read.options()).isEqualTo(options);
        assertThat(read.messages()).extracting(SmsMessage::status).containsOnly(DeliveryStatus.NETWORK);
        assertThat(account(ACCOUNT).journal().batchOptions(v1)).isEqualTo(Batch.Options.DEFAULTS);
        assertThat(account(ACCOUNT).journal().batches()).extracting(Batch::options)
                .containsExactly(options, Batch.Options.DEFAULTS);
        assertThat(account(OTHER).journal().batch(v2)).isEmpty();
        assertThat(stores.settle(DeliveryStep.PHONE)).isEqualTo(2);
    }

    @Test
    void resetForgetsEverythingAndStartsTheIdsAgain() {
        send(ACCOUNT, "Hi", Batch.Options.DEFAULTS, phone);

        stores.reset();

        assertThat(stores.messages()).isEmpty();
        assertThat(send(OTHER, "Hi", Batch.Options.DEFAULTS, phone).get(0).id()).isEqualTo(1);
    }

    private List<Change> history() {
        return stores.messages().get(0).statuses();
    }
}
