package dev.smskit.stub.ip1;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.smskit.stub.sms.Delivery;

/**
 * An IP1 message's delivery status, with its V1 {@code Status} and V2 status {@code code}. V2 code
 * meanings are not published with the API: 101/102/201 are the stub's reading (see ip1-v2.yaml), the
 * names of the failure codes come from https://ip1sms.com/en/developer/statuscodes.
 */
public record DeliveryStatus(int v1Status, String v1Description, int v2Code) {

    public static final DeliveryStatus GATEWAY = new DeliveryStatus(0, "Delivered to gateway", 101);
    public static final DeliveryStatus NETWORK = new DeliveryStatus(21, "Delivered to the GSM network", 102);
    public static final DeliveryStatus PHONE = new DeliveryStatus(22, "Delivered to the phone", 201);

    /**
     * The V2 codes a message can fail with (the failures of the seed's enum): 202 expired, 203 cancelled,
     * 402 to 409 rejected (402 insufficient funds, 403 sender rejected, 404 content rejected), 5xx errors.
     */
    public static final List<Integer> FAILURE_CODES = Stream.of(IntStream.of(202, 203), IntStream.rangeClosed(402, 409),
            IntStream.rangeClosed(500, 503), IntStream.rangeClosed(511, 516), IntStream.of(599))
            .flatMapToInt(codes -> codes).boxed().toList();

    /** IP1's status at a step of a message's delivery; a failure's V2 code is the change's {@code code}. */
    public static DeliveryStatus of(Delivery.Change change) {
        return switch (change.step()) {
            case ACCEPTED -> GATEWAY;
            case NETWORK -> NETWORK;
            case PHONE -> PHONE;
            case FAILED -> failed(Integer.parseInt(change.code()));
            case SCHEDULED -> throw new IllegalArgumentException("IP1 sends at once: no status for " + change);
        };
    }

    /**
     * A failure with V2 code {@code v2Code}, with the V1 {@code Status} REST-API.md lists for failures
     * (github.com/iP1SMS/documentation, 41 and 44 deprecated there): a message that expired or was
     * cancelled (2xx) did not reach the phone (52), a rejected one (4xx) is an error (42), an error
     * (5xx) did not reach the network (51).
     */
    public static DeliveryStatus failed(int v2Code) {
        if (v2Code < 400) {
            return new DeliveryStatus(52, "Delivery to phone failed", v2Code);
        }
        return v2Code < 500 ? new DeliveryStatus(42, "Internal error", v2Code)
                : new DeliveryStatus(51, "Delivery to GSM network failed", v2Code);
    }

    /** Whether {@code code} is a V2 code a message can fail with ({@link #FAILURE_CODES}). */
    public static boolean isFailureCode(String code) {
        return code.matches("[0-9]{3}") && FAILURE_CODES.contains(Integer.parseInt(code));
    }
}
