package dev.smskit.stub.smsend.addressbook;

import java.util.Collection;
import java.util.List;
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

    /**
     * Stores several contacts in turn, all or nothing: an unknown group id in any of them fails the
     * call before anything is stored. A contact with the email (ignoring case) or the phone number of
     * stored ones clashes with them: with {@code updateExisting} the fields it has overwrite theirs,
     * otherwise they are deleted and it is stored with a new id. A contact's groups are then the ones
     * it names, plus, with {@code keepExistingGroups}, the ones of the contacts it clashed with.
     *
     * @return how many contacts were stored or updated: all of them
     */
    int addContacts(List<NewContact> contacts, boolean updateExisting, boolean keepExistingGroups);

    Optional<Contact> contact(int contactId);

    /** The contacts of every group with one of these names (several groups may share a name), by id. */
    GroupMembers membersOfGroupsNamed(Collection<String> names);

    /** Idempotent: adding a member again changes nothing. */
    void addToGroup(int groupId, int contactId);

    /** Idempotent: removing a contact that is not in the group changes nothing. */
    void removeFromGroup(int groupId, int contactId);
}
