package dev.smskit.contract;

/** The provider states of the ip1-v1 pact: named by the consumer tests, set up by {@link Ip1V1ProviderPactIT}. */
final class Ip1V1States {

    private Ip1V1States() {
    }

    /** Injects {@code groupId}. */
    static final String GROUP = "account ip1-12345 has a group";
    /** Injects {@code groupId}, {@code contactId} and {@code membershipId}. */
    static final String MEMBER = "account ip1-12345 has a contact +46701234567 in a group";
    /** Injects {@code groupId} and {@code contactId}. */
    static final String NOT_MEMBER = "account ip1-12345 has a group and a contact +46701234567 not in it";
    static final String NOTHING = "account ip1-12345 has no group, contact, membership, SMS or blacklist entry 999999";
    /** Injects {@code entryId}. */
    static final String BLACKLISTED = "account ip1-12345 has blacklisted +46701234599";
    /** Injects {@code smsId}. */
    static final String SENT = "account ip1-12345 has sent an SMS to +46701234567";
    /** Its credits are 0 SEK: every send is refused (PUT /_stub/ip1/accounts/ip1-12345/credits). */
    static final String NO_CREDITS = "account ip1-12345 has no credits left";
}
