package dev.smskit.testing;

import dev.smskit.testing.control.api.CallbacksApi;
import dev.smskit.testing.control.api.FaultsApi;
import dev.smskit.testing.control.api.StubControlApi;
import dev.smskit.testing.control.invoker.ApiClient;
import dev.smskit.testing.control.invoker.ApiException;
import dev.smskit.testing.control.model.CallbackAttempt;
import dev.smskit.testing.control.model.DeliveryFailure;
import dev.smskit.testing.control.model.FaultRule;
import dev.smskit.testing.control.model.IncomingSms;
import dev.smskit.testing.control.model.RecordedMessage;
import dev.smskit.testing.control.model.TriggeredFault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The stub's control API ({@code /_stub}) for tests: what the APIs received, with the delivery step
 * of each message, waiting for messages, settling deliveries and injecting incoming SMS. Thread-safe.
 */
public final class StubControl {

    /** How long the waiting methods wait when not told. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final StubControlApi api;
    private final CallbacksApi callbacks;
    private final FaultsApi faults;
    private final URI baseUrl;

    StubControl(ApiClient client, URI baseUrl) {
        client.updateBaseUri(baseUrl.toString());
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        this.api = new StubControlApi(client);
        this.callbacks = new CallbacksApi(client);
        this.faults = new FaultsApi(client);
        this.baseUrl = baseUrl;
    }

    /**
     * Makes matching calls to the simulated APIs fail as {@code rule} says, until {@link #reset()}
     * (README "Fault rules").
     *
     * @param rule which calls, which effect, how often
     * @return the rule's id, for {@code faults().deleteFaultRule(id)}
     */
    public String addFaultRule(FaultRule rule) {
        return call("POST /_stub/faults", () -> faults.createFaultRule(rule)).getId();
    }

    /** @return every call a fault rule changed, oldest first */
    public List<TriggeredFault> triggeredFaults() {
        return call("GET /_stub/faults/triggered", () -> faults.listTriggeredFaults(
                FaultsApi.APIListTriggeredFaultsRequest.newBuilder().build()));
    }

    /**
     * The fault rules of the control API as generated from {@code specs/stub-admin.yaml}.
     *
     * @return the generated client, pointed at the stub
     */
    public FaultsApi faults() {
        return faults;
    }

    /**
     * The control API as generated from {@code specs/stub-admin.yaml}, for what this class does not wrap.
     *
     * @return the generated client, pointed at the stub
     */
    public StubControlApi api() {
        return api;
    }

    /** Forgets everything every API of the stub stored (the kit does it before each test). */
    public void reset() {
        call("POST /_stub/reset", () -> {
            api.resetState();
            return null;
        });
    }

    /** @return every message the stub recorded, oldest first */
    public List<RecordedSms> messages() {
        return messages(SmsQuery.any());
    }

    /**
     * @param query which messages
     * @return the recorded messages that match, oldest first, with their delivery step as of now
     */
    public List<RecordedSms> messages(SmsQuery query) {
        List<RecordedSms> all = call("GET /_stub/messages", () -> api.listMessages(
                        StubControlApi.APIListMessagesRequest.newBuilder().account(query.account()).build()))
                .stream().map(RecordedSms::of).collect(Collectors.toList());
        return all.stream().filter(query::matches).collect(Collectors.toList());
    }

    /**
     * Moves every pending delivery on to the phone now (smsend orders still scheduled wait for their
     * time).
     *
     * @return how many messages moved on
     */
    public int settle() {
        return settle(DeliveryStep.PHONE);
    }

    /**
     * @param until {@link DeliveryStep#NETWORK} or {@link DeliveryStep#PHONE}
     * @return how many messages moved on
     */
    public int settle(DeliveryStep until) {
        if (until != DeliveryStep.NETWORK && until != DeliveryStep.PHONE) {
            throw new IllegalArgumentException("messages settle to NETWORK or PHONE, not " + until
                    + (until == DeliveryStep.FAILED ? " (failDelivery makes one fail)" : ""));
        }
        return call("POST /_stub/deliveries/settle", () -> api.settleDeliveries(
                StubControlApi.APISettleDeliveriesRequest.newBuilder().until(until.name()).build()).getSettled());
    }

    /**
     * Makes a message that is not yet delivered fail, as the network would: its API's status reads,
     * V2 conversations and delivery reports then say so (README "Failed deliveries").
     *
     * @param message a message the stub recorded (an smsend one fails for its recipient only)
     * @param code    the failure in its API's terms: a V2 status code for IP1 ({@code "500"},
     *                {@code "404"}, ...), a recipient state for smsend ({@code "KO"}, {@code "TIMEOUT"}, ...)
     * @return the message as failed
     * @throws IllegalStateException naming the stub's answer if it refuses (unknown code, already final)
     */
    public RecordedSms failDelivery(RecordedSms message, String code) {
        RecordedMessage recorded = message.recorded();
        DeliveryFailure failure = new DeliveryFailure().api(recorded.getApi()).account(recorded.getAccount()).code(code);
        if (recorded.getApi() == dev.smskit.testing.control.model.Api.SMSEND) {
            failure.orderId(recorded.getOrderId()).to(recorded.getTo());
        } else {
            failure.id(String.valueOf(recorded.getId()));
        }
        List<RecordedMessage> failed = call("POST /_stub/deliveries/fail", () -> api.failDelivery(
                StubControlApi.APIFailDeliveryRequest.newBuilder().deliveryFailure(failure).build()));
        return RecordedSms.of(failed.get(0));
    }

