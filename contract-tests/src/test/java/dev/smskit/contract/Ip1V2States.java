package dev.smskit.contract;

/** The provider states of the ip1-v2 pact: named by the consumer tests, set up by {@link Ip1V2ProviderPactIT}. */
final class Ip1V2States {

    private Ip1V2States() {
    }

    static final String MESSAGES = "account ip1-12345 has sent 3 messages to 46701234567";
    static final String NO_MESSAGES = "account ip1-12345 has no messages with 46709999999";
    static final String REPLY = "46701234567 has sent a message to account ip1-12345";
    /** Injects {@code batchId} and {@code messageId}, the batch's first message. */
    static final String BATCH = "account ip1-12345 has sent a batch to 46701234567 and 46709876543";
    /** Its credits are 0 SEK: every batch is refused (PUT /_stub/ip1/accounts/ip1-12345/credits). */
    static final String NO_CREDITS = Ip1V1States.NO_CREDITS;
}
