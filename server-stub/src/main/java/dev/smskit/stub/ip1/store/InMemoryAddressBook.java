package dev.smskit.stub.ip1.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.smskit.stub.ip1.Contact;
import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.Membership;
import dev.smskit.stub.ip1.Refusal;

/**
 * {@link AddressBook} in memory, keeping each group's members in step with the memberships; not
 * thread-safe (see {@link InMemoryIp1Stores}).
 */
final class InMemoryAddressBook implements AddressBook {

    private final String account;
    private final Now now;
    private final InMemoryGroups groups;
    private final Table<Contact> contacts;
    private final Table<Membership> memberships;

    InMemoryAddressBook(String account, Ids ids, Now now, InMemoryGroups groups) {
        this.account = account;
        this.now = now;
        this.groups = groups;
        this.contacts = new Table<>(ids.contacts);
        this.memberships = new Table<>(ids.memberships);
    }

    @Override
    public List<Contact> createContacts(List<ContactFields> newContacts) {
        Instant created = now.get();
        return contacts.insert(newContacts, (id, fields) -> new Contact(id, account, fields, created, created));
    }

    @Override
    public List<Contact> contacts() {
        return contacts.all();
    }

    @Override
    public Optional<Contact> contact(int id) {
        return contacts.get(id);
    }

    @Override
    public Optional<Contact> replaceContact(int id, ContactFields fields) {
        return contacts.update(id, old -> new Contact(id, account, fields, old.created(), now.after(old.modified())));
    }

    @Override
    public Optional<Contact> deleteContact(int id) {
        return contact(id).map(contact -> {
            memberships.where(membership -> membership.contact() == id).forEach(membership -> removeMembership(membership.id()));
            return contacts.delete(id).orElseThrow();
        });
    }

    @Override
    public Optional<List<ContactGroup>> groupsOf(int contact) {
        return contact(contact).map(found -> memberships.where(membership -> membership.contact() == contact).stream()
                .map(membership -> groups.get(membership.group()).orElseThrow())
                .toList());
    }

    @Override
    public Optional<List<Contact>> contactsOf(int group) {
        return groups.get(group).map(found -> memberships.where(membership -> membership.group() == group).stream()
                .map(membership -> contacts.get(membership.contact()).orElseThrow())
                .toList());
    }

    @Override
    public List<Membership> createMemberships(List<MembershipFields> newMemberships) {
        List<Refusal.Problem> problems = new ArrayList<>();
        Set<MembershipFields> requested = new HashSet<>();
        for (int i = 0; i < newMemberships.size(); i++) {
            MembershipFields fields = newMemberships.get(i);
            Optional<ContactGroup> group = groups.get(fields.group());
            if (group.isEmpty()) {
                problems.add(new Refusal.Problem(i, "Group", "Group " + fields.group() + " was not found."));
            }
            if (contact(fields.contact()).isEmpty()) {
                problems.add(new Refusal.Problem(i, "Contact", "Contact " + fields.contact() + " was not found."));
            }
            boolean member = group.map(found -> found.members().contains(fields.contact())).orElse(false);
            if (member || !requested.add(fields)) {
                problems.add(new Refusal.Problem(i, null, "Contact " + fields.contact() + " is already a member of group "
                        + fields.group() + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant created = now.get();
        List<Membership> answer = memberships.insert(newMemberships,
                (id, fields) -> new Membership(id, account, fields.group(), fields.contact(), created));
        Map<Integer, Set<Integer>> joined = new LinkedHashMap<>();
        newMemberships.forEach(fields -> joined.computeIfAbsent(fields.group(), group -> new HashSet<>()).add(fields.contact()));
        // one copy of each group's members per request, however many contacts join it
        joined.forEach((group, contactIds) -> groups.changeMembers(group, members -> members.addAll(contactIds)));
        return answer;
    }

    @Override
    public List<Membership> memberships() {
        return memberships.all();
    }

    @Override
    public Optional<List<Membership>> membershipsOfContact(int contact) {
        return contact(contact).map(found -> memberships.where(membership -> membership.contact() == contact));
    }

    @Override
    public Optional<List<Membership>> membershipsOfGroup(int group) {
        return groups.get(group).map(found -> memberships.where(membership -> membership.group() == group));
    }

    @Override
    public Optional<Membership> deleteMembership(int id) {
        return memberships.get(id).map(membership -> removeMembership(id));
    }

    @Override
    public void forgetGroup(int group) {
        memberships.deleteWhere(membership -> membership.group() == group);
    }

    private Membership removeMembership(int id) {
        Membership removed = memberships.delete(id).orElseThrow();
        groups.changeMembers(removed.group(), members -> members.remove(removed.contact()));
        return removed;
    }
}
