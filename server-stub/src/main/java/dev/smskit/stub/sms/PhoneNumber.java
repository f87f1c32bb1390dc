package dev.smskit.stub.sms;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * A valid phone number: its E.164 form ({@code +46701234567}), which identifies it, the region it
 * belongs to, and the text the client sent, which answers echo. Every API reads numbers through here
 * (libphonenumber, one cache); what a text that is no valid number means is each API's own answer.
 *
 * @param sent the number as the client wrote it: IP1 answers numbers as stored, unchanged (the
 *     official PHP SDK's recorded contact sends and gets back {@code "Phone":"12025550134"})
 */
public record PhoneNumber(String e164, String regionCode, String sent) {

    /** What a text is, read as a phone number. */
    public enum Kind {
        /** A number that exists: {@link Reading#number()} holds it. */
        VALID,
        /** Digits that cannot be a number in any region (or the region given). */
        INVALID,
        /** No phone number at all. */
        NOT_A_NUMBER
    }

    /** A text read as a phone number: the number when {@link Kind#VALID}, else null. */
    public record Reading(Kind kind, @Nullable PhoneNumber number) {

        private static final Reading INVALID = new Reading(Kind.INVALID, null);
        private static final Reading NOT_A_NUMBER = new Reading(Kind.NOT_A_NUMBER, null);

        public Optional<PhoneNumber> valid() {
            return Optional.ofNullable(number);
        }
    }

    private static final Pattern E164 = Pattern.compile("\\+?[1-9][0-9]{1,14}");
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    // libphonenumber takes longer than the rest of a request; clients use the same few numbers again and again
    private static final int CACHED = 10_000;
    // keyed by the text alone without a region (the hot case: no key to allocate), else by both
    private static final Map<Object, Reading> READ = new ConcurrentHashMap<>();

    private record InRegion(String region, String text) {
    }

    /**
     * A number in E.164 form; the leading {@code +} may be omitted, as IP1 writes MSISDNs without it
     * ({@code 46701234567}). Spaces, dashes or a national form are refused.
     */
    public static Optional<PhoneNumber> parse(@Nullable String text) {
        if (text == null || !E164.matcher(text).matches()) {
            return Optional.empty();
        }
        return read(text.startsWith("+") ? text : "+" + text, null).valid().map(number -> number.writtenAs(text));
    }

    /**
     * Reads a text as libphonenumber does: with a country code ({@code +39...}, {@code 0039...}), or
     * as a national number of {@code region} when one is given.
     */
    public static Reading read(String text, @Nullable String region) {
        Object key = region == null ? text : new InRegion(region, text);
        Reading reading = READ.get(key);
        if (reading == null) {
            if (READ.size() >= CACHED) {
                READ.clear();
            }
            reading = readUncached(text, region);
            READ.put(key, reading);
        }
        return reading;
    }

    private static Reading readUncached(String text, @Nullable String region) {
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(text, region);
            if (!NUMBERS.isValidNumber(number)) {
                return Reading.INVALID;
            }
            return new Reading(Kind.VALID, new PhoneNumber(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    NUMBERS.getRegionCodeForNumber(number), text));
        } catch (NumberParseException notANumber) {
            return Reading.NOT_A_NUMBER;
        }
    }

    /** The same number as a client wrote it. */
    public PhoneNumber writtenAs(String text) {
        return text.equals(sent) ? this : new PhoneNumber(e164, regionCode, text);
    }

    /** The MSISDN, as IP1 V2 writes numbers: E.164 without the {@code +}. */
    public String msisdn() {
        return e164.substring(1);
    }
}
