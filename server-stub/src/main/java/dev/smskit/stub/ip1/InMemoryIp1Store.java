package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        groups.clear();
        messages.clear();
        lastGroupId = 0;
        lastBatch = 0;
        firstPending = 0;
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
        return group(account, id).map(group -> groups.remove(id));
    }

    @Override
    public synchronized Optional<ContactGroup> addMembers(int id, Collection<PhoneNumber> phones) {
        return Optional.ofNullable(groups.get(id)).map(old -> {
            Set<String> members = new HashSet<>(old.members());
            phones.forEach(phone -> members.add(phone.e164()));
            ContactGroup changed = new ContactGroup(id, old.owner(), old.name(), old.color(), old.created(),
                    old.modified(), members);
            groups.put(id, changed);
            return changed;
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
                    Direction.OUTGOING, from, to.e164(), senderKey, to.e164(), body, text, to.regionCode(),
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
                from.e164(), to, from.e164(), Participant.keyOf(to), body, EncodedText.of(body), from.regionCode(),
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
}
