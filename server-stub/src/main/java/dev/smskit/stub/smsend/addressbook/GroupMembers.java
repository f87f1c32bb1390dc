package dev.smskit.stub.smsend.addressbook;

import java.util.List;

/** The contacts of the groups asked for by name, each once, and the names no group has. */
public record GroupMembers(List<Contact> contacts, List<String> unknownNames) {

    public GroupMembers {
        contacts = List.copyOf(contacts);
        unknownNames = List.copyOf(unknownNames);
    }
}
