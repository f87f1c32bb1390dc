package dev.smskit.testing;

/** Where a message is on its way, as the stub reports it (V2 status codes 101, 102, 201; or a failure). */
public enum DeliveryStep {
    /** Accepted (or scheduled), not yet on the network (V1 {@code Status} 0, V2 code 101, smsend {@code WAITING}). */
    GATEWAY,
    /** On the network (V1 {@code Status} 21, V2 code 102, smsend {@code SENT}). */
    NETWORK,
    /** Delivered to the phone (V1 {@code Status} 22, V2 code 201, smsend {@code DLVRD}), a final step. */
    PHONE,
    /**
     * Never to be delivered (V1 {@code Status} 42, 51 or 52, V2 codes 202, 203, 4xx and 5xx, smsend
     * {@code KO}, {@code TIMEOUT}, ...), the other final step: {@link RecordedSms#code()} says which.
     */
    FAILED;

    static DeliveryStep of(dev.smskit.testing.control.model.DeliveryStep step) {
        return switch (step) {
            case SCHEDULED, ACCEPTED -> GATEWAY;
            case NETWORK -> NETWORK;
            case PHONE -> PHONE;
            case FAILED -> FAILED;
        };
    }
}
