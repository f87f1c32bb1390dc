package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.smskit.stub.StubState;
import dev.smskit.stub.ip1.SmsMessage.Direction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link Ip1Store} in memory. One lock guards everything: operations are tiny, and it makes every
 * operation atomic (a batch of groups is created entirely or not at all, ids never repeat, a group's
 * members and its count never disagree). Delivery statuses move on lazily, when a message is read.
 */
@Component
public class InMemoryIp1Store implements Ip1Store, StubState {

    private static final List<DeliveryStatus> STEPS = List.of(DeliveryStatus.values());

    private final Clock clock;
    private final Ip1Properties.Delivery delivery;
    private final BigDecimal pricePerSegment;

    private final Map<Integer, ContactGroup> groups = new LinkedHashMap<>();
    private final List<SmsMessage> messages = new ArrayList<>();
    private int lastGroupId;
    private int lastBatch;
    // every message before this index is final: reads only look at the recent, pending ones
    private int firstPending;

    @Autowired
    public InMemoryIp1Store(Ip1Properties properties) {
        this(properties, Clock.systemUTC());
    }

    public InMemoryIp1Store(Ip1Properties properties, Clock clock) {
        this.clock = clock;
        this.delivery = properties.delivery();
        this.pricePerSegment = properties.pricePerSegment();
    }

    @Override
    public synchronized void reset() {
        batchOptions.clear();
        groups.clear();
        messages.clear();
        lastGroupId = 0;
        lastBatch = 0;
        firstPending = 0;
        forgetAddressBook();
    }

    @Override
    public synchronized List<ContactGroup> createGroups(String account, List<GroupFields> newGroups) {
        Instant now = now();
        List<ContactGroup> created = new ArrayList<>();
        for (GroupFields fields : newGroups) {
            ContactGroup group = new ContactGroup(++lastGroupId, account, fields.name(), fields.color(), now, now, Set.of());
            groups.put(group.id(), group);
            created.add(group);
        }
        return created;
    }

    @Override
    public synchronized List<ContactGroup> groups(String account) {
        return groups.values().stream().filter(group -> group.owner().equals(account)).toList();
    }

    @Override
    public synchronized Optional<ContactGroup> group(String account, int id) {
        return Optional.ofNullable(groups.get(id)).filter(group -> group.owner().equals(account));
    }

    @Override
    public synchronized Optional<ContactGroup> replaceGroup(String account, int id, GroupFields fields) {
        return group(account, id).map(old -> {
            // strictly later than before, even within the same millisecond: clients compare them
            Instant modified = latest(now(), old.modified().plusMillis(1));
            ContactGroup replaced = new ContactGroup(id, account, fields.name(), fields.color(), old.created(), modified,
                    old.members());
            groups.put(id, replaced);
            return replaced;
        });
    }

    @Override
    public synchronized Optional<ContactGroup> deleteGroup(String account, int id) {
        return group(account, id).map(group -> {
            memberships.values().removeIf(membership -> membership.group() == id);
            return groups.remove(id);
        });
    }

    @Override
    public synchronized List<SmsMessage> send(String account, String from, String body, List<PhoneNumber> recipients) {
        Instant now = now();
        int batch = ++lastBatch;
        EncodedText text = EncodedText.of(body);
        String senderKey = Participant.keyOf(from);
        List<SmsMessage> sent = new ArrayList<>();
        for (PhoneNumber to : recipients) {
            SmsMessage message = new SmsMessage(messages.size() + 1, batch, recipients.size(), account,
                    Direction.OUTGOING, from, to.sent(), senderKey, to.e164(), body, text, to.regionCode(),
                    pricePerSegment, now, List.of(new SmsMessage.StatusChange(DeliveryStatus.GATEWAY, now)));
            messages.add(message);
            sent.add(message);
        }
        return sent;
    }

    @Override
    public synchronized SmsMessage receive(String account, PhoneNumber from, String to, String body) {
        Instant now = now();
        SmsMessage message = new SmsMessage(messages.size() + 1, ++lastBatch, 1, account, Direction.INCOMING,
                from.sent(), to, from.e164(), Participant.keyOf(to), body, EncodedText.of(body), from.regionCode(),
                BigDecimal.ZERO, now, List.of(new SmsMessage.StatusChange(DeliveryStatus.PHONE, now)));
        messages.add(message);
        return message;
    }

    @Override
    public synchronized List<SmsMessage> conversation(String account, String participantKey) {
        advanceAll();
        return messages.stream()
                .filter(message -> message.account().equals(account) && message.involves(participantKey))
                .toList();
    }

