package dev.smskit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for the stub's base URL, e.g. {@code http://localhost:41234}, as a string: the one base URL
 * of all three APIs (their paths {@code /api}, {@code /v2} and {@code /API/v1.0/REST} do not collide).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StubBaseUrl {
}
