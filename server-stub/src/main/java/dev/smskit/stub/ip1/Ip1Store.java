package dev.smskit.stub.ip1;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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

    /** Adds a contact per phone number to a group of any account (control API). */
    Optional<ContactGroup> addMembers(int id, Collection<PhoneNumber> phones);

    /** Records one outgoing message per recipient, as one batch, in order. */
    List<SmsMessage> send(String account, String from, String body, List<PhoneNumber> recipients);

    /** Records an incoming message from a phone to the account. */
    SmsMessage receive(String account, PhoneNumber from, String to, String body);

    /** The account's messages in which the participant is sender or recipient, oldest first. */
    List<SmsMessage> conversation(String account, String participantKey);

    /** Every message, or the account's if one is given, oldest first. */
    List<SmsMessage> messages(@Nullable String account);

    /** Moves every pending outgoing message on to {@code until} now; answers how many moved. */
    int settle(DeliveryStatus until);
}
