package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.Outbox.Recipients;
import dev.smskit.stub.ip1.Outbox.Sending;
import dev.smskit.stub.ip1.store.AddressBook.ContactFields;
import dev.smskit.stub.ip1.store.AddressBook.MembershipFields;
import dev.smskit.stub.ip1.store.Groups.GroupFields;
import dev.smskit.stub.ip1.store.InMemoryIp1Stores;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** The one way messages are sent: recipients merged, the blacklist applied, one batch recorded. */
class OutboxTest {

    private static final String ACCOUNT = "ip1-12345";

    private final Ip1Properties properties = new Ip1Properties(List.of(),
            new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3)), new BigDecimal("0.35"), Map.of());
    private final InMemoryIp1Stores stores = new InMemoryIp1Stores(properties,
            MutableClock.of(Instant.parse("2026-11-23T09:15:30Z"), ZoneOffset.UTC));
    private final Outbox outbox = new Outbox(stores, new Credits(), properties);
    private final PhoneNumber anna = PhoneNumber.parse("+46701234567").orElseThrow();
    private final PhoneNumber bo = PhoneNumber.parse("+46709876543").orElseThrow();
    private final PhoneNumber cleo = PhoneNumber.parse("+46705555555").orElseThrow();

    @Test
    void aV1SmsGoesToNumbersContactsAndGroupMembersOnceEachButNotToTheBlacklist() {
        List<Contact> contacts = stores.inAccount(ACCOUNT, data -> data.addressBook().createContacts(List.of(
                new ContactFields("Anna", null, anna, null, null, null, null),
                new ContactFields("Bo", null, bo, null, null, null, null),
                new ContactFields("Cleo", null, cleo, null, null, null, null))));
        int group = stores.inAccount(ACCOUNT, data -> data.groups().create(List.of(new GroupFields("g", null)))).get(0).id();
        stores.inAccount(ACCOUNT, data -> data.addressBook().createMemberships(List.of(
                new MembershipFields(group, contacts.get(2).id()), new MembershipFields(group, contacts.get(0).id()))));
        stores.inAccount(ACCOUNT, data -> data.blacklist().add(List.of(bo)));

        Sending sending = outbox.sendSms(ACCOUNT, "ip1sms",
                new Recipients(List.of(bo, anna), List.of(contacts.get(0).id()), List.of(group)), to -> "Hi " + to.e164());

        assertThat(sending.sent()).extracting(SmsMessage::to).containsExactly("+46701234567", "+46705555555");
        assertThat(sending.sent()).extracting(SmsMessage::body).containsExactly("Hi +46701234567", "Hi +46705555555");
        assertThat(sending.sent()).extracting(SmsMessage::batchSize).containsOnly(2);
        assertThat(sending.blacklisted()).containsExactly(bo);
    }

    @Test
    void aV1SmsToUnknownContactsOrGroupsSendsNothing() {
        assertThatThrownBy(() -> outbox.sendSms(ACCOUNT, "ip1sms", new Recipients(List.of(anna), List.of(7), List.of(8)),
                to -> "Hi"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems()).containsExactly(
                        new Refusal.Problem(0, "Contacts", "Contact 7 was not found."),
                        new Refusal.Problem(0, "Groups", "Group 8 was not found.")));
        assertThat(stores.messages()).isEmpty();
    }

    @Test
    void aV2BatchLeavesTheBlacklistOutAndKeepsItsOptionsAndEncoding() {
        stores.inAccount(ACCOUNT, data -> data.blacklist().add(List.of(bo)));
        Batch.Options options = new Batch.Options(false, EncodedText.Encoding.UCS2, 1, List.of(), null, "r", List.of());

        Batch batch = outbox.sendBatch(ACCOUNT, "ip1sms", "Hi", List.of(anna, bo), options).orElseThrow();

        assertThat(batch.messages()).extracting(SmsMessage::to).containsExactly("+46701234567");
        assertThat(batch.messages()).extracting(message -> message.text().encoding()).containsOnly(EncodedText.Encoding.UCS2);
        assertThat(batch.options()).isEqualTo(options);
        assertThat(outbox.sendBatch(ACCOUNT, "ip1sms", "Hi", List.of(bo), options)).as("every recipient blacklisted").isEmpty();
        assertThat(stores.messages()).hasSize(1);
    }

    @Test
    void anNkiSendGoesToEachRecipientAsGiven() {
        stores.inAccount(ACCOUNT, data -> data.blacklist().add(List.of(bo)));

        List<SmsMessage> sent = outbox.send(ACCOUNT, "ip1sms", "Hi", List.of(anna, bo, anna));

        assertThat(sent).extracting(SmsMessage::to).containsExactly("+46701234567", "+46709876543", "+46701234567");
        assertThat(sent).extracting(SmsMessage::batch).containsOnly(1);
    }
}
