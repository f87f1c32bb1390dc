package dev.smskit.stub.smsend.orders;

import dev.smskit.stub.sms.DeliveryStep;

/** The states the stub puts an SMS in, named as smsend answers them. */
public enum Status {
    /** Waiting for its scheduled time ({@code WAITING_DELAYED}). */
    SCHEDULED,
    /** Due, not yet handed to the network. */
    WAITING,
    /** Handed to the network; final for message types without reception notification. */
    SENT,
    /** Delivered to the phone ({@code DELIVERY_RECEIVED}). */
    DLVRD,
    /** Not a phone number ({@code UNPARSABLE_RCPT}); never sent. */
    UNKNRCPT,
    /** A phone number that does not exist ({@code INVALID_DESTINATION}); never sent. */
    INVALIDDST;

    /** The state of an SMS at a step of its delivery. */
    static Status of(DeliveryStep step) {
        return switch (step) {
            case SCHEDULED -> SCHEDULED;
            case ACCEPTED -> WAITING;
            case NETWORK -> SENT;
            case PHONE -> DLVRD;
            // the stub fails no SMS it takes: a recipient it cannot send to is refused when the order is placed
            case FAILED -> throw new IllegalArgumentException("no smsend state for a failed delivery");
        };
    }
}
