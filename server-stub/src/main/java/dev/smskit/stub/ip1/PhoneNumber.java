package dev.smskit.stub.ip1;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A valid phone number: its E.164 form ({@code +46701234567}), which identifies it, the region it
 * belongs to, and the text the client sent, which answers echo. The leading {@code +} may be omitted
 * on input, as IP1 writes MSISDNs without it ({@code 46701234567}); spaces, dashes or a national
 * form are refused.
 *
 * @param sent the number as the client wrote it: IP1 answers numbers as stored, unchanged (the
 *     official PHP SDK's recorded contact sends and gets back {@code "Phone":"12025550134"})
 */
public record PhoneNumber(String e164, String regionCode, String sent) {

    private static final Pattern E164 = Pattern.compile("\\+?[1-9][0-9]{1,14}");
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    // libphonenumber takes longer than the rest of a request; clients use the same few numbers again and again
    private static final int CACHED = 10_000;
    private static final Map<String, Optional<PhoneNumber>> PARSED = new ConcurrentHashMap<>();

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || !E164.matcher(text).matches()) {
            return Optional.empty();
        }
        Optional<PhoneNumber> parsed = PARSED.get(text);
        if (parsed == null) {
            if (PARSED.size() >= CACHED) {
                PARSED.clear();
            }
            parsed = parseValid(text);
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    private static Optional<PhoneNumber> parseValid(String text) {
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(text.startsWith("+") ? text : "+" + text, null);
            if (!NUMBERS.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    NUMBERS.getRegionCodeForNumber(number), text));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The MSISDN, as V2 writes numbers: E.164 without the {@code +}. */
    public String msisdn() {
        return e164.substring(1);
    }
}
