package dev.smskit.stub.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smskit.stub.retention.*}: how much sent traffic the stub keeps, so that a stub left running for
 * days keeps its heap bounded. Per IP1 account and per smsend user, the oldest is dropped first and
 * then answers as an unknown id would.
 *
 * @param messagesPerAccount IP1 messages (sent and received) each account keeps, and smsend orders each
 *                           user keeps; whole IP1 batches are dropped, so the newest batch always stays
 */
@ConfigurationProperties("smskit.stub.retention")
public record Retention(@DefaultValue("50000") int messagesPerAccount) {

    /** The documented default, for stores made outside Spring. */
    public static final Retention DEFAULT = new Retention(50_000);

    public Retention {
        if (messagesPerAccount < 1) {
            throw new IllegalArgumentException("smskit.stub.retention.messages-per-account must be at least 1, not " + messagesPerAccount);
        }
    }
}
