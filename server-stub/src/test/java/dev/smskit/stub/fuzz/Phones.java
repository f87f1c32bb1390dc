package dev.smskit.stub.fuzz;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/** Mobile numbers in E.164 that libphonenumber holds valid, from a few dozen countries. */
final class Phones {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of(
            "SE", "NO", "FI", "DK", "IT", "DE", "GB", "FR", "ES", "NL", "PL", "CH", "AT", "US", "CA", "BR",
            "MX", "IN", "JP", "CN", "AU", "ZA", "NG", "EG", "AE", "TR", "RU", "UA", "IE", "PT");
    /** Reserved for the second account, never generated for the fuzzed one. */
    static final String OTHER_ACCOUNT = "+46709999901";

    private Phones() {
    }

    /** A region's example mobile number with its last four digits chosen, kept only while still valid. */
    static String mobile(Choices choices) {
        String region = REGIONS.get(choices.below(REGIONS.size()));
        PhoneNumber example = NUMBERS.getExampleNumberForType(region, PhoneNumberType.MOBILE);
        long national = example.getNationalNumber();
        PhoneNumber varied = new PhoneNumber().setCountryCode(example.getCountryCode())
                .setNationalNumber(national - national % 10_000 + choices.below(10_000));
        PhoneNumber chosen = NUMBERS.isValidNumber(varied) ? varied : example;
        String phone = NUMBERS.format(chosen, PhoneNumberFormat.E164);
        return phone.equals(OTHER_ACCOUNT) ? NUMBERS.format(example, PhoneNumberFormat.E164) : phone;
    }

    /** Whether digits (with or without {@code +}) are a phone number libphonenumber holds valid. */
    static boolean valid(String msisdn) {
        if (!msisdn.matches("\\+?[1-9][0-9]{1,14}")) {
            return false;
        }
        try {
            return NUMBERS.isValidNumber(NUMBERS.parse(msisdn.startsWith("+") ? msisdn : "+" + msisdn, null));
        } catch (com.google.i18n.phonenumbers.NumberParseException notANumber) {
            return false;
        }
    }

    /** The participant key of a number or sender name: digits without the {@code +}. */
    static String key(String phoneOrName) {
        return phoneOrName.startsWith("+") ? phoneOrName.substring(1) : phoneOrName;
    }
}
