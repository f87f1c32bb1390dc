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

    /** Each recipient once: numbers written differently are one recipient when they are the same number. */
    static List<Recipient> of(Collection<String> texts) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        texts.stream().map(Recipients::of).forEach(recipient -> recipients.putIfAbsent(recipient.destination(), recipient));
        return List.copyOf(recipients.values());
    }

    static Recipient of(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return new Recipient(text, Status.UNKNRCPT);
        }
        PhoneNumber.Reading reading = PhoneNumber.read(text, "IT");
        return switch (reading.kind()) {
            case VALID -> Recipient.valid(reading.valid().orElseThrow().e164());
            case INVALID -> new Recipient(text, Status.INVALIDDST);
            case NOT_A_NUMBER -> new Recipient(text, Status.UNKNRCPT);
        };
    }
}
