package dev.smskit.stub.smsend;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.sms.DeliverySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smskit.stub.smsend.*}: the users that may log in, how long an unused session key lives,
 * how fast sent SMSs move on, each user's SMS credits and the users' time zone. The largest request
 * body, {@code max-body-size}, is enforced with every API's limit by {@link dev.smskit.stub.web.RequestBodyLimit}.
 * The {@code failing-recipients} are numbers whose SMSs are accepted and then fail, with the state they fail with
 * ({@code KO}, {@code TIMEOUT}, ...).
 */
@ConfigurationProperties("smskit.stub.smsend")
public record SmsendProperties(
        @DefaultValue List<User> users,
        @DefaultValue("5m") Duration sessionIdleTimeout,
        @DefaultValue DeliverySchedule delivery,
        @DefaultValue("1000") int credits,
        @DefaultValue("Europe/Rome") ZoneId timeZone,
        @DefaultValue Map<String, String> failingRecipients) {

    /** A user name and password accepted by {@code /login} and {@code /token}. */
    public record User(String username, String password) {
    }
}
