package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.EncodedText;
import org.jspecify.annotations.Nullable;

/**
 * One IP1 message as stored: sent through V1 (outgoing) or injected through the control API
 * (incoming). V1 and V2 are two views of it.
 *
 * @param id         V1 {@code ID}; V2's {@code id} is derived from it
 * @param batch      one per send request; V2 {@code batchId}, V1 {@code BundleID} when the request sent several
 * @param batchSize  how many messages the request sent
 * @param from       sender as the client gave it (a name or a phone number)
 * @param to         recipient as the client gave it (a phone number for outgoing messages)
 * @param senderKey  {@link Participant} key of the sender
 * @param recipientKey {@link Participant} key of the recipient
 * @param countryCode region of the recipient's number (outgoing) or of the sender's (incoming)
 * @param price      price per segment (zero for incoming messages)
 * @param delivery   when it reaches each step
 * @param asOf       the time the message is read at: its statuses are those reached by then
 * @param sentThrough the API that sent it; {@code null} for an incoming message
 */
public record SmsMessage(int id, int batch, int batchSize, String account, Direction direction, String from, String to,
        String senderKey, String recipientKey, String body, EncodedText text, String countryCode, BigDecimal price,
        Instant created, Delivery delivery, Instant asOf, @Nullable Api sentThrough) {

    public enum Direction {
        OUTGOING,
        INCOMING
    }

    /** IP1's two APIs, which share their messages. */
    public enum Api {
        V1,
        V2
    }

    /** V2 {@code id}: 24 hex digits, like the platform's ObjectIds. */
    public String conversationId() {
        return hex(id);
    }

    public String batchId() {
        return hex(batch);
    }

    /** Price of all segments, in öre precision. */
    public BigDecimal totalPrice() {
        return price.multiply(BigDecimal.valueOf(text.segments())).setScale(2, RoundingMode.HALF_UP);
    }

    /** The delivery history as of {@link #asOf()}, oldest first. */
    public List<Delivery.Change> statuses() {
        return delivery.history(asOf);
    }

    public Delivery.Change latest() {
        return delivery.at(asOf);
    }

    /** The V1/V2 status as of {@link #asOf()}. */
    public DeliveryStatus status() {
        return DeliveryStatus.of(latest());
    }

    /** Whether its status can still change after {@link #asOf()}. */
    public boolean isPending() {
        return !delivery.isFinal(asOf);
    }

    public boolean involves(String participantKey) {
        return senderKey.equals(participantKey) || recipientKey.equals(participantKey);
    }

    /** The same message sent with another encoding (a V2 client may ask for UCS-2). */
    public SmsMessage withText(EncodedText encoded) {
        return new SmsMessage(id, batch, batchSize, account, direction, from, to, senderKey, recipientKey, body,
                encoded, countryCode, price, created, delivery, asOf, sentThrough);
    }

    /** The message read at {@code time}, with another delivery. */
    public SmsMessage withDelivery(Delivery changed, Instant time) {
        return new SmsMessage(id, batch, batchSize, account, direction, from, to, senderKey, recipientKey, body, text,
                countryCode, price, created, changed, time, sentThrough);
    }

    /** The message as of {@code time}; this one if its status is the same. */
    public SmsMessage asOf(Instant time) {
        return delivery.history(time).size() == statuses().size() ? this : withDelivery(delivery, time);
    }

    // every V2 answer writes two ids per message: String.format would be most of the work
    private static String hex(int number) {
        String digits = Integer.toHexString(number);
        return "0".repeat(24 - digits.length()) + digits;
    }
}
