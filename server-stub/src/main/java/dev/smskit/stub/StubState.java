package dev.smskit.stub;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.Inbox;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.ErrorShape;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One simulated API as the rest of the stub sees it, one bean per API: the control API and the startup
 * line iterate over these beans, and a new cross-API feature (callbacks, faults, an inbox) plugs in
 * here instead of reaching into an API's package. The beans are ordered ({@code @Order}) as the
 * startup line and {@code /_stub/messages} list them.
 */
public interface StubState {

    /** Where one API of it is served and how its errors look. */
    record Surface(String title, String basePath, ErrorShape errorShape) {
    }

    /** Its name, as {@code api} in the control API ({@code ip1}, {@code smsend}). */
    String name();

    /** The APIs it serves (IP1 serves V1 and V2 over one state). */
    List<Surface> surfaces();

    /** Forgets everything stored, as if the server had just started. */
    void reset();

    /**
     * Moves every pending outgoing message on to {@code until} ({@link DeliveryStep#NETWORK} or
     * {@link DeliveryStep#PHONE}) now; answers how many moved on.
     */
    int settle(DeliveryStep until);

    /** Its part of the startup line: the credentials it accepts. */
    String credentials();

    /** Every message it recorded, sent and received, oldest first, with its status as of now. */
    List<RecordedSms> messages();

    /** The messages of one account, as {@link #messages()} lists them; read by index, it may make each as it is read. */
    default List<RecordedSms> messages(String account) {
        return messages().stream().filter(message -> message.account().equals(account)).toList();
    }

    /** The accounts (or users) it accepts, as configured. */
    default List<String> accounts() {
        return List.of();
    }

    /** Forgets everything one of its accounts stored, as {@link #reset()} does for all. */
    default void reset(String account) {
        throw new UnsupportedOperationException(name() + " cannot reset one account");
    }

    /**
     * Moves one of its messages on to {@code until} now, as {@link #settle(DeliveryStep)} does for all
     * (and with it any message sharing its delivery); the message as of now, empty once it is gone.
     */
    default Optional<RecordedSms> settle(RecordedSms message, DeliveryStep until) {
        return Optional.empty();
    }

    /**
     * Whether {@code code} is one its messages can fail with, in its own terms (an IP1 V2 status code, an
     * smsend state); no API fails messages by default.
     */
    default boolean isFailureCode(String code) {
        return false;
    }

    /**
     * Fails some of its outgoing messages now with {@code code} (see {@link #isFailureCode(String)}): one IP1
     * message, or recipients of one smsend order. The messages as of now; none of them once they are gone.
     *
     * @throws dev.smskit.stub.web.StubError 409, with nothing failed, if one of them is final already
     *     (delivered or failed)
     */
    default List<RecordedSms> fail(List<RecordedSms> messages, String code) {
        throw new UnsupportedOperationException(name() + " fails no message");
    }

    /** How SMSs from phones reach its accounts, if they can. */
    default Optional<Inbox> inbox() {
        return Optional.empty();
    }

    /**
     * The account (or user) the credentials of {@code request} name, checked as the API checks them,
     * before any API code ran: what a fault rule's {@code account} matches. Empty without valid ones.
     */
    default Optional<String> caller(HttpServletRequest request) {
        return Optional.empty();
    }
}