    /**
     * Records an SMS that a phone sent to an IP1 account; it shows in the account's V2 conversation
     * with that phone.
     *
     * @param account the receiving IP1 account
     * @param from    the sending phone, E.164
     * @param text    the text
     * @return the recorded message
     */
    public RecordedSms injectIncoming(String account, String from, String text) {
        IncomingSms sms = new IncomingSms().account(account).from(from).message(text);
        return RecordedSms.of(call("POST /_stub/ip1/incoming", () -> api.injectIncomingSms(
                StubControlApi.APIInjectIncomingSmsRequest.newBuilder().incomingSms(sms).build())));
    }

    /**
     * Waits until a matching message exists.
     *
     * @param query which message
     * @return the first matching message
     * @throws AssertionError naming the query and the messages the stub has, if none matched within
     *                        {@link #DEFAULT_TIMEOUT}
     */
    public RecordedSms awaitMessage(SmsQuery query) {
        return awaitMessage(query, DEFAULT_TIMEOUT);
    }

    /**
     * @param query   which message
     * @param timeout how long to wait
     * @return the first matching message
     * @throws AssertionError naming the query and the messages the stub has, if none matched in time
     */
    public RecordedSms awaitMessage(SmsQuery query, Duration timeout) {
        return await(query, "", timeout);
    }

    /**
     * Waits until a matching message is delivered to the phone.
     *
     * @param query which message
     * @return the first matching delivered message
     * @throws AssertionError naming the query and the messages the stub has, if none was delivered
     *                        within {@link #DEFAULT_TIMEOUT}
     */
    public RecordedSms awaitDelivered(SmsQuery query) {
        return awaitDelivered(query, DEFAULT_TIMEOUT);
    }

    /**
     * @param query   which message
     * @param timeout how long to wait
     * @return the first matching delivered message
     * @throws AssertionError naming the query and the messages the stub has, if none was delivered in time,
     *                        or at once if the first matching message failed
     */
    public RecordedSms awaitDelivered(SmsQuery query, Duration timeout) {
        RecordedSms found = await(() -> messages(query).stream().filter(m -> m.delivered() || m.failed()).findFirst(),
                timeout, () -> failure(query, " delivered to the phone", timeout));
        if (found.failed()) {
            throw new AssertionError("The " + query + " failed instead of reaching the phone: " + found);
        }
        return found;
    }

    private RecordedSms await(SmsQuery query, String goal, Duration timeout) {
        return await(() -> first(query), timeout, () -> failure(query, goal, timeout));
    }

    private String failure(SmsQuery query, String goal, Duration timeout) {
        return "No " + query + goal + " within " + timeout.toMillis() + " ms; the stub at " + baseUrl + " has "
                + listed(messages(), "message", RecordedSms::toString);
    }

    /** Polls {@code look} until it finds something, else fails with {@code failure}'s text. */
    private static <T> T await(Supplier<Optional<T>> look, Duration timeout, Supplier<String> failure) {
        Optional<T> found = look.get();
        if (found.isPresent()) {
            return found.get();
        }
        if (!timeout.isNegative() && !timeout.isZero()) {
            try {
                return Awaitility.await()
                        .atMost(timeout)
                        .pollDelay(POLL_INTERVAL)
                        .pollInterval(POLL_INTERVAL)
                        .until(look::get, Optional::isPresent)
                        .orElseThrow();
            } catch (ConditionTimeoutException timedOut) {
                // told below, with what the stub has
            }
        }
        throw new AssertionError(failure.get());
    }

    private static <T> String listed(List<T> all, String noun, Function<T, String> line) {
        return all.isEmpty() ? "no " + noun + "s"
                : all.size() + " " + noun + (all.size() == 1 ? "" : "s") + ":\n  "
                        + all.stream().map(line).collect(Collectors.joining("\n  "));
    }

    /**
     * @return every callback the stub made or tried (IP1 V2 delivery reports, IP1 incoming SMS), oldest
     *         first, with the receiver's answer
     */
    public List<CallbackAttempt> callbackAttempts() {
        return call("GET /_stub/callbacks/attempts", () -> callbacks.listCallbackAttempts(
                CallbacksApi.APIListCallbackAttemptsRequest.newBuilder().build()));
    }

    /**
     * Waits until the stub has made a matching callback attempt (the stub posts them asynchronously).
     *
     * @param matching which attempt, e.g. {@code a -> a.getBody().contains("\"code\":201")}
     * @param timeout  how long to wait
     * @return the first matching attempt
     * @throws AssertionError listing the attempts the stub made, if none matched in time
     */
    public CallbackAttempt awaitCallbackAttempt(Predicate<CallbackAttempt> matching, Duration timeout) {
        return await(() -> callbackAttempts().stream().filter(matching).findFirst(), timeout,
                () -> "No matching callback attempt within " + timeout.toMillis() + " ms; the stub at " + baseUrl
                        + " made " + listed(callbackAttempts(), "attempt", attempt -> attempt.getKind() + " #"
                                + attempt.getAttempt() + " to " + attempt.getUrl() + " -> "
                                + (attempt.getStatus() != null ? "HTTP " + attempt.getStatus() : attempt.getError())
                                + " " + attempt.getBody()));
    }

    /** {@link #awaitCallbackAttempt(Predicate, Duration)} within {@link #DEFAULT_TIMEOUT}. */
    public CallbackAttempt awaitCallbackAttempt(Predicate<CallbackAttempt> matching) {
        return awaitCallbackAttempt(matching, DEFAULT_TIMEOUT);
    }

    private Optional<RecordedSms> first(SmsQuery query) {
        return messages(query).stream().findFirst();
    }

    private interface Call<T> {
        T run() throws ApiException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ApiException failed) {
            throw new IllegalStateException(what + " on the stub at " + baseUrl + " failed"
                    + (failed.getCode() == 0 ? ": " + failed.getMessage()
                            : " with HTTP " + failed.getCode() + ": " + failed.getResponseBody()), failed);
        }
    }
}
