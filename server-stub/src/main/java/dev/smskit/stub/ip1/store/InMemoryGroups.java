package dev.smskit.stub.ip1.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.smskit.stub.ip1.ContactGroup;

/** {@link Groups} in memory; not thread-safe (see {@link InMemoryIp1Stores}). */
final class InMemoryGroups implements Groups {

    private final String account;
    private final Now now;
    private final Table<ContactGroup> groups;

    InMemoryGroups(String account, Ids ids, Now now) {
        this.account = account;
        this.now = now;
        this.groups = new Table<>(ids.groups);
    }

    @Override
    public List<ContactGroup> create(List<GroupFields> newGroups) {
        Instant created = now.get();
        return groups.insert(newGroups,
                (id, fields) -> new ContactGroup(id, account, fields.name(), fields.color(), created, created, Set.of()));
    }

    @Override
    public List<ContactGroup> all() {
        return groups.all();
    }

    @Override
    public Optional<ContactGroup> get(int id) {
        return groups.get(id);
    }

    @Override
    public Optional<ContactGroup> replace(int id, GroupFields fields) {
        return groups.update(id, old -> new ContactGroup(id, account, fields.name(), fields.color(), old.created(),
                now.after(old.modified()), old.members()));
    }

    @Override
    public Optional<ContactGroup> delete(int id) {
        return groups.delete(id);
    }

    /** Changes the members of an existing group (the address book keeps them in step with its memberships). */
    void changeMembers(int id, Consumer<Set<Integer>> change) {
        groups.update(id, old -> {
            Set<Integer> members = new HashSet<>(old.members());
            change.accept(members);
            return new ContactGroup(id, old.owner(), old.name(), old.color(), old.created(), old.modified(), members);
        });
    }
}
