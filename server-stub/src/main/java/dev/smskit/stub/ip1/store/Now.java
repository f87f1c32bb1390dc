package dev.smskit.stub.ip1.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The stores' time: the stub's clock in milliseconds, as IP1 writes its dates. */
final class Now {

    private final Clock clock;

    Now(Clock clock) {
        this.clock = clock;
    }

    Instant get() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A {@code Modified} strictly later than {@code before}, even within the same millisecond: clients compare them. */
    Instant after(Instant before) {
        Instant now = get();
        Instant next = before.plusMillis(1);
        return now.isAfter(next) ? now : next;
    }
}
