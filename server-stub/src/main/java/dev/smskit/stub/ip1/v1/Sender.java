package dev.smskit.stub.ip1.v1;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.smskit.stub.ip1.Participant;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A sender IP1 sends from, and V2 finds the conversation of again: an alphanumeric sender name or a
 * phone number (see {@link Participant}); null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Sender.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sender {

    String message() default "must be a sender name of up to 11 ASCII characters with a letter, or a phone number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Sender, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Participant.key(value).isPresent();
        }
    }
}
