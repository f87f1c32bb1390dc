package dev.smskit.stub.ip1;

import java.util.Optional;
import java.util.regex.Pattern;
import dev.smskit.stub.sms.PhoneNumber;

/**
 * The other side of a conversation: a phone number or an alphanumeric sender name. Its key is what
 * messages are matched on, so {@code 46701234567} and {@code +46701234567} are the same participant.
 * The portal calls the participant a "name or phone number": digits that are no valid number today
 * (a number plan changes, a short code) are still looked up as they are, never refused.
 */
public final class Participant {

    // a sender name: "an up to 11 character ASCII string" (IP1's REST-API.md, whose examples send From "iP.1"),
    // with at least one letter so that it is no number
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])[\\x20-\\x7E]{1,11}");
    // an MSISDN, whether or not it is a valid number: up to 15 digits, with or without +
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,15}");

    private Participant() {
    }

    /** The key of a participant given by a client; empty when it is neither a phone number nor a name. */
    public static Optional<String> key(String participant) {
        if (participant == null || !DIGITS.matcher(participant).matches() && !NAME.matcher(participant).matches()) {
            return Optional.empty();
        }
        return Optional.of(keyOf(participant));
    }

    /** The key of a sender or recipient as stored: its E.164 number if it is one, otherwise its digits or the text as is. */
    public static String keyOf(String senderOrRecipient) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(senderOrRecipient);
        if (phone.isPresent()) {
            return phone.get().e164();
        }
        return DIGITS.matcher(senderOrRecipient).matches() ? render(senderOrRecipient) : senderOrRecipient;
    }

    /** How V2 writes a participant: MSISDN digits without {@code +}, names as they are. */
    public static String render(String key) {
        return key.startsWith("+") ? key.substring(1) : key;
    }
}
