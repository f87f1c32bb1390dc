package dev.smskit.stub.ip1;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.PhoneNumber;

/**
 * State of the IP1 APIs. V1 and V2 share it: a message sent through V1 is part of V2 conversations.
 * Everything an account reads or changes is limited to its own data. Implementations are thread-safe.
 */
public interface Ip1Store {

    /** What a client decides about a group; the store assigns the rest. */
    record GroupFields(String name, @Nullable String color) {
    }

    /** Creates all the groups, in order, or none. */
    List<ContactGroup> createGroups(String account, List<GroupFields> groups);

    /** The account's groups, oldest first. */
    List<ContactGroup> groups(String account);

    Optional<ContactGroup> group(String account, int id);

    /** Replaces name and color; {@code Modified} moves, {@code Created} and members stay. */
    Optional<ContactGroup> replaceGroup(String account, int id, GroupFields fields);

    /** Deletes the group and its memberships, answering the group as it was. */
    Optional<ContactGroup> deleteGroup(String account, int id);

    /** Records one outgoing message per recipient, as one batch, in order. */
    List<SmsMessage> send(String account, String from, String body, List<PhoneNumber> recipients);

    /** Records an incoming message from a phone to the account. */
    SmsMessage receive(String account, PhoneNumber from, String to, String body);

    /** The account's messages in which the participant is sender or recipient, oldest first. */
    List<SmsMessage> conversation(String account, String participantKey);

    /** Every message, or the account's if one is given, oldest first. */
    List<SmsMessage> messages(@Nullable String account);

    /** Moves every pending outgoing message on to {@code until} now; answers how many moved. */
    int settle(DeliveryStep until);

    /** Forgets everything stored, as if the server had just started. */
    void reset();

    // --- V1 contacts, memberships, blacklist and SMS sends ---

    /** What a client decides about a contact; the store assigns the rest. */
    record ContactFields(String firstName, @Nullable String lastName, PhoneNumber phone, @Nullable String email,
            @Nullable String title, @Nullable String organization, @Nullable String notes) {
    }

    /** Creates all the contacts, in order, or none. */
    List<Contact> createContacts(String account, List<ContactFields> contacts);

    /** The account's contacts, oldest first. */
    List<Contact> contacts(String account);

    Optional<Contact> contact(String account, int id);

    /** Replaces every field; {@code Modified} moves, {@code Created} and memberships stay. */
    Optional<Contact> replaceContact(String account, int id, ContactFields fields);

    /** Deletes the contact and its memberships, answering the contact as it was. */
    Optional<Contact> deleteContact(String account, int id);

    /** The groups the contact is a member of, in the order it joined them; empty if there is no such contact. */
    Optional<List<ContactGroup>> groupsOf(String account, int contact);

    /** The contacts of the group, in the order they joined it; empty if there is no such group. */
    Optional<List<Contact>> contactsOf(String account, int group);

    /** What a client decides about a membership. */
    record MembershipFields(int group, int contact) {
    }

    /**
     * Creates all the memberships, in order, or none.
     *
     * @throws Refusal naming each item whose group or contact the account does not have, or that
     *     already exists
     */
    List<Membership> createMemberships(String account, List<MembershipFields> memberships);

    /** The account's memberships, oldest first. */
    List<Membership> memberships(String account);

    /** The memberships of the contact, oldest first; empty if there is no such contact. */
    Optional<List<Membership>> membershipsOfContact(String account, int contact);

    /** The memberships of the group, oldest first; empty if there is no such group. */
    Optional<List<Membership>> membershipsOfGroup(String account, int group);

    Optional<Membership> deleteMembership(String account, int id);

    /**
     * Blacklists all the numbers, in order, or none.
     *
     * @throws Refusal naming each number already on the account's blacklist (or twice in the list)
     */
    List<BlacklistEntry> addToBlacklist(String account, List<PhoneNumber> phones);

    /** The account's blacklist, oldest first. */
    List<BlacklistEntry> blacklist(String account);

    Optional<BlacklistEntry> blacklistEntry(String account, int id);

    Optional<BlacklistEntry> deleteBlacklistEntry(String account, int id);

    /** Who a V1 SMS goes to: numbers, contact ids and group ids. */
    record Recipients(List<PhoneNumber> numbers, List<Integer> contacts, List<Integer> groups) {
    }

    /**
     * What a V1 SMS send did.
     *
     * @param sent        one message per recipient left, in order; empty when none was left (nothing was recorded)
     * @param blacklisted the recipients left out because they are on the blacklist
     */
    record Sending(List<SmsMessage> sent, List<PhoneNumber> blacklisted) {
    }

    /**
     * Merges the numbers, the contacts' phones and the groups' members' phones in that order,
     * keeps the first of each phone number, leaves out blacklisted ones and records one outgoing
     * message per recipient left, as one batch, with the text {@code text} gives for the recipient.
     *
     * @throws Refusal naming each contact or group (by its index in {@code recipients}, field
     *     {@code Contacts} or {@code Groups}) the account does not have
     */
    Sending sendSms(String account, String from, Recipients recipients, Function<PhoneNumber, String> text);

    /** One message of the account by its V1 {@code ID}, with its delivery status as of now. */
    Optional<SmsMessage> message(String account, int id);

    // ---- IP1 V2 batches ----

    /**
     * Leaves the recipients on the account's blacklist out and records one outgoing message per
     * recipient left, as one batch, in order, with the V2 options; a requested UCS-2
     * {@link Batch.Options#datacoding()} encodes even a GSM-encodable body as UCS-2. Empty, with
     * nothing recorded, when every recipient is on the blacklist.
     */
    Optional<Batch> sendBatch(String account, String from, String body, List<PhoneNumber> recipients, Batch.Options options);

    /** The account's batches, V1 sends included, oldest first. */
    List<Batch> batches(String account);

    Optional<Batch> batch(String account, int number);

    /** The V2 options a batch was sent with; {@link Batch.Options#DEFAULTS} for V1 sends. */
    Batch.Options batchOptions(int number);
}
