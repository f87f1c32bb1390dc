package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.sms.DeliverySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smskit.stub.ip1.*}: the accounts the IP1 stub accepts and how its messages behave.
 *
 * @param accounts         V1 accepts Basic {@code id:apiKey} or Bearer {@code token}; V2 Bearer {@code token}
 * @param delivery         how long after sending a message reaches the network and the phone: V1
 *                         {@code Status} 0 → 21 after {@code toNetwork}, → 22 after {@code toPhone}
 * @param pricePerSegment  price of one SMS segment, in SEK (V1 {@code Currency} 752)
 * @param failingRecipients numbers whose messages are accepted and then fail, with the V2 status code they fail
 *                         with (V1 {@code Status} follows from it, see {@link DeliveryStatus#failed(int)})
 */
@ConfigurationProperties("smskit.stub.ip1")
public record Ip1Properties(
        @DefaultValue List<Account> accounts,
        @DefaultValue DeliverySchedule delivery,
        @DefaultValue("0.35") BigDecimal pricePerSegment,
        @DefaultValue Map<String, String> failingRecipients) {

    public record Account(String id, String apiKey, String token) {
    }
}
