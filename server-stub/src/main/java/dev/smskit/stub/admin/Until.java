package dev.smskit.stub.admin;

import java.util.List;
import java.util.Map;

import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.web.StubError;

/** The {@code until} of a settle: the step pending messages move on to. */
public final class Until {

    private Until() {
    }

    /** {@code NETWORK} or {@code PHONE}; anything else is a 400 naming {@code until}. */
    public static DeliveryStep parse(String until) {
        return switch (until) {
            case "NETWORK" -> DeliveryStep.NETWORK;
            case "PHONE" -> DeliveryStep.PHONE;
            default -> throw StubError.invalid("The request is invalid.",
                    Map.of("until", List.of("must be NETWORK or PHONE")));
        };
    }
}
