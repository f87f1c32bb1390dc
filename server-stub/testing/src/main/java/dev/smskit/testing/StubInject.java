package dev.smskit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that the kit sets before each test (static fields: before all tests of the class):
 * of type {@link StubControl}, {@code Ip1V1}, {@code Ip1V2}, {@code Smsend}, {@link java.net.URI}
 * (base URL) or {@code String} with {@link StubBaseUrl}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StubInject {
}
