package dev.smskit.stub.smsend.orders;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order to place.
 *
 * @param orderId the order ID the user chose, or {@code null} for a generated UUID
 * @param notified whether delivery is notified (message type {@code N}), so that SMSs reach {@code DLVRD}
 * @param segments the credits one SMS of the message costs
 * @param recipients each recipient once, the invalid ones included
 * @param scheduledFor when to send it, or {@code null} for now
 */
public record NewOrder(@Nullable String orderId, boolean notified, int segments, List<Recipient> recipients,
        @Nullable Instant scheduledFor) {

    public NewOrder {
        recipients = List.copyOf(recipients);
    }
}
