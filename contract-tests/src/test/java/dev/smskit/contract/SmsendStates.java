package dev.smskit.contract;

/**
 * The provider states of the smsend pact: named by the consumer tests, set up by {@link SmsendProviderPactIT}.
 * Every state logs user test in both ways and injects {@code userKey}, {@code accessToken} and {@code sessionKey}.
 */
final class SmsendStates {

    private SmsendStates() {
    }

    static final String USER = "user test is logged in";
    /** Injects {@code groupId}. */
    static final String GROUP = "user test has a group";
    /** Injects {@code contactId}. */
    static final String CONTACT = "user test has a contact";
    static final String GROUP_AND_CONTACT = "user test has a group and a contact";
    static final String MEMBER = "user test has a contact in a group";
    /** An SMS to +393471234567 sent now ({@link SmsendConsumerPact#ORDER_ID}). */
    static final String ORDER = "user test has an SMS order";
    /** An SMS to +393471234567 scheduled far ahead ({@link SmsendConsumerPact#SCHEDULED_ORDER_ID}). */
    static final String SCHEDULED_ORDER = "user test has a scheduled SMS order";
}
