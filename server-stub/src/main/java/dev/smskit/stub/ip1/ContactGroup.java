package dev.smskit.stub.ip1;

import java.time.Instant;
import java.util.Set;

/**
 * A contact group as stored. {@code members} are the ids of its contacts (one per membership), so
 * {@code ContactsCount} can never disagree with them.
 */
public record ContactGroup(int id, String owner, String name, String color, Instant created, Instant modified,
        Set<Integer> members) {

    public ContactGroup {
        members = Set.copyOf(members);
    }

    public int contactsCount() {
        return members.size();
    }
}
