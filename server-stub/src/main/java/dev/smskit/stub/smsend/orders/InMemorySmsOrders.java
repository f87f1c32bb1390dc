package dev.smskit.stub.smsend.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.smskit.stub.StubState;
import dev.smskit.stub.smsend.SmsendProperties;

/**
 * SMS orders in memory. States are not stored but read off the clock against the times an order was
 * given when placed, so they move on without any background work and tests move them on by moving the
 * clock. One lock guards everything, as in the address books.
 */
@Component
public class InMemorySmsOrders implements SmsOrders, StubState {

    private final Object lock = new Object();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Clock clock;
    private final Duration toNetwork;
    private final Duration toPhone;
    private final int credits;

    /** One user's orders, in the order placed, and the credits they took. */
    private static final class Account {
        final Map<String, Order> orders = new LinkedHashMap<>();
        int creditsUsed;
    }

    /** An order with the times its SMSs are sent, handed to the network and delivered. */
    private record Order(boolean notified, int credits, List<Recipient> recipients, Instant placedAt,
            Instant sendAt, Instant sentAt, Instant deliveredAt) {

        RecipientState state(Recipient recipient, Instant now) {
            if (!recipient.isValid()) {
                return new RecipientState(recipient.destination(), recipient.refused(), placedAt);
            }
            if (now.isBefore(sendAt)) {
                return new RecipientState(recipient.destination(), Status.SCHEDULED, sendAt);
            }
            if (now.isBefore(sentAt)) {
                return new RecipientState(recipient.destination(), Status.WAITING, sendAt);
            }
            if (!notified || now.isBefore(deliveredAt)) {
                return new RecipientState(recipient.destination(), Status.SENT, sentAt);
            }
            return new RecipientState(recipient.destination(), Status.DLVRD, deliveredAt);
        }
    }

    // the clock is replaceable so that tests move deliveries on without waiting
    public InMemorySmsOrders(SmsendProperties properties, ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.toNetwork = properties.delivery().toNetwork();
        this.toPhone = properties.delivery().toPhone();
        this.credits = properties.credits();
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
            account.orders.put(orderId, new Order(order.notified(), cost, order.recipients(), now, sendAt,
                    sendAt.plus(toNetwork), sendAt.plus(toPhone)));
            account.creditsUsed += cost;
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
            if (!clock.instant().isBefore(order.get().sendAt())) {
                return Cancellation.NOT_SCHEDULED;
            }
            Account account = accounts.get(username);
            account.orders.remove(orderId);
            account.creditsUsed -= order.get().credits();
            return Cancellation.DELETED;
        }
    }

    @Override
    public int settle(boolean delivered) {
        synchronized (lock) {
            Instant now = clock.instant();
            int settled = 0;
            for (Account account : accounts.values()) {
                for (Map.Entry<String, Order> entry : account.orders.entrySet()) {
                    Order order = entry.getValue();
                    boolean due = !now.isBefore(order.sendAt());
                    boolean toNetwork = now.isBefore(order.sentAt());
                    boolean toPhone = delivered && order.notified() && now.isBefore(order.deliveredAt());
                    if (due && (toNetwork || toPhone)) {
                        entry.setValue(new Order(order.notified(), order.credits(), order.recipients(),
                                order.placedAt(), order.sendAt(), toNetwork ? now : order.sentAt(),
                                toPhone ? now : order.deliveredAt()));
                        settled += (int) order.recipients().stream().filter(Recipient::isValid).count();
                    }
                }
            }
            return settled;
        }
    }

    @Override
    public void reset() {
        synchronized (lock) {
            accounts.clear();
        }
    }

    private Optional<Order> order(String username, String orderId) {
        Account account = accounts.get(username);
        return account == null ? Optional.empty() : Optional.ofNullable(account.orders.get(orderId));
    }
}
