package dev.smskit.testing;

import dev.smskit.testing.control.api.FaultsApi;
import dev.smskit.testing.control.api.StubControlApi;
import dev.smskit.testing.control.invoker.ApiClient;
import dev.smskit.testing.control.invoker.ApiException;
import dev.smskit.testing.control.model.FaultRule;
import dev.smskit.testing.control.model.IncomingSms;
import dev.smskit.testing.control.model.TriggeredFault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
    private final FaultsApi faults;
    private final URI baseUrl;

    StubControl(ApiClient client, URI baseUrl) {
        client.updateBaseUri(baseUrl.toString());
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        this.api = new StubControlApi(client);
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
    public String fail(FaultRule rule) {
        return call("POST /_stub/faults", () -> faults.createFaultRule(rule)).getId();
    }

    /** @return every call a fault rule changed, oldest first */
    public List<TriggeredFault> triggeredFaults() {
        return call("GET /_stub/faults/triggered", faults::listTriggeredFaults);
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
        if (until == DeliveryStep.GATEWAY) {
            throw new IllegalArgumentException("messages settle to NETWORK or PHONE, not back to GATEWAY");
        }
        return call("POST /_stub/deliveries/settle", () -> api.settleDeliveries(
                StubControlApi.APISettleDeliveriesRequest.newBuilder().until(until.name()).build()).getSettled());
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
     * @throws AssertionError naming the query and the messages the stub has, if none was delivered in time
     */
    public RecordedSms awaitDelivered(SmsQuery query, Duration timeout) {
        return await(query.step(DeliveryStep.PHONE), " delivered to the phone", timeout);
    }

    private RecordedSms await(SmsQuery query, String goal, Duration timeout) {
        Optional<RecordedSms> found = first(query);
        if (found.isPresent()) {
            return found.get();
        }
        if (!timeout.isNegative() && !timeout.isZero()) {
            try {
                return Awaitility.await()
                        .atMost(timeout)
                        .pollDelay(POLL_INTERVAL)
                        .pollInterval(POLL_INTERVAL)
                        .until(() -> first(query), Optional::isPresent)
                        .orElseThrow();
            } catch (ConditionTimeoutException timedOut) {
                // told below, with what the stub has
            }
        }
        List<RecordedSms> all = messages();
        throw new AssertionError("No " + query + goal + " within " + timeout.toMillis() + " ms; the stub at "
                + baseUrl + " has " + (all.isEmpty() ? "no messages"
                        : all.size() + " message" + (all.size() == 1 ? "" : "s") + ":\n  "
                                + all.stream().map(RecordedSms::toString).collect(Collectors.joining("\n  "))));
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
