package dev.smskit.stub.ip1;

import dev.smskit.stub.sms.DeliveryStep;

/**
 * The delivery steps of IP1 messages, with their V1 {@code Status} and V2 status {@code code}. V2 code
 * meanings are not published: 101/102/201 are the stub's reading (see ip1-v2.yaml).
 */
public enum DeliveryStatus {
    GATEWAY(0, "Delivered to gateway", 101),
    NETWORK(21, "Delivered to the GSM network", 102),
    PHONE(22, "Delivered to the phone", 201);

    private final int v1Status;
    private final String v1Description;
    private final int v2Code;

    DeliveryStatus(int v1Status, String v1Description, int v2Code) {
        this.v1Status = v1Status;
        this.v1Description = v1Description;
        this.v2Code = v2Code;
    }

    /** IP1's name for a step; IP1 messages are sent at once and the stub fails none. */
    public static DeliveryStatus of(DeliveryStep step) {
        return switch (step) {
            case ACCEPTED -> GATEWAY;
            case NETWORK -> NETWORK;
            case PHONE -> PHONE;
            case SCHEDULED, FAILED -> throw new IllegalArgumentException("no IP1 status for " + step);
        };
    }

    public int v1Status() {
        return v1Status;
    }

    public String v1Description() {
        return v1Description;
    }

    public int v2Code() {
        return v2Code;
    }
}
