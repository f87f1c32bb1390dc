package dev.smskit.stub.ip1;

import java.time.Instant;

/** A contact's membership of a contact group, as stored: {@code group} and {@code contact} are their ids. */
public record Membership(int id, String owner, int group, int contact, Instant created) {
}
