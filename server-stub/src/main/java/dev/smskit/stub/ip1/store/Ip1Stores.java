package dev.smskit.stub.ip1.store;

import java.util.List;
import java.util.function.Function;

import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.sms.DeliveryStep;

/**
 * The state of the IP1 APIs, one set of stores per account. V1 and V2 share it: a message sent through
 * V1 is part of V2 conversations. Ids are unique across accounts; everything an account reads or
 * changes is its own. Implementations are thread-safe.
 */
public interface Ip1Stores {

    /**
     * Runs {@code work} on the account's stores as one atomic unit: no other work on the same account
     * runs in between (a send checks its recipients and records its messages with nothing slipping in).
     */
    <T> T inAccount(String account, Function<AccountData, T> work);

    /** Every account's messages, oldest first, with their statuses as of now. */
    List<SmsMessage> messages();

    /** Moves every pending outgoing message of every account on to {@code until} now; answers how many moved. */
    int settle(DeliveryStep until);

    /** One account's messages, oldest first, with their statuses as of now. */
    List<SmsMessage> messages(String account);

    /** Forgets everything one account stored; ids are not reused. */
    void reset(String account);

    /** Forgets everything stored, as if the server had just started. */
    void reset();
}
