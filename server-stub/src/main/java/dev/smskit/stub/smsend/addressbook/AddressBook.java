package dev.smskit.stub.smsend.addressbook;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * One user's groups, contacts and memberships. Ids are unique across all users; an id of another
 * user's group or contact is unknown here ({@link UnknownIdException}). A call that fails changes nothing.
 */
public interface AddressBook {

    Group createGroup(String name, String description);

    void modifyGroup(int groupId, String name, String description);

    /** Deletes the group and its memberships; with {@code deleteContacts} also the contacts that were in it. */
    void deleteGroup(int groupId, boolean deleteContacts);

    /** Groups in creation order; {@code pageNumber} starts at 1. */
    GroupPage groups(int pageNumber, int pageSize);

    /** Stores a contact with its fields and makes it a member of the given groups, all or nothing. */
    Contact addContact(Map<String, Object> fields, Collection<Integer> groupIds);

    Optional<Contact> contact(int contactId);

    /** Idempotent: adding a member again changes nothing. */
    void addToGroup(int groupId, int contactId);

    /** Idempotent: removing a contact that is not in the group changes nothing. */
    void removeFromGroup(int groupId, int contactId);
}
