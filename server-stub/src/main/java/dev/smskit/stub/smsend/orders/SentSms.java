package dev.smskit.stub.smsend.orders;

import java.time.Instant;
import java.util.List;

import dev.smskit.stub.sms.Delivery;

/**
 * One SMS an order sent to one of its valid recipients, as of now.
 *
 * @param orderNumber where its order comes in the order all orders were placed (from 1)
 * @param history     the delivery steps reached so far, oldest first (empty while scheduled)
 */
public record SentSms(long orderNumber, String username, String orderId, NewOrder order, String destination,
        Instant placedAt, Status status, List<Delivery.Change> history) {
}
