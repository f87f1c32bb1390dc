package dev.smskit.stub.smsend.orders;

import dev.smskit.stub.sms.Delivery;

/**
 * The states the stub puts an SMS in, named as smsend answers them (smsend REST API, "Get SMS message
 * state"; the long names in brackets are the platform's).
 */
public enum Status {
    /** Waiting for its scheduled time ({@code WAITING_DELAYED}). */
    SCHEDULED,
    /** Due, not yet handed to the network. */
    WAITING,
    /** Handed to the network; final for message types without reception notification. */
    SENT,
    /** Delivered to the phone ({@code DELIVERY_RECEIVED}). */
    DLVRD,
    /** Not a phone number ({@code UNPARSABLE_RCPT}); never sent, or failed. */
    UNKNRCPT,
    /** A phone number that does not exist ({@code INVALID_DESTINATION}); never sent, or failed. */
    INVALIDDST,
    /** Rejected by the SMS centre ({@code SMSC_REJECTED}): failed. */
    KO,
    /** Failed with an error. */
    ERROR,
    /** Not delivered in time: failed. */
    TIMEOUT,
    /** The number's prefix is unknown ({@code UNKNOWN_PREFIX}): failed. */
    UNKNPFX,
    /** The recipient is blacklisted: failed. */
    BLACKLISTED,
    /** The contents are not allowed: failed. */
    INVALIDCONTENTS,
    /** Too many messages for the user: failed. */
    TOOM4USER,
    /** Too many messages for the number: failed. */
    TOOM4NUM;

    /** The states an SMS the stub accepted can fail with. */
    public static boolean isFailure(String state) {
        return switch (state) {
            case "KO", "ERROR", "TIMEOUT", "UNKNRCPT", "UNKNPFX", "INVALIDDST", "BLACKLISTED", "INVALIDCONTENTS",
                    "TOOM4USER", "TOOM4NUM" -> true;
            default -> false;
        };
    }

    /** The state of an SMS at a step of its delivery; a failure's state is the change's {@code code}. */
    static Status of(Delivery.Change change) {
        return switch (change.step()) {
            case SCHEDULED -> SCHEDULED;
            case ACCEPTED -> WAITING;
            case NETWORK -> SENT;
            case PHONE -> DLVRD;
            case FAILED -> valueOf(change.code());
        };
    }
}
