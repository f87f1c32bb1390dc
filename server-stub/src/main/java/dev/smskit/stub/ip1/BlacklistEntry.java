package dev.smskit.stub.ip1;

import java.time.Instant;
import dev.smskit.stub.sms.PhoneNumber;

/** A phone number an account never sends to. */
public record BlacklistEntry(int id, String owner, PhoneNumber phone, Instant created) {
}
