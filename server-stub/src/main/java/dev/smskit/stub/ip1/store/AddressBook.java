package dev.smskit.stub.ip1.store;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.ip1.Contact;
import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.Membership;
import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.sms.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** One account's contacts and their memberships of its {@link Groups}. */
public interface AddressBook {

    /** What a client decides about a contact; the store assigns the rest. */
    record ContactFields(String firstName, @Nullable String lastName, PhoneNumber phone, @Nullable String email,
            @Nullable String title, @Nullable String organization, @Nullable String notes) {
    }

    /** What a client decides about a membership. */
    record MembershipFields(int group, int contact) {
    }

    /** Creates all the contacts, in order, or none. */
    List<Contact> createContacts(List<ContactFields> contacts);

    /** The contacts, oldest first. */
    List<Contact> contacts();

    Optional<Contact> contact(int id);

    /** Replaces every field; {@code Modified} moves, {@code Created} and memberships stay. */
    Optional<Contact> replaceContact(int id, ContactFields fields);

    /** Deletes the contact and its memberships, answering the contact as it was. */
    Optional<Contact> deleteContact(int id);

    /** The groups the contact is a member of, in the order it joined them; empty if there is no such contact. */
    Optional<List<ContactGroup>> groupsOf(int contact);

    /** The contacts of the group, in the order they joined it; empty if there is no such group. */
    Optional<List<Contact>> contactsOf(int group);

    /**
     * Creates all the memberships, in order, or none.
     *
     * @throws Refusal naming each item whose group or contact the account does not have, or that
     *     already exists
     */
    List<Membership> createMemberships(List<MembershipFields> memberships);

    /** The memberships, oldest first. */
    List<Membership> memberships();

    /** The memberships of the contact, oldest first; empty if there is no such contact. */
    Optional<List<Membership>> membershipsOfContact(int contact);

    /** The memberships of the group, oldest first; empty if there is no such group. */
    Optional<List<Membership>> membershipsOfGroup(int group);

    Optional<Membership> deleteMembership(int id);

    /** Drops the memberships of a group that is gone. */
    void forgetGroup(int group);
}
