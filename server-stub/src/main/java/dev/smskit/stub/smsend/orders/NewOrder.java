package dev.smskit.stub.smsend.orders;

import java.time.Instant;
import java.util.List;

import dev.smskit.stub.sms.EncodedText;
import org.jspecify.annotations.Nullable;

/**
 * An order to place.
 *
 * @param orderId the order ID the user chose, or {@code null} for a generated UUID
 * @param sender the sender name as given, or {@code null}
 * @param message the text
 * @param text the text as sent (its encoding and segments; one SMS costs a credit per segment)
 * @param notified whether delivery is notified (message type {@code N}), so that SMSs reach {@code DLVRD}
 * @param recipients each recipient once, the invalid ones included
 * @param scheduledFor when to send it, or {@code null} for now
 */
public record NewOrder(@Nullable String orderId, @Nullable String sender, String message, EncodedText text,
        boolean notified, List<Recipient> recipients, @Nullable Instant scheduledFor) {

    public NewOrder {
        recipients = List.copyOf(recipients);
    }

    /** The credits one SMS of the message costs. */
    public int segments() {
        return text.segments();
    }
}
