package dev.smskit.stub;

/** In-memory state of one API that the control API can wipe (every store implements it). */
public interface StubState {

    /** Forgets everything stored, as if the server had just started. */
    void reset();
}
