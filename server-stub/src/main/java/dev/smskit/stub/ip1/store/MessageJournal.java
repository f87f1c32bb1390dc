package dev.smskit.stub.ip1.store;

import java.util.List;
import java.util.Optional;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;

/**
 * One account's messages, sent and received, and its batches (one per send request, V1 or V2). Reads
 * answer messages with their delivery statuses as of now.
 */
public interface MessageJournal {

    /** One message to record: its recipient and its text. */
    record Outgoing(PhoneNumber to, String body, EncodedText text) {
    }

    /** Records one outgoing message per item, in order, as one batch sent through {@code api} with {@code options}. */
    List<SmsMessage> record(SmsMessage.Api api, String from, List<Outgoing> messages, Batch.Options options);

    /** Records an incoming message from a phone to the account. */
    SmsMessage receive(PhoneNumber from, String to, String body);

    /** The messages in which the participant is sender or recipient, oldest first. */
    List<SmsMessage> conversation(String participantKey);

    /** Every message, oldest first. */
    List<SmsMessage> messages();

    /** One message by its V1 {@code ID}. */
    Optional<SmsMessage> message(int id);

    /** The batches, V1 sends included, oldest first. */
    List<Batch> batches();

    Optional<Batch> batch(int number);

    /** The V2 options a batch was sent with; {@link Batch.Options#DEFAULTS} for V1 sends and incoming messages. */
    Batch.Options batchOptions(int number);

    /** Moves every pending outgoing message on to {@code until} now; answers how many moved. */
    int settle(DeliveryStep until);

    /** Moves one message on to {@code until} now; the message as of now, empty if it is not (or no longer) here. */
    Optional<SmsMessage> settle(int id, DeliveryStep until);

    /**
     * Fails one message now with V2 status code {@code code}, unless it is final (delivered or failed) already;
     * the message as of now, empty if it is not (or no longer) here.
     */
    Optional<SmsMessage> fail(int id, String code);
}
