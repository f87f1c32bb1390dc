package dev.smskit.stub.ip1;

/**
 * The steps a message goes through, with their V1 {@code Status} and V2 status {@code code}. V2 code
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
