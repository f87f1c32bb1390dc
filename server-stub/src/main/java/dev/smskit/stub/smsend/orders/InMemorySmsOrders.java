package dev.smskit.stub.smsend.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.FailingRecipients;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.Retention;
import dev.smskit.stub.smsend.SmsendProperties;

/**
 * SMS orders in memory. Their SMSs move on with the stub's clock (see {@link Delivery}), so tests move
 * them on by moving the clock. One lock guards everything, as in the address books. Each user keeps
 * its newest {@link Retention#messagesPerAccount()} orders; a dropped order is unknown from then on,
 * while the credits it took stay used.
 */
@Component
public class InMemorySmsOrders implements SmsOrders {

    private final Object lock = new Object();
    private final Map<String, Account> accounts = new HashMap<>();
    private long lastNumber;
    private final Clock clock;
    private final DeliverySchedule schedule;
    private final int credits;
    private final int retained;
    private final FailingRecipients failing;

    /** One user's orders, in the order placed, and the credits they took. */
    private static final class Account {
        final Map<String, Order> orders = new LinkedHashMap<>();
        int creditsUsed;
    }

    /**
     * An order: its valid recipients share one delivery, but for those that fail (by number or through the
     * control API), which have their own.
     */
    private record Order(long number, NewOrder placed, int credits, List<Recipient> recipients, Instant placedAt,
            Delivery delivery, Map<String, Delivery> own) {

        RecipientState state(Recipient recipient, Instant now) {
            if (!recipient.isValid()) {
                return new RecipientState(recipient.destination(), recipient.refused(), placedAt);
            }
            Delivery.Change change = delivery(recipient).at(now);
            return new RecipientState(recipient.destination(), Status.of(change), change.at());
        }

        Delivery delivery(Recipient recipient) {
            return own.getOrDefault(recipient.destination(), delivery);
        }

        /** The order with every delivery settled to {@code until} {@code now}; this one if none moved on. */
        Order settle(Instant now, DeliveryStep until) {
            Map<String, Delivery> settledOwn = new HashMap<>();
            own.forEach((destination, delivery) -> settledOwn.put(destination, delivery.settle(now, until)));
            Delivery settled = delivery.settle(now, until);
            return settled == delivery && settledOwn.equals(own) ? this
                    : new Order(number, placed, credits, recipients, placedAt, settled, Map.copyOf(settledOwn));
        }

        /** The order with one recipient's delivery {@code changed}. */
        Order with(Recipient recipient, Delivery changed) {
            Map<String, Delivery> changedOwn = new HashMap<>(own);
            changedOwn.put(recipient.destination(), changed);
            return new Order(number, placed, credits, recipients, placedAt, delivery, Map.copyOf(changedOwn));
        }

        int sms() {
            return (int) recipients.stream().filter(Recipient::isValid).count();
        }
    }

    public InMemorySmsOrders(SmsendProperties properties, Retention retention, Clock clock) {
        this.clock = clock;
        this.schedule = properties.delivery();
        this.credits = properties.credits();
        this.retained = retention.messagesPerAccount();
        this.failing = new FailingRecipients("smskit.stub.smsend.failing-recipients", properties.failingRecipients(),
                Status::isFailure);
    }

    @Override
    public PlacedOrder place(String username, NewOrder order) {
        synchronized (lock) {
            Account account = accounts.computeIfAbsent(username, name -> new Account());
            // a UUID without its dashes: 32 characters, within the rule a client checks an order_id against
            String orderId = order.orderId() != null ? order.orderId() : UUID.randomUUID().toString().replace("-", "");
            if (account.orders.containsKey(orderId)) {
                throw new OrderRefusedException("Invalid order_id: " + orderId + " is already used");
            }
            int sms = (int) order.recipients().stream().filter(Recipient::isValid).count();
            int cost = sms * order.segments();
            int remaining = credits - account.creditsUsed;
            if (cost > remaining) {
                throw new OrderRefusedException(
                        "Not enough credits: the order needs " + cost + ", " + remaining + " left");
            }
            Instant now = clock.instant();
            Instant sendAt = order.scheduledFor() != null && order.scheduledFor().isAfter(now)
                    ? order.scheduledFor() : now;
            // accepted like any other: the network fails them later
            Map<String, Delivery> own = new HashMap<>();
            order.recipients().stream().filter(Recipient::isValid).forEach(recipient -> failing
                    .code(PhoneNumber.read(recipient.destination(), "IT").valid().orElseThrow())
                    .ifPresent(state -> own.put(recipient.destination(), Delivery.failing(sendAt, schedule, state))));
            account.orders.put(orderId, new Order(++lastNumber, order, cost, order.recipients(), now,
                    Delivery.sent(sendAt, schedule, order.notified()), Map.copyOf(own)));
            account.creditsUsed += cost;
            if (account.orders.size() > retained) {
                // the first in a LinkedHashMap is the oldest placed
                Iterator<Order> oldest = account.orders.values().iterator();
                oldest.next();
                oldest.remove();
            }
            return new PlacedOrder(orderId, sms, cost, remaining - cost);
        }
    }

