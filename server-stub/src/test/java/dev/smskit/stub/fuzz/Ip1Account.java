package dev.smskit.stub.fuzz;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    /** Distinct member phones per group, added through the control API. */
    final Map<Integer, Set<String>> members = new HashMap<>();
    /** Messages per participant key (recipient or sender). */
    final Map<String, Integer> conversations = new LinkedHashMap<>();
    int messages;
    /** A group and a participant of the second account, which the fuzzed one must never see. */
    Integer otherGroup;
    String otherParticipant;

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
