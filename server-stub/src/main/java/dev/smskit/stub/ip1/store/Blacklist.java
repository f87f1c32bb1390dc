package dev.smskit.stub.ip1.store;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.ip1.BlacklistEntry;
import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.sms.PhoneNumber;

/** The phone numbers one account never sends to. */
public interface Blacklist {

    /**
     * Blacklists all the numbers, in order, or none.
     *
     * @throws Refusal naming each number already on the blacklist (or twice in the list)
     */
    List<BlacklistEntry> add(List<PhoneNumber> phones);

    /** The entries, oldest first. */
    List<BlacklistEntry> entries();

    Optional<BlacklistEntry> entry(int id);

    Optional<BlacklistEntry> delete(int id);

    boolean contains(PhoneNumber phone);
}