    @Override
    public synchronized List<SmsMessage> messages(@Nullable String account) {
        advanceAll();
        return messages.stream().filter(message -> account == null || message.account().equals(account)).toList();
    }

    @Override
    public synchronized int settle(DeliveryStatus until) {
        advanceAll();
        Instant now = now();
        int settled = 0;
        for (int i = firstPending; i < messages.size(); i++) {
            SmsMessage message = messages.get(i);
            if (message.latest().status().compareTo(until) >= 0) {
                continue;
            }
            for (DeliveryStatus step : STEPS.subList(message.latest().status().ordinal() + 1, until.ordinal() + 1)) {
                message = message.withStatus(step, now);
            }
            messages.set(i, message);
            settled++;
        }
        skipFinal();
        return settled;
    }

    // ---- IP1 V2 batches ----

    // V2 options by batch number; batches without an entry were sent through V1
    private final Map<Integer, Batch.Options> batchOptions = new HashMap<>();

    @Override
    public synchronized Optional<Batch> sendBatch(String account, String from, String body, List<PhoneNumber> recipients,
            Batch.Options options) {
        Set<String> blacklistedPhones = blacklisted(account);
        List<PhoneNumber> left = recipients.stream().filter(phone -> !blacklistedPhones.contains(phone.e164())).toList();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        List<SmsMessage> sent = send(account, from, body, left);
        if (options.datacoding() == EncodedText.Encoding.UCS2 && sent.get(0).text().encoding() != EncodedText.Encoding.UCS2) {
            EncodedText ucs2 = EncodedText.ucs2(body);
            sent = sent.stream().map(message -> replace(message.withText(ucs2))).toList();
        }
        batchOptions.put(sent.get(0).batch(), options);
        return Optional.of(new Batch(sent.get(0).batch(), options, sent));
    }

    @Override
    public synchronized List<Batch> batches(String account) {
        advanceAll();
        Map<Integer, List<SmsMessage>> byBatch = new LinkedHashMap<>();
        for (SmsMessage message : messages) {
            if (message.account().equals(account) && message.direction() == Direction.OUTGOING) {
                byBatch.computeIfAbsent(message.batch(), batch -> new ArrayList<>()).add(message);
            }
        }
        return byBatch.entrySet().stream()
                .map(batch -> new Batch(batch.getKey(), batchOptions(batch.getKey()), batch.getValue()))
                .toList();
    }

    @Override
    public synchronized Optional<Batch> batch(String account, int number) {
        advanceAll();
        List<SmsMessage> batch = messages.stream()
                .filter(message -> message.batch() == number && message.account().equals(account)
                        && message.direction() == Direction.OUTGOING)
                .toList();
        return batch.isEmpty() ? Optional.empty() : Optional.of(new Batch(number, batchOptions(number), batch));
    }

    @Override
    public synchronized Batch.Options batchOptions(int number) {
        return batchOptions.getOrDefault(number, Batch.Options.DEFAULTS);
    }

    /** Puts a changed message in the place of the old one: message ids are their position in the history, from 1. */
    private SmsMessage replace(SmsMessage message) {
        messages.set(message.id() - 1, message);
        return message;
    }

    /** Records the steps whose time has come, each at the time it was due. */
    private void advanceAll() {
        Instant now = now();
        for (int i = firstPending; i < messages.size(); i++) {
            SmsMessage message = messages.get(i);
            SmsMessage advanced = message;
            for (DeliveryStatus step : STEPS.subList(message.latest().status().ordinal() + 1, STEPS.size())) {
                Instant due = message.created().plus(delay(step));
                if (due.isAfter(now)) {
                    break;
                }
                advanced = advanced.withStatus(step, latest(due, advanced.latest().at()));
            }
            if (advanced != message) {
                messages.set(i, advanced);
            }
        }
        skipFinal();
    }

    private void skipFinal() {
        while (firstPending < messages.size() && messages.get(firstPending).latest().status() == DeliveryStatus.PHONE) {
            firstPending++;
        }
    }

