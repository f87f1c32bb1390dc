package dev.smskit.stub.ip1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.smskit.stub.StubState;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v2.Ip1Callbacks;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.Inbox;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.ErrorShape;
import dev.smskit.stub.web.StubError;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * IP1 as the rest of the stub sees it: one simulated API serving V1 and V2 over one state, since a
 * message sent through V1 is part of V2 conversations. It receives SMSs from phones.
 */
@Component
@Order(1)
class Ip1Stub implements StubState, Inbox {

    private final Ip1Stores stores;
    private final Ip1Properties properties;
    private final Ip1Callbacks callbacks;
    private final Ip1Authentication authentication;
    private final Credits credits;

    Ip1Stub(Ip1Stores stores, Ip1Properties properties, Ip1Callbacks callbacks, Ip1Authentication authentication,
            Credits credits) {
        this.stores = stores;
        this.properties = properties;
        this.callbacks = callbacks;
        this.authentication = authentication;
        this.credits = credits;
    }

    @Override
    public String name() {
        return "ip1";
    }

    @Override
    public List<Surface> surfaces() {
        return List.of(new Surface("IP1 V1", "/api", ErrorShape.IP1_V1), new Surface("IP1 V2", "/v2", ErrorShape.IP1_V2));
    }

    @Override
    public void reset() {
        stores.reset();
        credits.reset();
    }

    @Override
    public int settle(DeliveryStep until) {
        return stores.settle(until);
    }

    @Override
    public String credentials() {
        return "IP1 accounts (id, V1 Basic API key, Bearer token): " + properties.accounts().stream()
                .map(account -> account.id() + " " + account.apiKey() + " " + account.token())
                .collect(Collectors.joining(", "));
    }

    @Override
    public List<RecordedSms> messages() {
        return stores.messages().stream().map(this::recorded).toList();
    }

    @Override
    public List<RecordedSms> messages(String account) {
        return RecordedSms.view(stores.messages(account), this::recorded);
    }

    @Override
    public List<String> accounts() {
        return properties.accounts().stream().map(Ip1Properties.Account::id).toList();
    }

    @Override
    public void reset(String account) {
        stores.reset(account);
        credits.reset(account);
    }

    @Override
    public Optional<RecordedSms> settle(RecordedSms message, DeliveryStep until) {
        int id = (Integer) message.terms().get("id");
        return stores.inAccount(message.account(), data -> data.journal().settle(id, until)).map(this::recorded);
    }

    @Override
    public boolean isFailureCode(String code) {
        return DeliveryStatus.isFailureCode(code);
    }

    @Override
    public List<RecordedSms> fail(List<RecordedSms> messages, String code) {
        // each IP1 message has its own status: one at a time
        return messages.stream().flatMap(message -> {
            int id = (Integer) message.terms().get("id");
            return stores.inAccount(message.account(), data -> data.journal().message(id).flatMap(found -> {
                if (!found.isPending()) {
                    throw StubError.of(HttpStatus.CONFLICT, "Message " + id + " is final already (V1 Status "
                            + found.status().v1Status() + ", V2 code " + found.status().v2Code() + ").");
                }
                return data.journal().fail(id, code);
            })).stream();
        }).map(this::recorded).toList();
    }

    @Override
    public Optional<String> caller(HttpServletRequest request) {
        return authentication.account(request).map(Ip1Properties.Account::id);
    }

    @Override
    public Optional<Inbox> inbox() {
        return Optional.of(this);
    }

    @Override
    public Optional<String> refusal(String account) {
        return properties.accounts().stream().anyMatch(configured -> configured.id().equals(account)) ? Optional.empty()
                : Optional.of("is not one of the configured IP1 accounts (smskit.stub.ip1.accounts)");
    }

    @Override
    public RecordedSms receive(String account, PhoneNumber from, String to, String body) {
        SmsMessage received = stores.inAccount(account, data -> data.journal().receive(from, to, body));
        callbacks.received(received);
        return recorded(received);
    }

    private RecordedSms recorded(SmsMessage message) {
        boolean outgoing = message.direction() == SmsMessage.Direction.OUTGOING;
        DeliveryStatus latest = message.status();
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("id", message.id());
        terms.put("conversationId", message.conversationId());
        terms.put("batchId", message.batchId());
        if (message.sentThrough() != null) {
            terms.put("ip1Api", message.sentThrough().name());
        }
        if (outgoing) {
            terms.put("status", latest.v1Status());
        }
        terms.put("statusCode", latest.v2Code());
        return new RecordedSms(name(), message.account(),
                outgoing ? RecordedSms.Direction.OUTGOING : RecordedSms.Direction.INCOMING, message.from(), message.to(),
                message.body(), message.text(), message.totalPrice(), "SEK", message.created(), message.statuses(),
                terms);
    }
}
