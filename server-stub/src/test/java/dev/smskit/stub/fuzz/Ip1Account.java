package dev.smskit.stub.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the run knows of the fuzzed IP1 account, shared by the V1 and V2 sides: the stub must agree. */
final class Ip1Account {

    static final String ID = "ip1-12345";
    static final String KEY = "test-key";
    static final String TOKEN = "test-token";
    static final String OTHER_ID = "ip1-54321";
    static final String OTHER_KEY = "test-key-2";
    static final String OTHER_TOKEN = "test-token-2";

    /** Group ids of the account. */
    final Set<Integer> groups = new LinkedHashSet<>();
    /** V1 contacts of the account: id to phone. */
    final Map<Integer, String> contacts = new LinkedHashMap<>();
    /** V1 memberships of the account: id to {group, contact}. */
    final Map<Integer, List<Integer>> memberships = new LinkedHashMap<>();
    /** V1 blacklist of the account: entry id to phone. */
    final Map<Integer, String> blacklist = new LinkedHashMap<>();
    /** V1 ids of the messages the account sent. */
    final List<Integer> sent = new ArrayList<>();
    /** Messages per participant key (recipient or sender). */
    final Map<String, Integer> conversations = new LinkedHashMap<>();
    int messages;
    /** Batches sent, through V1 (a send is a batch) or V2. */
    int batches;
    /** A group and a participant of the second account, which the fuzzed one must never see. */
    Integer otherGroup;
    String otherParticipant;
    /** A contact, membership, blacklist entry and sent message of the second account, as unseen. */
    Integer otherContact;
    Integer otherMembership;
    Integer otherEntry;
    Integer otherSms;

    /** A group's {@code ContactsCount}: its memberships. */
    int contactsCount(int group) {
        return (int) memberships.values().stream().filter(m -> m.get(0) == group).count();
    }

    /** The phones of the group's contacts. */
    Set<String> memberPhones(int group) {
        Set<String> phones = new HashSet<>();
        memberships.values().stream().filter(m -> m.get(0) == group).forEach(m -> phones.add(contacts.get(m.get(1))));
        return phones;
    }

    void forgetGroup(int group) {
        groups.remove(group);
        memberships.values().removeIf(m -> m.get(0) == group);
    }

    void forgetContact(int contact) {
        contacts.remove(contact);
        memberships.values().removeIf(m -> m.get(1) == contact);
    }

    void recordMessage(String from, String to) {
        messages++;
        conversations.merge(Phones.key(to), 1, Integer::sum);
        if (!Phones.key(from).equals(Phones.key(to))) {
            conversations.merge(Phones.key(from), 1, Integer::sum);
        }
    }

    static String basic(String id, String key) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((id + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
