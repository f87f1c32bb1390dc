package dev.smskit.stub.ip1.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.smskit.stub.ip1.DeliveryStatus;
import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.sms.DeliverySchedule;
import dev.smskit.stub.sms.FailingRecipients;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.Retention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link Ip1Stores} in memory. Each account's stores have their own lock: work on one account is
 * atomic (a batch of groups is created entirely or not at all, a group's members and its count never
 * disagree, a send sees the blacklist it records against) while accounts never wait for each other.
 */
@Component
public class InMemoryIp1Stores implements Ip1Stores {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Ids ids = new Ids();
    private final Now now;
    private final DeliverySchedule schedule;
    private final BigDecimal pricePerSegment;
    private final Retention retention;
    private final FailingRecipients failing;

    /** One account's stores; also its lock. */
    private static final class Account implements AccountData {
        final InMemoryGroups groups;
        final InMemoryAddressBook addressBook;
        final InMemoryBlacklist blacklist;
        final InMemoryMessageJournal journal;

        Account(String account, Ids ids, Now now, DeliverySchedule schedule, BigDecimal pricePerSegment, Retention retention,
                FailingRecipients failing) {
            groups = new InMemoryGroups(account, ids, now);
            addressBook = new InMemoryAddressBook(account, ids, now, groups);
            blacklist = new InMemoryBlacklist(account, ids, now);
            journal = new InMemoryMessageJournal(account, ids, now, schedule, pricePerSegment, retention, failing);
        }

        @Override
        public Groups groups() {
            return groups;
        }

        @Override
        public AddressBook addressBook() {
            return addressBook;
        }

        @Override
        public Blacklist blacklist() {
            return blacklist;
        }

        @Override
        public MessageJournal journal() {
            return journal;
        }
    }

    @Autowired
    public InMemoryIp1Stores(Ip1Properties properties, Retention retention, Clock clock) {
        this.now = new Now(clock);
        this.schedule = properties.delivery();
        this.pricePerSegment = properties.pricePerSegment();
        this.retention = retention;
        this.failing = new FailingRecipients("smskit.stub.ip1.failing-recipients", properties.failingRecipients(),
                DeliveryStatus::isFailureCode);
    }

    public InMemoryIp1Stores(Ip1Properties properties, Clock clock) {
        this(properties, Retention.DEFAULT, clock);
    }

    @Override
    public <T> T inAccount(String account, Function<AccountData, T> work) {
        Account stores = accounts.computeIfAbsent(account, name -> new Account(name, ids, now, schedule, pricePerSegment, retention,
                failing));
        synchronized (stores) {
            return work.apply(stores);
        }
    }

    @Override
    public List<SmsMessage> messages() {
        List<SmsMessage> all = new ArrayList<>();
        forEachAccount(account -> all.addAll(account.journal.messages()));
        all.sort(Comparator.comparingInt(SmsMessage::id));
        return all;
    }

    @Override
    public List<SmsMessage> messages(String account) {
        Account stores = accounts.get(account);
        if (stores == null) {
            return List.of();
        }
        synchronized (stores) {
            return stores.journal.messages();
        }
    }

    @Override
    public void reset(String account) {
        accounts.remove(account);
    }

    @Override
    public int settle(DeliveryStep until) {
        int[] settled = {0};
        forEachAccount(account -> settled[0] += account.journal.settle(until));
        return settled[0];
    }

    @Override
    public void reset() {
        accounts.clear();
        ids.reset();
    }

    private void forEachAccount(Consumer<Account> work) {
        for (Account account : accounts.values()) {
            synchronized (account) {
                work.accept(account);
            }
        }
    }
}
