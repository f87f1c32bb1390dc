package dev.smskit.stub.ip1.v1;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.FallbackErrorAdvice;
import dev.smskit.stub.web.JsonFieldPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;

/**
 * The {@code ModelState} of a V1 error answer, as ASP.NET Web API writes it: each key names the
 * invalid field as {@code <parameter>.<Field>} ({@code group.Color}, {@code message.Users[0].Phone}),
 * each value lists ASP.NET-style messages.
 */
final class ModelState {

    private final Map<String, List<String>> errors = new TreeMap<>();

    /** Adds one message per violation, under {@code parameter} ({@code group}, {@code group[2]}). */
    ModelState addViolations(String parameter, Iterable<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            String path = JsonFieldPath.of(violation);
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
            add(parameter + (path.isEmpty() ? "" : "." + path), message(field, violation));
        }
        return this;
    }

    /** Adds the field a body could not be read at. */
    ModelState addUnreadable(String parameter, JacksonException unreadable) {
        String path = JsonFieldPath.of(unreadable);
        add(parameter + (path.isEmpty() ? "" : "." + path), FallbackErrorAdvice.describe(unreadable));
        return this;
    }

    /** Adds the store's reasons for refusing a change, each under the key {@code key} gives it. */
    ModelState add(Refusal refusal, Function<Refusal.Problem, String> key) {
        refusal.problems().forEach(problem -> add(key.apply(problem), problem.message()));
        return this;
    }

    ModelState add(String key, String message) {
        List<String> messages = errors.computeIfAbsent(key, k -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    StubError invalid() {
        return StubError.invalid("The request is invalid.", errors);
    }

    private static String message(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return "The " + field + " field is required.";
        }
        if (constraint instanceof Size size) {
            return "The field " + field + " must be a string with a maximum length of " + size.max() + ".";
        }
        if (constraint instanceof Pattern pattern) {
            return "The field " + field + " must match the regular expression '" + pattern.regexp() + "'.";
        }
        if (constraint instanceof Min min) {
            return "The field " + field + " must be at least " + min.value() + ".";
        }
        if (constraint instanceof Max max) {
            return "The field " + field + " must be at most " + max.value() + ".";
        }
        if (constraint instanceof E164) {
            return "The field " + field + " must be a valid phone number in E.164 format.";
        }
        if (constraint instanceof Sender) {
            return "The field " + field + " must be a sender name of up to 11 ASCII characters with a letter, or a phone number.";
        }
        return "The field " + field + " is invalid.";
    }
}
