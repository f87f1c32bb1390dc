package dev.smskit.stub.smsend.addressbook;

/** A contacts group. */
public record Group(int id, String name, String description) {
}
