package dev.smskit.stub.smsend.addressbook;

import java.util.Comparator;

/** A contact being in a group. */
record Membership(int groupId, int contactId) {

    static final Comparator<Membership> ORDER =
            Comparator.comparingInt(Membership::groupId).thenComparingInt(Membership::contactId);
}
