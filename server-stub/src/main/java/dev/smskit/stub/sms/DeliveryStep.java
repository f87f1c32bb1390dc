package dev.smskit.stub.sms;

/**
 * The steps of a message's delivery, in the order it goes through them: accepted, handed to the
 * network, delivered to the phone; or failed. Each API names them in its own terms.
 */
public enum DeliveryStep {
    /** Waiting for the time it is to be sent. */
    SCHEDULED,
    /** Taken by the platform, not yet handed to the network. */
    ACCEPTED,
    /** Handed to the mobile network. */
    NETWORK,
    /** Delivered to the phone. */
    PHONE,
    /** Never to be delivered. */
    FAILED
}
