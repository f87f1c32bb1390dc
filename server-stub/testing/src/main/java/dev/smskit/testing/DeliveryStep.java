package dev.smskit.testing;

/** Where a message is on its way, as the stub reports it (V2 status codes 101, 102, 201). */
public enum DeliveryStep {
    /** Accepted, not yet on the network (V1 {@code Status} 0, V2 code 101). */
    GATEWAY,
    /** On the network (V1 {@code Status} 21, V2 code 102). */
    NETWORK,
    /** Delivered to the phone (V1 {@code Status} 22, V2 code 201), the final step. */
    PHONE;

    static DeliveryStep ofV2Code(Integer code) {
        if (code == null) {
            return GATEWAY;
        }
        return code >= 200 ? PHONE : code >= 102 ? NETWORK : GATEWAY;
    }
}
