package dev.smskit.stub.smsend.addressbook;

/** The address books of all smsend users; each user sees only its own. */
public interface AddressBooks {

    /** The address book of one user (empty until the user stores something). */
    AddressBook of(String username);

    /** Forgets every address book and restarts ids, as if the server had just started. */
    void reset();

    /** Forgets one user's address book; ids are not reused. */
    void reset(String username);
}
