package dev.smskit.stub.ip1.store;

import java.util.Optional;

import dev.smskit.stub.ip1.ContactGroup;

/** One account's stores, by concern; only used inside {@link Ip1Stores#inAccount}. */
public interface AccountData {

    Groups groups();

    AddressBook addressBook();

    Blacklist blacklist();

    MessageJournal journal();

    /** Deletes the group and its memberships, answering the group as it was. */
    default Optional<ContactGroup> deleteGroup(int id) {
        Optional<ContactGroup> deleted = groups().delete(id);
        deleted.ifPresent(group -> addressBook().forgetGroup(id));
        return deleted;
    }
}
