package dev.smskit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the smskit stub server for the annotated test class: started once per test JVM and shared
 * (or once per class with {@link #perClass()}), its state reset before each test, stopped at the end.
 * Test methods, constructors and lifecycle methods take a {@link StubControl}, the clients
 * {@code Ip1V1}, {@code Ip1V2} and {@code Smsend} pointed at the stub with its first account and
 * user, and the base URL as {@link java.net.URI} or as a {@link StubBaseUrl} string; fields of these
 * types annotated with {@link StubInject} are set too.
 *
 * <pre>{@code
 * @SmskitStub
 * class ShippingNoticeTest {
 *     @Test
 *     void tellsTheCustomer(Ip1V1 ip1, StubControl stub) {
 *         ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("Shipped"));
 *         assertThat(stub.awaitDelivered(SmsQuery.to("+46701234567")).text()).isEqualTo("Shipped");
 *     }
 * }
 * }</pre>
 *
 * For settings computed at run time, register a {@link SmskitStubExtension} built in code instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SmskitStubExtension.class)
public @interface SmskitStub {

    /**
     * A stub of its own for this class, stopped after it, instead of the one shared by every test
     * class of the JVM with the same settings.
     *
     * @return {@code true} for a stub per class
     */
    boolean perClass() default false;

    /**
     * The IP1 accounts the stub accepts, replacing its defaults ({@code ip1-12345} / {@code test-key}
     * / {@code test-token} and {@code ip1-54321}); the injected IP1 clients use the first.
     *
     * @return the accounts, none for the stub's defaults
     */
    Ip1Account[] ip1Accounts() default {};

    /**
     * The smsend users the stub accepts, replacing its defaults ({@code test/test},
     * {@code test2/test2}); the injected smsend client logs in as the first.
     *
     * @return the users, none for the stub's defaults
     */
    SmsendUser[] smsendUsers() default {};

    /**
     * How messages move on after they are sent.
     *
     * @return {@link DeliveryTiming#INSTANT} (default) or {@link DeliveryTiming#REAL}
     */
    DeliveryTiming delivery() default DeliveryTiming.INSTANT;

    /**
     * The port to listen on; 0 (default) lets the system choose a free one.
     *
     * @return the port
     */
    int port() default 0;

    /**
     * Options for the stub's JVM, e.g. {@code -Xmx256m}, after the kit's own.
     *
     * @return the options
     */
    String[] jvmOptions() default {};

    /**
     * Further settings of the stub as {@code name=value}, e.g.
     * {@code smskit.stub.smsend.credits=5}; they win over the other attributes.
     *
     * @return the settings
     */
    String[] properties() default {};

    /** An IP1 account: its id, V1 API key and V2 Bearer token. */
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Ip1Account {
        /** @return the account id, e.g. {@code ip1-12345} */
        String id();

        /** @return the V1 API key (HTTP Basic password) */
        String apiKey();

        /** @return the Bearer token of V1 and V2 */
        String token();
    }

    /** An smsend user: user name and password. */
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @interface SmsendUser {
        /** @return the user name */
        String username();

        /** @return the password */
        String password();
    }
}
