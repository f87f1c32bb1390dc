package dev.smskit.stub.ip1.v1;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.smskit.stub.sms.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * The templating of {@code POST /api/sms/send} (IP1's REST-API.md): a {@code {name}} placeholder
 * takes the recipient's value from {@code Parameters}, else the {@code default} one, else the empty
 * string; a name that no entry of {@code Parameters} gives is left as it is written. A message
 * wrapped as a whole in {@code {: ... :}} is sent without the wrapper.
 */
final class MessageTemplate {

    static final String DEFAULT = "default";

    private static final Pattern WRAPPED = Pattern.compile("\\{:\\s*(.*?)\\s*:}", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final String message;
    private final Map<String, Map<String, String>> byPhone = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Set<String> named = new HashSet<>();

    /**
     * @param parameters keys are phone numbers or {@code default}; an invalid key is added to {@code modelState}
     */
    MessageTemplate(String message, @Nullable Map<String, Map<String, String>> parameters, ModelState modelState) {
        Matcher wrapped = WRAPPED.matcher(message);
        this.message = wrapped.matches() ? wrapped.group(1) : message;
        if (parameters == null) {
            return;
        }
        parameters.forEach((key, values) -> {
            Map<String, String> given = values == null ? Map.of() : values;
            Optional<PhoneNumber> phone = PhoneNumber.parse(key.strip());
            if (key.equals(DEFAULT)) {
                defaults.putAll(given);
            } else if (phone.isPresent()) {
                byPhone.computeIfAbsent(phone.get().e164(), e164 -> new HashMap<>()).putAll(given);
            } else {
                modelState.add(SmsController.PARAMETER + ".Parameters[" + key + "]",
                        "A key of Parameters must be a phone number or '" + DEFAULT + "'.");
            }
            named.addAll(given.keySet());
        });
    }

    /** The text {@code recipient} gets. */
    String textFor(PhoneNumber recipient) {
        if (named.isEmpty()) {
            return message;
        }
        Map<String, String> own = byPhone.getOrDefault(recipient.e164(), Map.of());
        return PLACEHOLDER.matcher(message).replaceAll(placeholder -> {
            String name = placeholder.group(1);
            if (!named.contains(name)) {
                return Matcher.quoteReplacement(placeholder.group());
            }
            String value = own.containsKey(name) ? own.get(name) : defaults.get(name);
            return Matcher.quoteReplacement(value == null ? "" : value);
        });
    }
}
