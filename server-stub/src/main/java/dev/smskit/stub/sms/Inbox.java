package dev.smskit.stub.sms;

import java.util.Optional;

/** An optional capability of a simulated API: SMSs sent by phones reach its accounts. */
public interface Inbox {

    /** Why {@code account} cannot receive SMSs (not one of the configured accounts), empty if it can. */
    Optional<String> refusal(String account);

    /** Records an SMS the phone {@code from} sent to {@code to} (a number or name) of {@code account}. */
    RecordedSms receive(String account, PhoneNumber from, String to, String body);
}
