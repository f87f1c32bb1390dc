package dev.smskit.common;

/**
 * Where a sent message stands, in the same words for every API: each client maps its API's status
 * codes onto it ({@code Ip1V1.state}, {@code Ip1V2.state}, {@code Smsend.state}).
 */
public enum DeliveryState {
    /** Accepted, scheduled or on its way; the status will change. */
    PENDING,
    /** Delivered to the phone: final. */
    DELIVERED,
    /** Not delivered and never will be (rejected, failed, cancelled, expired): final. */
    FAILED;

    /**
     * Whether the status will not change any more.
     *
     * @return {@code true} for {@link #DELIVERED} and {@link #FAILED}
     */
    public boolean isFinal() {
        return this != PENDING;
    }

    /**
     * Whether the message reached the phone.
     *
     * @return {@code true} for {@link #DELIVERED}
     */
    public boolean isDelivered() {
        return this == DELIVERED;
    }

    /**
     * Whether the message will never reach the phone.
     *
     * @return {@code true} for {@link #FAILED}
     */
    public boolean isFailed() {
        return this == FAILED;
    }
}
