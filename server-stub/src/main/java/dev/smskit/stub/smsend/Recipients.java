package dev.smskit.stub.smsend;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.smsend.orders.Recipient;
import dev.smskit.stub.smsend.orders.Status;

/**
 * Phone numbers as an Italian platform reads them: international ({@code +393471234567},
 * {@code 00393471234567}) or Italian without prefix ({@code 3471234567}, {@code 393471234567}), digits
 * only. A text that is no number at all is {@code UNKNRCPT}, a number that cannot exist {@code INVALIDDST}.
 */
final class Recipients {

    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,20}");

    private Recipients() {
    }

    /**
     * Each recipient once, as the client wrote it first: numbers written differently are one recipient
     * when they are the same number (no public answer shows smsend rewriting a number, so none is rewritten).
     */
    static List<Recipient> of(Collection<String> texts) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (String text : texts) {
            Recipient recipient = of(text);
            recipients.putIfAbsent(recipient.isValid() ? PhoneNumber.read(text, "IT").valid().orElseThrow().e164() : text, recipient);
        }
        return List.copyOf(recipients.values());
    }

    static Recipient of(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return new Recipient(text, Status.UNKNRCPT);
        }
        PhoneNumber.Reading reading = PhoneNumber.read(text, "IT");
        return switch (reading.kind()) {
            case VALID -> Recipient.valid(text);
            case INVALID -> new Recipient(text, Status.INVALIDDST);
            case NOT_A_NUMBER -> new Recipient(text, Status.UNKNRCPT);
        };
    }
}
