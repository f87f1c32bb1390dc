package dev.smskit.stub.smsend;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code smskit.stub.smsend.*}: the users that may log in, how long an unused session key lives and
 * the largest request body accepted.
 */
@ConfigurationProperties("smskit.stub.smsend")
public record SmsendProperties(
        @DefaultValue List<User> users,
        @DefaultValue("5m") Duration sessionIdleTimeout,
        @DefaultValue("64KB") DataSize maxBodySize) {

    /** A user name and password accepted by {@code /login} and {@code /token}. */
    public record User(String username, String password) {
    }
}
