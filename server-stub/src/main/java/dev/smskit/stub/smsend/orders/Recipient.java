package dev.smskit.stub.smsend.orders;

import org.jspecify.annotations.Nullable;

/**
 * A recipient of an order: the phone number (E.164) it is sent to, or, for a recipient that cannot
 * receive it, the text as given with the state that says why ({@link Status#UNKNRCPT} or
 * {@link Status#INVALIDDST}).
 */
public record Recipient(String destination, @Nullable Status refused) {

    public static Recipient valid(String e164) {
        return new Recipient(e164, null);
    }

    public boolean isValid() {
        return refused == null;
    }
}
