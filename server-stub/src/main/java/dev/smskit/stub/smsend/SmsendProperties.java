package dev.smskit.stub.smsend;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import dev.smskit.stub.sms.DeliverySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code smskit.stub.smsend.*}: the users that may log in, how long an unused session key lives,
 * the largest request body accepted, how fast sent SMSs move on ({@code SENT} when handed to the
 * network and, for message type {@code N}, {@code DLVRD} when delivered to the phone), each user's
 * SMS credits and the users' time zone.
 */
@ConfigurationProperties("smskit.stub.smsend")
public record SmsendProperties(
        @DefaultValue List<User> users,
        @DefaultValue("5m") Duration sessionIdleTimeout,
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue DeliverySchedule delivery,
        @DefaultValue("1000") int credits,
        @DefaultValue("Europe/Rome") ZoneId timeZone) {

    /** A user name and password accepted by {@code /login} and {@code /token}. */
    public record User(String username, String password) {
    }
}
