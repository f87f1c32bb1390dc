package dev.smskit.stub.ip1;

import java.time.Instant;

import dev.smskit.stub.ip1.store.AddressBook.ContactFields;

/** A contact of an account's address book, as stored. */
public record Contact(int id, String owner, ContactFields fields, Instant created, Instant modified) {
}
