package dev.smskit.stub.smsend;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import dev.smskit.stub.smsend.orders.Recipient;
import dev.smskit.stub.smsend.orders.Status;

/**
 * Phone numbers as an Italian platform reads them: international ({@code +393471234567},
 * {@code 00393471234567}) or Italian without prefix ({@code 3471234567}, {@code 393471234567}), digits
 * only. A text that is no number at all is {@code UNKNRCPT}, a number that cannot exist {@code INVALIDDST}.
 */
final class Recipients {

    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,20}");
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

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
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(text, "IT");
            return NUMBERS.isValidNumber(number)
                    ? Recipient.valid(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : new Recipient(text, Status.INVALIDDST);
        } catch (NumberParseException notANumber) {
            return new Recipient(text, Status.UNKNRCPT);
        }
    }
}
