package dev.smskit.testing;

/** How the stub moves sent messages on to the network and the phone. */
public enum DeliveryTiming {
    /** Delivered to the phone as soon as sent: tests see final states without waiting. */
    INSTANT,
    /**
     * The stub's configured delays (by default 1 s to the network, 3 s to the phone): for tests of
     * what an application shows meanwhile; {@link StubControl#settle()} moves them on at will.
     */
    REAL
}
