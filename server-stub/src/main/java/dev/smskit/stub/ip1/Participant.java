package dev.smskit.stub.ip1;

import java.util.Optional;
import java.util.regex.Pattern;
import dev.smskit.stub.sms.PhoneNumber;

/**
 * The other side of a conversation: a phone number or an alphanumeric sender name. Its key is what
 * messages are matched on, so {@code 46701234567} and {@code +46701234567} are the same participant.
 */
public final class Participant {

    // an alphanumeric sender ID: up to 11 letters, digits and spaces, at least one letter
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    private Participant() {
    }

    /** The key of a participant given by a client; empty when it is neither a valid phone number nor a name. */
    public static Optional<String> key(String participant) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(participant);
        if (phone.isPresent()) {
            return phone.map(PhoneNumber::e164);
        }
        return participant != null && NAME.matcher(participant).matches() ? Optional.of(participant) : Optional.empty();
    }

    /** The key of a sender or recipient as stored: its E.164 number if it is one, otherwise the text as is. */
    public static String keyOf(String senderOrRecipient) {
        return PhoneNumber.parse(senderOrRecipient).map(PhoneNumber::e164).orElse(senderOrRecipient);
    }

    /** How V2 writes a participant: MSISDN digits without {@code +}, names as they are. */
    public static String render(String key) {
        return key.startsWith("+") ? key.substring(1) : key;
    }
}
