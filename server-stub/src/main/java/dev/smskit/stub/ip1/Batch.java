package dev.smskit.stub.ip1;

import java.time.Instant;
import java.util.List;

import dev.smskit.stub.sms.EncodedText;
import org.jspecify.annotations.Nullable;

/**
 * The outgoing messages of one send request, V1 or V2 (a V1 send is a batch too), with their
 * statuses as of the read.
 *
 * @param number   the batch number the messages carry ({@link SmsMessage#batch()})
 * @param options  what a V2 request asked for; {@link Options#DEFAULTS} for V1 sends
 * @param messages one per recipient, in the order of the request, never empty
 */
public record Batch(int number, Options options, List<SmsMessage> messages) {

    public Batch {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a batch has messages");
        }
    }

    /** A time span in which the messages may be delivered. */
    public record DeliveryWindow(Instant opens, Instant closes) {
    }

    /**
     * What a V2 batch request decides beyond sender, body and recipients.
     *
     * @param datacoding the encoding asked for, or null to choose it from the body
     * @param priority   1 normal, 2 high
     */
    public record Options(boolean flash, EncodedText.@Nullable Encoding datacoding, int priority,
            List<DeliveryWindow> deliveryWindows, @Nullable String deliveryReportUrl, @Nullable String reference,
            List<String> tags) {

        /** A V1 send: an SMS now, normal priority, encoding chosen from the text. */
        public static final Options DEFAULTS = new Options(false, null, 1, List.of(), null, null, List.of());

        public Options {
            deliveryWindows = List.copyOf(deliveryWindows);
            tags = List.copyOf(tags);
        }
    }

    /** The V2 {@code id}, which its messages carry as {@code batchId}. */
    public String id() {
        return first().batchId();
    }

    public String account() {
        return first().account();
    }

    public SmsMessage first() {
        return messages.get(0);
    }

    public Instant created() {
        return first().created();
    }
}
