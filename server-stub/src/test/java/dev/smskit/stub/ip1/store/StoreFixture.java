package dev.smskit.stub.ip1.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.PhoneNumber;
import org.threeten.extra.MutableClock;

/** What the store tests share: a clock they move from {@link #T0}, and the stores of two accounts on it. */
abstract class StoreFixture {

    static final Instant T0 = Instant.parse("2026-11-23T09:15:30.123Z");
    static final String ACCOUNT = "ip1-12345";
    static final String OTHER = "ip1-54321";

    final MutableClock clock = MutableClock.of(T0, ZoneOffset.UTC);
    final InMemoryIp1Stores stores = new InMemoryIp1Stores(new Ip1Properties(List.of(),
            new DeliverySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3)), new BigDecimal("0.35"), Map.of()), clock);

    static PhoneNumber phone(String e164) {
        return PhoneNumber.parse(e164).orElseThrow();
    }

    /** The account's stores, for a test that alone uses them. */
    AccountData account(String account) {
        return stores.inAccount(account, data -> data);
    }
}
