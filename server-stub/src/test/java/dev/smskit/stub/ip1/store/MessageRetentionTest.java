package dev.smskit.stub.ip1.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.MessageJournal.Outgoing;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.Retention;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** A journal that keeps 3 messages, over many sends: what it keeps stays readable by id and moves on with time. */
class MessageRetentionTest {

    private final MutableClock clock = MutableClock.of(StoreFixture.T0, ZoneOffset.UTC);
    private final InMemoryIp1Stores stores = new InMemoryIp1Stores(new Ip1Properties(List.of(),
            new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3)), new BigDecimal("0.35"), Map.of()),
            new Retention(3), clock);
    private final PhoneNumber phone = StoreFixture.phone("+46701234567");

    private int send(String body) {
        return stores.inAccount(StoreFixture.ACCOUNT, data -> data.journal().record(SmsMessage.Api.V2, "ip1sms",
                List.of(new Outgoing(phone, body, EncodedText.of(body))), Batch.Options.DEFAULTS)).get(0).id();
    }

    private MessageJournal journal() {
        return stores.inAccount(StoreFixture.ACCOUNT, AccountData::journal);
    }

    @Test
    void manySendsKeepTheNewestThreeFindableByIdAndStillMovingOn() {
        List<Integer> ids = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            ids.add(send("Early " + n));
        }
        // every message kept so far is delivered: later sends are the only pending ones
        clock.setInstant(StoreFixture.T0.plusSeconds(60));
        journal().messages();
        for (int n = 0; n < 50; n++) {
            ids.add(send("Late " + n));
        }

        assertThat(journal().messages()).extracting(SmsMessage::body).containsExactly("Late 47", "Late 48", "Late 49");
        assertThat(ids.subList(0, 97)).allSatisfy(id -> assertThat(journal().message(id)).isEmpty());
        assertThat(ids.subList(97, 100)).extracting(id -> journal().message(id).orElseThrow().body())
                .containsExactly("Late 47", "Late 48", "Late 49");
        assertThat(journal().batches()).hasSize(3);
        assertThat(stores.settle(DeliveryStep.PHONE)).as("only the kept messages were pending").isEqualTo(3);
        assertThat(journal().messages()).allSatisfy(message -> assertThat(message.latest().step()).isEqualTo(DeliveryStep.PHONE));
    }
}
