package dev.smskit.stub.ip1;

import java.time.Instant;

/** A phone number an account never sends to. */
public record BlacklistEntry(int id, String owner, PhoneNumber phone, Instant created) {
}
