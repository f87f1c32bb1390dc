package dev.smskit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which recorded messages a test is after: every condition given must hold. Immutable; start with
 * {@link #any()} or {@link #to(String)}.
 *
 * <pre>{@code
 * stub.messages(SmsQuery.to("+46701234567").textContaining("shipped").api(Api.SMSEND))
 * }</pre>
 */
public final class SmsQuery {

    private final List<String> conditions;
    private final Predicate<RecordedSms> test;
    private final String account;

    private SmsQuery(List<String> conditions, Predicate<RecordedSms> test, String account) {
        this.conditions = conditions;
        this.test = test;
        this.account = account;
    }

    /** @return a query for every message */
    public static SmsQuery any() {
        return new SmsQuery(List.of(), message -> true, null);
    }

    /**
     * @param phone the recipient, E.164 (the leading {@code +} may be left out)
     * @return a query for the messages to this phone
     */
    public static SmsQuery to(String phone) {
        return any().recipient(phone);
    }

    private SmsQuery with(String condition, Predicate<RecordedSms> more, String account) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return new SmsQuery(List.copyOf(all), test.and(more), account);
    }

    /**
     * @param phone the recipient, E.164 (the leading {@code +} may be left out)
     * @return this query, narrowed to the messages to this phone
     */
    public SmsQuery recipient(String phone) {
        String wanted = digits(Objects.requireNonNull(phone, "phone"));
        return with("to " + phone, message -> wanted.equals(digits(message.to())), account);
    }

    /**
     * @param sender the sender name or number, as sent
     * @return this query, narrowed to the messages from it
     */
    public SmsQuery from(String sender) {
        Objects.requireNonNull(sender, "sender");
        return with("from " + sender, message -> sender.equals(message.from()), account);
    }

    /**
     * @param text the whole text
     * @return this query, narrowed to the messages with exactly this text
     */
    public SmsQuery text(String text) {
        Objects.requireNonNull(text, "text");
        return with("text \"" + text + "\"", message -> text.equals(message.text()), account);
    }

    /**
     * @param part a part of the text
     * @return this query, narrowed to the messages whose text contains it
     */
    public SmsQuery textContaining(String part) {
        Objects.requireNonNull(part, "part");
        return with("text containing \"" + part + "\"", message -> message.text() != null && message.text().contains(part), account);
    }

    /**
     * @param account the IP1 account id (or smsend user)
     * @return this query, narrowed to its messages (the stub filters them itself)
     */
    public SmsQuery account(String account) {
        Objects.requireNonNull(account, "account");
        return with("account " + account, message -> account.equals(message.account()), account);
    }

    /**
     * @param api the API the message went through; an SMS a phone sent to an IP1 account counts for
     *            both IP1 APIs
     * @return this query, narrowed to that API's messages
     */
    public SmsQuery api(Api api) {
        Objects.requireNonNull(api, "api");
        return with("API " + api, message -> message.api() == null ? api.isIp1() : message.api() == api, account);
    }

    /**
     * @param step the delivery step
     * @return this query, narrowed to the messages at that step now
     */
    public SmsQuery step(DeliveryStep step) {
        Objects.requireNonNull(step, "step");
        return with("at " + step, message -> message.step() == step, account);
    }

    /** @return this query, narrowed to outgoing messages */
    public SmsQuery outgoing() {
        return with("outgoing", message -> !message.incoming(), account);
    }

    /** @return this query, narrowed to incoming messages (from a phone to an account) */
    public SmsQuery incoming() {
        return with("incoming", RecordedSms::incoming, account);
    }

    boolean matches(RecordedSms message) {
        return test.test(message);
    }

    /** The account to ask the stub for, if one is wanted. */
    String account() {
        return account;
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.startsWith("+") ? phone.substring(1) : phone;
    }

    @Override
    public String toString() {
        return conditions.isEmpty() ? "message" : "message " + String.join(", ", conditions);
    }
}
