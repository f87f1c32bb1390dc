package dev.smskit.stub.ip1.store;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.ip1.ContactGroup;
import org.jspecify.annotations.Nullable;

/** One account's contact groups. Their members are the {@link AddressBook}'s memberships. */
public interface Groups {

    /** What a client decides about a group; the store assigns the rest. */
    record GroupFields(String name, @Nullable String color) {
    }

    /** Creates all the groups, in order, or none. */
    List<ContactGroup> create(List<GroupFields> groups);

    /** The groups, oldest first. */
    List<ContactGroup> all();

    Optional<ContactGroup> get(int id);

    /** Replaces name and color; {@code Modified} moves, {@code Created} and members stay. */
    Optional<ContactGroup> replace(int id, GroupFields fields);

    /** Deletes the group alone (see {@link AccountData#deleteGroup} for its memberships), answering it as it was. */
    Optional<ContactGroup> delete(int id);
}