    @Override
    public Optional<List<RecipientState>> state(String username, String orderId) {
        synchronized (lock) {
            Instant now = clock.instant();
            return order(username, orderId).map(order -> order.recipients().stream()
                    .map(recipient -> order.state(recipient, now))
                    .toList());
        }
    }

    @Override
    public Cancellation cancel(String username, String orderId) {
        synchronized (lock) {
            Optional<Order> order = order(username, orderId);
            if (order.isEmpty()) {
                return Cancellation.NOT_FOUND;
            }
            if (order.get().delivery().at(clock.instant()).step() != DeliveryStep.SCHEDULED) {
                return Cancellation.NOT_SCHEDULED;
            }
            Account account = accounts.get(username);
            account.orders.remove(orderId);
            account.creditsUsed -= order.get().credits();
            return Cancellation.DELETED;
        }
    }

    @Override
    public int settle(DeliveryStep until) {
        synchronized (lock) {
            Instant now = clock.instant();
            int settled = 0;
            for (Account account : accounts.values()) {
                for (Map.Entry<String, Order> entry : account.orders.entrySet()) {
                    Order order = entry.getValue();
                    Order settledOrder = order.settle(now, until);
                    if (settledOrder != order) {
                        entry.setValue(settledOrder);
                        settled += order.sms();
                    }
                }
            }
            return settled;
        }
    }

    @Override
    public List<SentSms> sent() {
        synchronized (lock) {
            Instant now = clock.instant();
            List<SentSms> sent = new ArrayList<>();
            accounts.forEach((username, account) -> addSent(username, account, now, sent));
            // in the order placed across users, not in the users' hash order
            sent.sort(Comparator.comparingLong(SentSms::orderNumber));
            return sent;
        }
    }

    @Override
    public List<SentSms> sent(String username) {
        synchronized (lock) {
            List<SentSms> sent = new ArrayList<>();
            Account account = accounts.get(username);
            if (account != null) {
                addSent(username, account, clock.instant(), sent);
            }
            return sent;
        }
    }

    private static void addSent(String username, Account account, Instant now, List<SentSms> sent) {
        account.orders.forEach((orderId, order) -> order.recipients().stream()
                .filter(Recipient::isValid)
                .forEach(recipient -> sent.add(new SentSms(order.number(), username, orderId, order.placed(),
                        recipient.destination(), order.placedAt(), order.state(recipient, now).status(),
                        order.delivery(recipient).history(now)))));
    }

    @Override
    public boolean settle(String username, String orderId, DeliveryStep until) {
        synchronized (lock) {
            Optional<Order> found = order(username, orderId);
            found.ifPresent(order -> accounts.get(username).orders.put(orderId, order.settle(clock.instant(), until)));
            return found.isPresent();
        }
    }

    @Override
    public Optional<Failing> fail(String username, String orderId, List<String> destinations, String state) {
        synchronized (lock) {
            Optional<Order> found = order(username, orderId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Order order = found.get();
            List<Recipient> chosen = order.recipients().stream()
                    .filter(recipient -> recipient.isValid() && destinations.contains(recipient.destination()))
                    .toList();
            if (chosen.size() < destinations.size()) {
                return Optional.empty();
            }
            List<Recipient> done = chosen.stream().filter(recipient -> order.delivery(recipient).isFinal(now)).toList();
            if (!done.isEmpty()) {
                return Optional.of(new Failing(List.of(), done.stream().map(recipient -> order.state(recipient, now)).toList()));
            }
            Order failed = order;
            for (Recipient recipient : chosen) {
                failed = failed.with(recipient, order.delivery(recipient).fail(now, state));
            }
            accounts.get(username).orders.put(orderId, failed);
            Order after = failed;
            return Optional.of(new Failing(chosen.stream().map(recipient -> after.state(recipient, now)).toList(), List.of()));
        }
    }

    @Override
    public int remainingCredits(String username) {
        synchronized (lock) {
            Account account = accounts.get(username);
            return credits - (account == null ? 0 : account.creditsUsed);
        }
    }

    @Override
    public void remainingCredits(String username, int remaining) {
        synchronized (lock) {
            accounts.computeIfAbsent(username, name -> new Account()).creditsUsed = credits - remaining;
        }
    }

    @Override
    public void reset(String username) {
        synchronized (lock) {
            accounts.remove(username);
        }
    }

    @Override
    public void reset() {
        synchronized (lock) {
            accounts.clear();
            lastNumber = 0;
        }
    }

    private Optional<Order> order(String username, String orderId) {
        Account account = accounts.get(username);
        return account == null ? Optional.empty() : Optional.ofNullable(account.orders.get(orderId));
    }
}
