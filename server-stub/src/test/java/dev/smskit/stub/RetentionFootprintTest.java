package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.InMemoryIp1Stores;
import dev.smskit.stub.ip1.store.MessageJournal.Outgoing;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.Retention;
import dev.smskit.stub.smsend.SmsendProperties;
import dev.smskit.stub.smsend.orders.InMemorySmsOrders;
import dev.smskit.stub.smsend.orders.NewOrder;
import dev.smskit.stub.smsend.orders.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The heap a kept message and order take, behind README's retention default: 100,000 of each stored, then
 * 100,000 more past the retention, heap after full GCs. Heap figures depend on the JVM, so it only runs on
 * request: {@code mvn -B -o verify -pl server-stub -am -Dtest=RetentionFootprintTest -Dsmskit.footprint=true}.
 */
@EnabledIfSystemProperty(named = "smskit.footprint", matches = "true")
class RetentionFootprintTest {

    private static final int KEPT = 100_000;
    private static final DeliverySchedule SCHEDULE = new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3));

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String text(int n) {
        return "Your order " + (10_000 + n) + " has shipped.";
    }

    @Test
    void ip1MessagesAndSmsendOrdersStayWithinTheRetention() {
        Clock clock = Clock.systemUTC();
        InMemoryIp1Stores stores = new InMemoryIp1Stores(new Ip1Properties(List.of(), SCHEDULE, new BigDecimal("0.35"), Map.of()),
                new Retention(KEPT), clock);
        InMemorySmsOrders orders = new InMemorySmsOrders(new SmsendProperties(List.of(), Duration.ofMinutes(5), SCHEDULE,
                Integer.MAX_VALUE, ZoneId.of("Europe/Rome"), Map.of()), new Retention(KEPT), clock);
        long empty = heapAfterGc();
        long[] ip1 = new long[2];
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < KEPT; n++) {
                String body = text(n);
                PhoneNumber to = PhoneNumber.parse("+4670" + (1_000_000 + n)).orElseThrow();
                stores.inAccount("ip1-12345", data -> data.journal().record(SmsMessage.Api.V2, "ip1sms",
                        List.of(new Outgoing(to, body, EncodedText.of(body))), Batch.Options.DEFAULTS));
            }
            ip1[round] = (heapAfterGc() - empty) / KEPT;
        }
        long beforeOrders = heapAfterGc();
        long[] smsend = new long[2];
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < KEPT; n++) {
                orders.place("test", new NewOrder(null, null, text(n), EncodedText.of(text(n)), true,
                        List.of(Recipient.valid("+39347" + (1_000_000 + n))), null));
            }
            smsend[round] = (heapAfterGc() - beforeOrders) / KEPT;
        }
        System.out.printf("bytes per kept IP1 message %d (after twice as many sends %d), per smsend order %d (%d)%n",
                ip1[0], ip1[1], smsend[0], smsend[1]);
        Reference.reachabilityFence(stores);
        Reference.reachabilityFence(orders);

        assertThat(ip1[1]).as("IP1 past the retention").isLessThan(ip1[0] * 11 / 10);
        assertThat(smsend[1]).as("smsend past the retention").isLessThan(smsend[0] * 11 / 10);
    }
}
