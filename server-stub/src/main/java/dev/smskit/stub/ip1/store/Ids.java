package dev.smskit.stub.ip1.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The ids the stores hand out, one sequence per kind, shared by all accounts so that ids never repeat. */
final class Ids {

    final AtomicInteger groups = new AtomicInteger();
    final AtomicInteger contacts = new AtomicInteger();
    final AtomicInteger memberships = new AtomicInteger();
    final AtomicInteger blacklist = new AtomicInteger();
    final AtomicInteger messages = new AtomicInteger();
    final AtomicInteger batches = new AtomicInteger();

    void reset() {
        for (AtomicInteger sequence : new AtomicInteger[] {groups, contacts, memberships, blacklist, messages, batches}) {
            sequence.set(0);
        }
    }
}
