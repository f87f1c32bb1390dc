package dev.smskit.ip1.v1;

import dev.smskit.common.DeliveryState;

/**
 * The {@code Status} of a V1 SMS ({@code ProcessedOutgoingSMS.getStatus()}), typed: the codes of
 * IP1's REST-API.md "Status codes" table, with its wording. The REST API uses 0, 21, 22, 42, 51
 * and 52; the others come from IP1's older interfaces and are listed so that they read as what they
 * are if they ever appear.
 */
public enum SmsStatus {
    /** 0: accepted by IP1's gateway, on its way. */
    DELIVERED_TO_GATEWAY(0, "Delivered to gateway", DeliveryState.PENDING),
    /** 1: the gateway refused the login. */
    GATEWAY_LOGIN_FAILED(1, "Gateway login failed", DeliveryState.FAILED),
    /** 3: the phone number is not valid. */
    INVALID_PHONE_NUMBER(3, "Invalid phone number format", DeliveryState.FAILED),
    /** 11: scheduled for later. */
    DELAYED_DELIVERY(11, "Delayed delivery", DeliveryState.PENDING),
    /** 12: a scheduled message was cancelled. */
    DELAYED_DELIVERY_CANCELLED(12, "Delayed delivery cancelled", DeliveryState.FAILED),
    /** 21: handed to the GSM network; it may take up to 48 hours to reach the phone. */
    DELIVERED_TO_NETWORK(21, "Delivered to the GSM network", DeliveryState.PENDING),
    /** 22: delivered to the phone. */
    DELIVERED_TO_PHONE(22, "Delivered to the phone", DeliveryState.DELIVERED),
    /** 41: invalid message content (deprecated). */
    INVALID_MESSAGE_CONTENT(41, "Invalid message content", DeliveryState.FAILED),
    /** 42: IP1's internal error; send again. */
    INTERNAL_ERROR(42, "Internal error", DeliveryState.FAILED),
    /** 44: delivery failed (deprecated). */
    DELIVERY_FAILED(44, "Delivery failed", DeliveryState.FAILED),
    /** 50: general delivery error. */
    GENERAL_DELIVERY_ERROR(50, "General delivery error", DeliveryState.FAILED),
    /** 51: the GSM network did not take the message. */
    DELIVERY_TO_NETWORK_FAILED(51, "Delivery to GSM network failed", DeliveryState.FAILED),
    /** 52: the network could not deliver it to the phone. */
    DELIVERY_TO_PHONE_FAILED(52, "Delivery to phone failed", DeliveryState.FAILED),
    /** 100: the account has too few credits. */
    INSUFFICIENT_CREDITS(100, "Insufficient credits", DeliveryState.FAILED),
    /** 101: wrong account credentials. */
    WRONG_CREDENTIALS(101, "Wrong account credentials", DeliveryState.FAILED),
    /** 110: a parameter was wrong. */
    PARAMETER_ERROR(110, "Parameter error", DeliveryState.FAILED),
    /** A code not in IP1's table (or none): {@code StatusDescription} says more. */
    UNKNOWN(-1, "Unknown status", DeliveryState.PENDING);

    private final int code;
    private final String description;
    private final DeliveryState state;

    SmsStatus(int code, String description, DeliveryState state) {
        this.code = code;
        this.description = description;
        this.state = state;
    }

    /**
     * The status of a code.
     *
     * @param code the {@code Status} the API answered, or {@code null}
     * @return its constant, or {@link #UNKNOWN}
     */
    public static SmsStatus of(Integer code) {
        if (code != null) {
            for (SmsStatus status : values()) {
                if (status.code == code) {
                    return status;
                }
            }
        }
        return UNKNOWN;
    }

    /**
     * The code the API sends.
     *
     * @return for example {@code 22}, or {@code -1} for {@link #UNKNOWN}
     */
    public int code() {
        return code;
    }

    /**
     * IP1's wording of the status.
     *
     * @return for example {@code Delivered to the phone}
     */
    public String description() {
        return description;
    }

    /**
     * Where the message stands.
     *
     * @return pending, delivered or failed
     */
    public DeliveryState state() {
        return state;
    }

    /**
     * Whether the message reached the phone (22).
     *
     * @return {@code true} for {@link #DELIVERED_TO_PHONE}
     */
    public boolean isDelivered() {
        return state.isDelivered();
    }

    /**
     * Whether the message will never reach the phone.
     *
     * @return {@code true} for the failure codes and a cancelled delayed delivery
     */
    public boolean isFailed() {
        return state.isFailed();
    }

    /**
     * Whether the status will not change any more.
     *
     * @return {@code true} once delivered or failed
     */
    public boolean isFinal() {
        return state.isFinal();
    }
}
