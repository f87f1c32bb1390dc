/**
 * The smskit clients of the IP1 SMS REST API V1, the IP1 SMS API V2 and the smsend REST API.
 *
 * <p>Exported: the three entry points ({@link dev.smskit.ip1.v1.Ip1V1}, {@link dev.smskit.ip1.v2.Ip1V2},
 * {@link dev.smskit.smsend.Smsend}), {@code dev.smskit.common} (exceptions, retry policy, builder
 * settings) and the generated {@code api} and {@code model} packages. The wiring
 * ({@code dev.smskit.internal}) and the generated {@code invoker} packages are not exported.
 */
module dev.smskit.client {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive feign.core;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires feign.jackson;
    requires feign.slf4j;
    requires feign.java11;
    requires java.net.http;
    requires org.slf4j;
    requires static jakarta.annotation;

    exports dev.smskit.common;
    exports dev.smskit.ip1.v1;
    exports dev.smskit.ip1.v1.api;
    exports dev.smskit.ip1.v1.model;
    exports dev.smskit.ip1.v2;
    exports dev.smskit.ip1.v2.api;
    exports dev.smskit.ip1.v2.model;
    exports dev.smskit.smsend;
    exports dev.smskit.smsend.api;
    exports dev.smskit.smsend.model;

    // Feign calls the default methods of the generated interfaces; Jackson reads the models' fields
    opens dev.smskit.ip1.v1.api to feign.core;
    opens dev.smskit.ip1.v2.api to feign.core;
    opens dev.smskit.smsend.api to feign.core;
    opens dev.smskit.ip1.v2 to feign.core;
    opens dev.smskit.ip1.v1.model to com.fasterxml.jackson.databind;
    opens dev.smskit.ip1.v2.model to com.fasterxml.jackson.databind;
    opens dev.smskit.smsend.model to com.fasterxml.jackson.databind;
}
