package dev.smskit.testing;

/** The APIs the stub serves. */
public enum Api {
    /** IP1 SMS REST API V1 ({@code /api}). */
    IP1_V1,
    /** IP1 SMS API V2 ({@code /v2}); it shares accounts and messages with V1. */
    IP1_V2,
    /** smsend REST API ({@code /API/v1.0/REST}). */
    SMSEND;

    boolean isIp1() {
        return this != SMSEND;
    }
}