    private Duration delay(DeliveryStatus step) {
        return switch (step) {
            case GATEWAY -> Duration.ZERO;
            case NETWORK -> delivery.toNetwork();
            case PHONE -> latest(delivery.toPhone(), delivery.toNetwork());
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T extends Comparable<T>> T latest(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // --- V1 contacts, memberships, blacklist and SMS sends ---

    private final Map<Integer, Contact> contacts = new LinkedHashMap<>();
    private final Map<Integer, Membership> memberships = new LinkedHashMap<>();
    private final Map<Integer, BlacklistEntry> blacklist = new LinkedHashMap<>();
    private int lastContactId;
    private int lastMembershipId;
    private int lastBlacklistId;

    private void forgetAddressBook() {
        contacts.clear();
        memberships.clear();
        blacklist.clear();
        lastContactId = 0;
        lastMembershipId = 0;
        lastBlacklistId = 0;
    }

    @Override
    public synchronized List<Contact> createContacts(String account, List<ContactFields> newContacts) {
        Instant now = now();
        List<Contact> created = new ArrayList<>();
        for (ContactFields fields : newContacts) {
            Contact contact = new Contact(++lastContactId, account, fields, now, now);
            contacts.put(contact.id(), contact);
            created.add(contact);
        }
        return created;
    }

    @Override
    public synchronized List<Contact> contacts(String account) {
        return contacts.values().stream().filter(contact -> contact.owner().equals(account)).toList();
    }

    @Override
    public synchronized Optional<Contact> contact(String account, int id) {
        return Optional.ofNullable(contacts.get(id)).filter(contact -> contact.owner().equals(account));
    }

    @Override
    public synchronized Optional<Contact> replaceContact(String account, int id, ContactFields fields) {
        return contact(account, id).map(old -> {
            Contact replaced = new Contact(id, account, fields, old.created(), latest(now(), old.modified().plusMillis(1)));
            contacts.put(id, replaced);
            return replaced;
        });
    }

    @Override
    public synchronized Optional<Contact> deleteContact(String account, int id) {
        return contact(account, id).map(contact -> {
            List<Membership> gone = memberships.values().stream().filter(membership -> membership.contact() == id).toList();
            gone.forEach(membership -> removeMembership(membership.id()));
            return contacts.remove(id);
        });
    }

    @Override
    public synchronized Optional<List<ContactGroup>> groupsOf(String account, int contact) {
        return contact(account, contact).map(found -> memberships.values().stream()
                .filter(membership -> membership.contact() == contact)
                .map(membership -> groups.get(membership.group()))
                .toList());
    }

    @Override
    public synchronized Optional<List<Contact>> contactsOf(String account, int group) {
        return group(account, group).map(found -> memberships.values().stream()
                .filter(membership -> membership.group() == group)
                .map(membership -> contacts.get(membership.contact()))
                .toList());
    }

    @Override
    public synchronized List<Membership> createMemberships(String account, List<MembershipFields> newMemberships) {
        List<Refusal.Problem> problems = new ArrayList<>();
        Set<MembershipFields> requested = new HashSet<>();
        for (int i = 0; i < newMemberships.size(); i++) {
            MembershipFields fields = newMemberships.get(i);
            Optional<ContactGroup> group = group(account, fields.group());
            if (group.isEmpty()) {
                problems.add(new Refusal.Problem(i, "Group", "Group " + fields.group() + " was not found."));
            }
            if (contact(account, fields.contact()).isEmpty()) {
                problems.add(new Refusal.Problem(i, "Contact", "Contact " + fields.contact() + " was not found."));
            }
            boolean member = group.map(found -> found.members().contains(fields.contact())).orElse(false);
            if (member || !requested.add(fields)) {
                problems.add(new Refusal.Problem(i, null, "Contact " + fields.contact() + " is already a member of group "
                        + fields.group() + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant now = now();
        List<Membership> created = new ArrayList<>();
        Map<Integer, Set<Integer>> joined = new LinkedHashMap<>();
        for (MembershipFields fields : newMemberships) {
            Membership membership = new Membership(++lastMembershipId, account, fields.group(), fields.contact(), now);
            memberships.put(membership.id(), membership);
            joined.computeIfAbsent(fields.group(), group -> new HashSet<>()).add(fields.contact());
            created.add(membership);
        }
        // one copy of each group's members per request, however many contacts join it
        joined.forEach((group, contactIds) -> changeMembers(group, members -> members.addAll(contactIds)));
        return created;
    }

    @Override
    public synchronized List<Membership> memberships(String account) {
        return memberships.values().stream().filter(membership -> membership.owner().equals(account)).toList();
    }

    @Override
    public synchronized Optional<List<Membership>> membershipsOfContact(String account, int contact) {
        return contact(account, contact).map(found -> memberships.values().stream()
                .filter(membership -> membership.contact() == contact).toList());
    }

    @Override
    public synchronized Optional<List<Membership>> membershipsOfGroup(String account, int group) {
        return group(account, group).map(found -> memberships.values().stream()
                .filter(membership -> membership.group() == group).toList());
    }

    @Override
    public synchronized Optional<Membership> deleteMembership(String account, int id) {
        return Optional.ofNullable(memberships.get(id))
                .filter(membership -> membership.owner().equals(account))
                .map(membership -> removeMembership(id));
    }

    private Membership removeMembership(int id) {
        Membership removed = memberships.remove(id);
        changeMembers(removed.group(), members -> members.remove(removed.contact()));
        return removed;
    }

    private void changeMembers(int id, Consumer<Set<Integer>> change) {
        ContactGroup old = groups.get(id);
        Set<Integer> members = new HashSet<>(old.members());
        change.accept(members);
        groups.put(id, new ContactGroup(id, old.owner(), old.name(), old.color(), old.created(), old.modified(), members));
    }

    @Override
    public synchronized List<BlacklistEntry> addToBlacklist(String account, List<PhoneNumber> phones) {
        Set<String> listed = new HashSet<>(blacklisted(account));
        List<Refusal.Problem> problems = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (!listed.add(phones.get(i).e164())) {
                problems.add(new Refusal.Problem(i, "Phone", phones.get(i).sent() + " is already on the blacklist."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant now = now();
        List<BlacklistEntry> created = new ArrayList<>();
        for (PhoneNumber phone : phones) {
            BlacklistEntry entry = new BlacklistEntry(++lastBlacklistId, account, phone, now);
            blacklist.put(entry.id(), entry);
            created.add(entry);
        }
        return created;
    }

    @Override
    public synchronized List<BlacklistEntry> blacklist(String account) {
        return blacklist.values().stream().filter(entry -> entry.owner().equals(account)).toList();
    }

    @Override
    public synchronized Optional<BlacklistEntry> blacklistEntry(String account, int id) {
        return Optional.ofNullable(blacklist.get(id)).filter(entry -> entry.owner().equals(account));
    }

    @Override
    public synchronized Optional<BlacklistEntry> deleteBlacklistEntry(String account, int id) {
        return blacklistEntry(account, id).map(entry -> blacklist.remove(id));
    }

    private Set<String> blacklisted(String account) {
        Set<String> phones = new HashSet<>();
        blacklist(account).forEach(entry -> phones.add(entry.phone().e164()));
        return phones;
    }

    @Override
    public synchronized Sending sendSms(String account, String from, Recipients recipients,
            Function<PhoneNumber, String> text) {
        Map<String, PhoneNumber> merged = new LinkedHashMap<>();
        recipients.numbers().forEach(phone -> merged.putIfAbsent(phone.e164(), phone));
        List<Refusal.Problem> problems = new ArrayList<>();
        for (int i = 0; i < recipients.contacts().size(); i++) {
            int id = recipients.contacts().get(i);
            Optional<Contact> contact = contact(account, id);
            if (contact.isPresent()) {
                merged.putIfAbsent(contact.get().fields().phone().e164(), contact.get().fields().phone());
            } else {
                problems.add(new Refusal.Problem(i, "Contacts", "Contact " + id + " was not found."));
            }
        }
        for (int i = 0; i < recipients.groups().size(); i++) {
            int id = recipients.groups().get(i);
            Optional<List<Contact>> members = contactsOf(account, id);
            if (members.isPresent()) {
                members.get().forEach(contact -> merged.putIfAbsent(contact.fields().phone().e164(), contact.fields().phone()));
            } else {
                problems.add(new Refusal.Problem(i, "Groups", "Group " + id + " was not found."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Set<String> blacklistedPhones = blacklisted(account);
        List<PhoneNumber> left = new ArrayList<>();
        List<PhoneNumber> blacklistedRecipients = new ArrayList<>();
        merged.values().forEach(phone -> (blacklistedPhones.contains(phone.e164()) ? blacklistedRecipients : left).add(phone));
        if (left.isEmpty()) {
            return new Sending(List.of(), blacklistedRecipients);
        }
        Instant now = now();
        int batch = ++lastBatch;
        String senderKey = Participant.keyOf(from);
        List<SmsMessage> sent = new ArrayList<>();
        for (PhoneNumber to : left) {
            String body = text.apply(to);
            SmsMessage message = new SmsMessage(messages.size() + 1, batch, left.size(), account, Direction.OUTGOING,
                    from, to.sent(), senderKey, to.e164(), body, EncodedText.of(body), to.regionCode(), pricePerSegment,
                    now, List.of(new SmsMessage.StatusChange(DeliveryStatus.GATEWAY, now)));
            messages.add(message);
            sent.add(message);
        }
        return new Sending(sent, blacklistedRecipients);
    }

    @Override
    public synchronized Optional<SmsMessage> message(String account, int id) {
        advanceAll();
        // ids are positions in the history, counted from 1
        return id < 1 || id > messages.size() ? Optional.empty()
                : Optional.of(messages.get(id - 1)).filter(message -> message.id() == id && message.account().equals(account));
    }
}
