package dev.smskit.stub.sms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The phone numbers whose messages an API accepts and then fails, each with the failure code in that
 * API's terms ({@code smskit.stub.<api>.failing-recipients}): a test provokes a failed delivery by
 * sending to one of them.
 */
public final class FailingRecipients {

    // code by E.164 number
    private final Map<String, String> codes = new HashMap<>();

    /**
     * @param setting    the setting the numbers come from, named when one is wrong
     * @param configured code by number (E.164, the {@code +} may be left out)
     * @param isCode     whether a code is one the API fails messages with
     * @throws IllegalArgumentException naming the setting and the number that is no phone number or has no such code
     */
    public FailingRecipients(String setting, Map<String, String> configured, Predicate<String> isCode) {
        configured.forEach((number, code) -> {
            PhoneNumber phone = PhoneNumber.parse(number).orElseThrow(() -> new IllegalArgumentException(
                    setting + ": " + number + " is not a phone number in E.164 format"));
            if (!isCode.test(code)) {
                throw new IllegalArgumentException(setting + ": " + code + " (for " + number + ") is not a failure code");
            }
            codes.put(phone.e164(), code);
        });
    }

    /** The code a message to {@code to} fails with, empty if it is delivered. */
    public Optional<String> code(PhoneNumber to) {
        return Optional.ofNullable(codes.get(to.e164()));
    }
}
