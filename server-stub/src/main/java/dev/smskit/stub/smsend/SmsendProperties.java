package dev.smskit.stub.smsend;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smskit.stub.smsend.*}: the users that may log in, how long an unused session key lives,
 * how fast sent SMSs move on, each user's SMS credits and the users' time zone. The largest request
 * body, {@code max-body-size}, is enforced with every API's limit by {@link dev.smskit.stub.web.RequestBodyLimit}.
 */
@ConfigurationProperties("smskit.stub.smsend")
public record SmsendProperties(
        @DefaultValue List<User> users,
        @DefaultValue("5m") Duration sessionIdleTimeout,
        @DefaultValue Delivery delivery,
        @DefaultValue("1000") int credits,
        @DefaultValue("Europe/Rome") ZoneId timeZone) {

    /** A user name and password accepted by {@code /login} and {@code /token}. */
    public record User(String username, String password) {
    }

    /**
     * How long after its sending time an SMS is {@code SENT} (handed to the network) and, for message
     * type {@code N}, {@code DLVRD} (delivered to the phone).
     */
    public record Delivery(@DefaultValue("1s") Duration toNetwork, @DefaultValue("3s") Duration toPhone) {
    }
}
