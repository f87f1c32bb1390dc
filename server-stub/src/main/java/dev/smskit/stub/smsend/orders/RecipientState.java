package dev.smskit.stub.smsend.orders;

import java.time.Instant;

/** Where the SMS of one recipient is, and since when (for {@link Status#SCHEDULED}: until when). */
public record RecipientState(String destination, Status status, Instant since) {
}
