package dev.smskit.stub.ip1.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.SmsMessage.Direction;
import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.FailingRecipients;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.Retention;

/**
 * {@link MessageJournal} in memory; not thread-safe (see {@link InMemoryIp1Stores}). Statuses are
 * brought up to date when messages are read, and only for the recent, pending ones. It keeps at most
 * {@link Retention#messagesPerAccount()} messages: whole batches go, oldest first, so a batch is never
 * half there (the newest one stays even when it alone is larger).
 */
final class InMemoryMessageJournal implements MessageJournal {

    private final String account;
    private final Ids ids;
    private final Now now;
    private final DeliverySchedule schedule;
    private final BigDecimal pricePerSegment;
    private final int retained;
    private final FailingRecipients failing;
    // dropped messages are nulled before index first and cut off in bulk, so a drop is O(1) amortised
    private final List<SmsMessage> messages = new ArrayList<>();
    private int first;
    // how many messages were cut off the front of messages: a position minus this is an index
    private int cut;
    // position in messages by message id
    private final Map<Integer, Integer> positions = new HashMap<>();
    // V2 options by batch number; batches without an entry were sent through V1
    private final Map<Integer, Batch.Options> batchOptions = new HashMap<>();
    // every message before this index is final: reads only look at the recent, pending ones
    private int firstPending;

    InMemoryMessageJournal(String account, Ids ids, Now now, DeliverySchedule schedule, BigDecimal pricePerSegment,
            Retention retention, FailingRecipients failing) {
        this.failing = failing;
        this.account = account;
        this.retained = retention.messagesPerAccount();
        this.ids = ids;
        this.now = now;
        this.schedule = schedule;
        this.pricePerSegment = pricePerSegment;
    }

    @Override
    public List<SmsMessage> record(SmsMessage.Api api, String from, List<Outgoing> outgoing, Batch.Options options) {
        Instant sent = now.get();
        int batch = ids.batches.incrementAndGet();
        Delivery delivery = Delivery.sent(sent, schedule, true);
        String senderKey = Participant.keyOf(from);
        List<SmsMessage> recorded = new ArrayList<>();
        for (Outgoing message : outgoing) {
            PhoneNumber to = message.to();
            // accepted like any other: the network fails it later
            Delivery toRecipient = failing.code(to).map(code -> Delivery.failing(sent, schedule, code)).orElse(delivery);
            recorded.add(add(new SmsMessage(ids.messages.incrementAndGet(), batch, outgoing.size(), account,
                    Direction.OUTGOING, from, to.sent(), senderKey, to.e164(), message.body(), message.text(),
                    to.regionCode(), pricePerSegment, sent, toRecipient, sent, api)));
        }
        if (!options.equals(Batch.Options.DEFAULTS)) {
            batchOptions.put(batch, options);
        }
        dropOldest();
        return recorded;
    }

    @Override
    public SmsMessage receive(PhoneNumber from, String to, String body) {
        Instant received = now.get();
        SmsMessage message = add(new SmsMessage(ids.messages.incrementAndGet(), ids.batches.incrementAndGet(), 1, account,
                Direction.INCOMING, from.sent(), to, from.e164(), Participant.keyOf(to), body, EncodedText.of(body),
                from.regionCode(), BigDecimal.ZERO, received, Delivery.arrived(received), received, null));
        dropOldest();
        return message;
    }

    @Override
    public List<SmsMessage> conversation(String participantKey) {
        advance();
        return retained().stream().filter(message -> message.involves(participantKey)).toList();
    }

    @Override
    public List<SmsMessage> messages() {
        advance();
        return List.copyOf(retained());
    }

    @Override
    public Optional<SmsMessage> message(int id) {
        advance();
        return Optional.ofNullable(positions.get(id)).map(position -> messages.get(position - cut));
    }

    @Override
    public List<Batch> batches() {
        advance();
        Map<Integer, List<SmsMessage>> byBatch = new LinkedHashMap<>();
        for (SmsMessage message : retained()) {
            if (message.direction() == Direction.OUTGOING) {
                byBatch.computeIfAbsent(message.batch(), batch -> new ArrayList<>()).add(message);
            }
        }
        return byBatch.entrySet().stream()
                .map(batch -> new Batch(batch.getKey(), batchOptions(batch.getKey()), batch.getValue()))
                .toList();
    }

    @Override
    public Optional<Batch> batch(int number) {
        advance();
        List<SmsMessage> batch = retained().stream()
                .filter(message -> message.batch() == number && message.direction() == Direction.OUTGOING)
                .toList();
        return batch.isEmpty() ? Optional.empty() : Optional.of(new Batch(number, batchOptions(number), batch));
    }

    @Override
    public Batch.Options batchOptions(int number) {
        return batchOptions.getOrDefault(number, Batch.Options.DEFAULTS);
    }

    @Override
    public int settle(DeliveryStep until) {
        Instant at = now.get();
        int settled = 0;
        for (int i = firstPending; i < messages.size(); i++) {
            SmsMessage message = messages.get(i);
            Delivery delivery = message.delivery().settle(at, until);
            if (delivery != message.delivery()) {
                messages.set(i, message.withDelivery(delivery, at));
                settled++;
            }
        }
        advance();
        return settled;
    }

    @Override
    public Optional<SmsMessage> settle(int id, DeliveryStep until) {
        return change(id, (delivery, at) -> delivery.settle(at, until));
    }

    @Override
    public Optional<SmsMessage> fail(int id, String code) {
        return change(id, (delivery, at) -> delivery.isFinal(at) ? delivery : delivery.fail(at, code));
    }

    /** Changes one message's delivery now; the message as of now, empty if it is not (or no longer) here. */
    private Optional<SmsMessage> change(int id, BiFunction<Delivery, Instant, Delivery> how) {
        Integer position = positions.get(id);
        if (position == null) {
            return Optional.empty();
        }
        Instant at = now.get();
        int index = position - cut;
        SmsMessage message = messages.get(index);
        Delivery delivery = how.apply(message.delivery(), at);
        if (delivery != message.delivery()) {
            messages.set(index, message.withDelivery(delivery, at));
        }
        advance();
        return Optional.of(messages.get(index));
    }

    private SmsMessage add(SmsMessage message) {
        positions.put(message.id(), cut + messages.size());
        messages.add(message);
        return message;
    }

    private List<SmsMessage> retained() {
        return messages.subList(first, messages.size());
    }

    /** Drops the oldest batches beyond the retention, never the newest one. */
    private void dropOldest() {
        if (messages.size() - first <= retained) {
            return;
        }
        int newest = messages.get(messages.size() - 1).batch();
        while (messages.size() - first > retained && messages.get(first).batch() != newest) {
            int batch = messages.get(first).batch();
            while (messages.get(first).batch() == batch) {
                positions.remove(messages.get(first).id());
                messages.set(first++, null);
            }
            batchOptions.remove(batch);
        }
        firstPending = Math.max(firstPending, first);
        // cut once as many are dropped as kept: each cut costs at most twice what was dropped since the last
        if (first > 0 && 2 * first >= messages.size()) {
            messages.subList(0, first).clear();
            cut += first;
            firstPending -= first;
            first = 0;
        }
    }

    /** Reads the pending messages as of now. */
    private void advance() {
        Instant at = now.get();
        for (int i = firstPending; i < messages.size(); i++) {
            messages.set(i, messages.get(i).asOf(at));
        }
        while (firstPending < messages.size() && !messages.get(firstPending).isPending()) {
            firstPending++;
        }
    }
}
