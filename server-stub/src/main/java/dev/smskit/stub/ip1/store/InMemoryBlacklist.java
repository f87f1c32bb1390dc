package dev.smskit.stub.ip1.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.smskit.stub.ip1.BlacklistEntry;
import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.sms.PhoneNumber;

/** {@link Blacklist} in memory; not thread-safe (see {@link InMemoryIp1Stores}). */
final class InMemoryBlacklist implements Blacklist {

    private final String account;
    private final Now now;
    private final Table<BlacklistEntry> entries;
    // E.164 numbers of the entries: a send looks up each recipient
    private final Set<String> listedPhones = new HashSet<>();

    InMemoryBlacklist(String account, Ids ids, Now now) {
        this.account = account;
        this.now = now;
        this.entries = new Table<>(ids.blacklist);
    }

    @Override
    public List<BlacklistEntry> add(List<PhoneNumber> phones) {
        Set<String> listed = new HashSet<>(listedPhones);
        List<Refusal.Problem> problems = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (!listed.add(phones.get(i).e164())) {
                problems.add(new Refusal.Problem(i, "Phone", phones.get(i).sent() + " is already on the blacklist."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant created = now.get();
        phones.forEach(phone -> listedPhones.add(phone.e164()));
        return entries.insert(phones, (id, phone) -> new BlacklistEntry(id, account, phone, created));
    }

    @Override
    public List<BlacklistEntry> entries() {
        return entries.all();
    }

    @Override
    public Optional<BlacklistEntry> entry(int id) {
        return entries.get(id);
    }

    @Override
    public Optional<BlacklistEntry> delete(int id) {
        Optional<BlacklistEntry> deleted = entries.delete(id);
        deleted.ifPresent(entry -> listedPhones.remove(entry.phone().e164()));
        return deleted;
    }

    @Override
    public boolean contains(PhoneNumber phone) {
        return listedPhones.contains(phone.e164());
    }
}
