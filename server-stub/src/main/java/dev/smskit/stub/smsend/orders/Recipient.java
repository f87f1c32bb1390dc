package dev.smskit.stub.smsend.orders;

import org.jspecify.annotations.Nullable;

/**
 * A recipient of an order: the phone number it is sent to, as the client wrote it, or, for a recipient that cannot
 * receive it, the text as given with the state that says why ({@link Status#UNKNRCPT} or
 * {@link Status#INVALIDDST}).
 */
public record Recipient(String destination, @Nullable Status refused) {

    public static Recipient valid(String phoneNumber) {
        return new Recipient(phoneNumber, null);
    }

    public boolean isValid() {
        return refused == null;
    }
}
