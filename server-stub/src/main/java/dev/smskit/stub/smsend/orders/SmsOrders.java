package dev.smskit.stub.smsend.orders;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.sms.DeliveryStep;

/**
 * The SMS orders and credits of every smsend user; each user sees only its own. An SMS moves on with
 * the clock: {@code SCHEDULED} until its sending time, then {@code WAITING}, {@code SENT} and, when
 * delivery is notified, {@code DLVRD}. A call that fails changes nothing.
 */
public interface SmsOrders {

    /**
     * Places an order and takes its credits.
     *
     * @throws OrderRefusedException if the user already has an order with its ID, or too few credits
     */
    PlacedOrder place(String username, NewOrder order);

    /** The state of each recipient of the order, as of now, in the order's recipient order. */
    Optional<List<RecipientState>> state(String username, String orderId);

    /** What {@link #cancel} did. */
    enum Cancellation { DELETED, NOT_FOUND, NOT_SCHEDULED }

    /** Deletes an order that is still waiting for its scheduled time, and gives its credits back. */
    Cancellation cancel(String username, String orderId);

    /**
     * Moves every due SMS of every user on to {@code until} now: {@link DeliveryStep#NETWORK} is
     * {@code SENT}, {@link DeliveryStep#PHONE} the final state ({@code DLVRD} when delivery is notified,
     * else {@code SENT}); SMSs still {@code SCHEDULED} wait for their time.
     *
     * @return how many SMSs moved on
     */
    int settle(DeliveryStep until);

    /** Every SMS sent to a valid recipient, of every user, in the order their orders were placed, as of now. */
    List<SentSms> sent();

    /** {@link #sent()} of one user. */
    List<SentSms> sent(String username);

    /**
     * Moves the SMSs of one order on to {@code until} now (its recipients share one delivery), as
     * {@link #settle(DeliveryStep)} does for all; whether the order is known.
     */
    boolean settle(String username, String orderId, DeliveryStep until);

    /**
     * What {@link #fail} did: the recipients it failed, or, when one of them is final already (delivered or
     * failed), nothing, with those final ones.
     */
    record Failing(List<RecipientState> failed, List<RecipientState> alreadyFinal) {
    }

    /**
     * Fails the SMSs of one order to {@code destinations} (as the order gave them) now with {@code state} (a
     * failure state, {@code KO}, {@code TIMEOUT}, ...); empty if the order or one of the recipients is unknown.
     */
    Optional<Failing> fail(String username, String orderId, List<String> destinations, String state);

    /** The credits the user has left. */
    int remainingCredits(String username);

    /** Sets the credits the user has left, whatever its orders took so far (until a reset). */
    void remainingCredits(String username, int remaining);

    /** Forgets one user's orders and gives its credits back. */
    void reset(String username);

    /** Forgets every order and the credits they took, as if the server had just started. */
    void reset();
}
