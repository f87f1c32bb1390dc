package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.smskit.stub.ip1.store.AccountData;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.store.MessageJournal.Outgoing;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * Sending, for V1 {@code sms/send}, NKI sends and V2 batches alike: works out the recipients, leaves
 * blacklisted ones out and records one message per recipient as one batch, all in one unit of work on
 * the account.
 */
@Component
public class Outbox {

    /** Who a V1 SMS goes to: numbers, contact ids and group ids. */
    public record Recipients(List<PhoneNumber> numbers, List<Integer> contacts, List<Integer> groups) {
    }

    /**
     * What a V1 SMS send did.
     *
     * @param sent        one message per recipient left, in order; empty when none was left (nothing was recorded)
     * @param blacklisted the recipients left out because they are on the blacklist
     */
    public record Sending(List<SmsMessage> sent, List<PhoneNumber> blacklisted) {
    }

    private final Ip1Stores stores;
    private final Credits credits;
    private final BigDecimal pricePerSegment;

    public Outbox(Ip1Stores stores, Credits credits, Ip1Properties properties) {
        this.stores = stores;
        this.credits = credits;
        this.pricePerSegment = properties.pricePerSegment();
    }

    /** Takes the price of every segment of {@code messages} from the account's credits, or refuses them all. */
    private List<Outgoing> paid(String account, List<Outgoing> messages) {
        int segments = messages.stream().mapToInt(message -> message.text().segments()).sum();
        credits.charge(account, pricePerSegment.multiply(BigDecimal.valueOf(segments)));
        return messages;
    }

    /** An NKI send: one message per recipient as given, blacklist or not (as the stub has always sent them). */
    public List<SmsMessage> send(String account, String from, String body, List<PhoneNumber> recipients) {
        EncodedText text = EncodedText.of(body);
        return stores.inAccount(account, data -> data.journal().record(SmsMessage.Api.V1, from,
                paid(account, recipients.stream().map(to -> new Outgoing(to, body, text)).toList()), Batch.Options.DEFAULTS));
    }

    /**
     * A V1 SMS: merges the numbers, the contacts' phones and the groups' members' phones in that order,
     * keeps the first of each phone number, leaves out blacklisted ones and records one message per
     * recipient left, with the text {@code text} gives for the recipient.
     *
     * @throws Refusal naming each contact or group (by its index in {@code recipients}, field
     *     {@code Contacts} or {@code Groups}) the account does not have
     */
    public Sending sendSms(String account, String from, Recipients recipients, Function<PhoneNumber, String> text) {
        return stores.inAccount(account, data -> {
            List<PhoneNumber> blacklisted = new ArrayList<>();
            List<PhoneNumber> left = notBlacklisted(data, merge(data, recipients), blacklisted);
            if (left.isEmpty()) {
                return new Sending(List.of(), blacklisted);
            }
            List<Outgoing> messages = left.stream().map(to -> {
                String body = text.apply(to);
                return new Outgoing(to, body, EncodedText.of(body));
            }).toList();
            return new Sending(data.journal().record(SmsMessage.Api.V1, from, paid(account, messages), Batch.Options.DEFAULTS), blacklisted);
        });
    }

    /**
     * A V2 batch: leaves the recipients on the account's blacklist out and records one message per
     * recipient left, in order, with the V2 options; a requested UCS-2 {@link Batch.Options#datacoding()}
     * encodes even a GSM-encodable body as UCS-2. Empty, with nothing recorded, when every recipient is
     * on the blacklist.
     */
    public Optional<Batch> sendBatch(String account, String from, String body, List<PhoneNumber> recipients,
            Batch.Options options) {
        EncodedText text = options.datacoding() == EncodedText.Encoding.UCS2 ? EncodedText.ucs2(body) : EncodedText.of(body);
        return stores.inAccount(account, data -> {
            List<PhoneNumber> left = notBlacklisted(data, recipients, new ArrayList<>());
            if (left.isEmpty()) {
                return Optional.empty();
            }
            List<SmsMessage> sent = data.journal().record(SmsMessage.Api.V2, from,
                    paid(account, left.stream().map(to -> new Outgoing(to, body, text)).toList()), options);
            return Optional.of(new Batch(sent.get(0).batch(), options, sent));
        });
    }

    private static List<PhoneNumber> merge(AccountData data, Recipients recipients) {
        Map<String, PhoneNumber> merged = new LinkedHashMap<>();
        recipients.numbers().forEach(phone -> merged.putIfAbsent(phone.e164(), phone));
        List<Refusal.Problem> problems = new ArrayList<>();
        for (int i = 0; i < recipients.contacts().size(); i++) {
            int id = recipients.contacts().get(i);
            Optional<Contact> contact = data.addressBook().contact(id);
            if (contact.isPresent()) {
                merged.putIfAbsent(contact.get().fields().phone().e164(), contact.get().fields().phone());
            } else {
                problems.add(new Refusal.Problem(i, "Contacts", "Contact " + id + " was not found."));
            }
        }
        for (int i = 0; i < recipients.groups().size(); i++) {
            int id = recipients.groups().get(i);
            Optional<List<Contact>> members = data.addressBook().contactsOf(id);
            if (members.isPresent()) {
                members.get().forEach(contact -> merged.putIfAbsent(contact.fields().phone().e164(), contact.fields().phone()));
            } else {
                problems.add(new Refusal.Problem(i, "Groups", "Group " + id + " was not found."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return List.copyOf(merged.values());
    }

    /** The recipients not on the blacklist, in order; the others go to {@code blacklisted}. */
    private static List<PhoneNumber> notBlacklisted(AccountData data, List<PhoneNumber> recipients,
            List<PhoneNumber> blacklisted) {
        List<PhoneNumber> left = new ArrayList<>();
        recipients.forEach(phone -> (data.blacklist().contains(phone) ? blacklisted : left).add(phone));
        return left;
    }
}
