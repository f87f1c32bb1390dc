package dev.smskit.stub.sms;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where an API hands the messages an application follows through HTTP callbacks. Deliveries move on
 * by the clock, not by events (see {@link Delivery}), so an API does not announce each step: it says
 * once which message to follow and how to read its reports, and the callbacks side reads them as the
 * clock, a settle or a failure moves the message on.
 */
public interface MessageCallbacks {

    /**
     * The reports a message has due so far, one per delivery step reached, oldest first.
     *
     * @param complete no further report will come (the message is final, or gone)
     */
    record Reports(List<Object> due, boolean complete) {
    }

    /**
     * Posts each report of one message to {@code url} once, in order, as {@code reports} makes them due.
     *
     * @param kind what the callback is, as the control API lists it ({@code IP1_DELIVERY_REPORT})
     */
    void follow(String kind, String account, String messageId, URI url, Supplier<Reports> reports);

    /** Posts {@code body} to the URL {@code account} has set for callbacks of {@code kind}, if any. */
    void push(String kind, String account, String messageId, Object body);

    /** Forgets every callback, pending or tried, and every URL set, as if the server had just started. */
    void reset();
}
