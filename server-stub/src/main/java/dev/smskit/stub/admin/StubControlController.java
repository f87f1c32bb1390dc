package dev.smskit.stub.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.api.StubControlApi;
import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.admin.model.DeliveryFailure;
import dev.smskit.stub.admin.model.IncomingSms;
import dev.smskit.stub.admin.model.RecordedMessage;
import dev.smskit.stub.admin.model.Settlement;
import dev.smskit.stub.faults.FaultRules;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.Inbox;
import dev.smskit.stub.sms.MessageCallbacks;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stub's control API ({@code /_stub}, see specs/stub-admin.yaml), for tests: open unless
 * {@link ControlToken} is set. It reaches every simulated API through its {@link StubState} bean only.
 */
@RestController
class StubControlController implements StubControlApi {

    private final List<StubState> apis;
    private final RecordedMessages messages;
    private final MessageCallbacks callbacks;
    private final FaultRules faults;

    StubControlController(List<StubState> apis, RecordedMessages messages, MessageCallbacks callbacks,
            FaultRules faults) {
        this.apis = apis;
        this.messages = messages;
        this.callbacks = callbacks;
        this.faults = faults;
    }

    @Override
    public ResponseEntity<Void> resetState() {
        apis.forEach(StubState::reset);
        callbacks.reset();
        faults.reset();
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<List<RecordedMessage>> listMessages(@Nullable Api api, @Nullable String account) {
        return ResponseEntity.ok(apis.stream()
                .filter(state -> api == null || state.name().equals(api.getValue()))
                .flatMap(state -> state.messages().stream())
                .filter(message -> account == null || message.account().equals(account))
                .map(messages::json)
                .toList());
    }

    @Override
    public ResponseEntity<RecordedMessage> injectIncomingSms(IncomingSms incoming) {
        Inbox ip1 = apis.stream().filter(state -> state.name().equals(Api.IP1.getValue()))
                .flatMap(state -> state.inbox().stream())
                .findFirst().orElseThrow();
        Map<String, List<String>> errors = new TreeMap<>();
        ip1.refusal(incoming.getAccount()).ifPresent(refusal -> errors.put("account", List.of(refusal)));
        Optional<PhoneNumber> from = PhoneNumber.parse(incoming.getFrom());
        if (from.isEmpty()) {
            errors.put("from", List.of("must be a valid phone number in E.164 format"));
        }
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        String to = incoming.getTo() == null ? incoming.getAccount() : incoming.getTo();
        RecordedSms received = ip1.receive(incoming.getAccount(), from.orElseThrow(), to, incoming.getMessage());
        return ResponseEntity.status(HttpStatus.CREATED).body(messages.json(received));
    }

    @Override
    public ResponseEntity<Settlement> settleDeliveries(String until) {
        DeliveryStep step = Until.parse(until);
        return ResponseEntity.ok(new Settlement(apis.stream().mapToInt(state -> state.settle(step)).sum()));
    }

    @Override
    public ResponseEntity<List<RecordedMessage>> failDelivery(DeliveryFailure failure) {
        StubState api = apis.stream().filter(state -> state.name().equals(failure.getApi().getValue())).findFirst()
                .orElseThrow();
        boolean ip1 = failure.getApi() == Api.IP1;
        Map<String, List<String>> errors = new TreeMap<>();
        if (ip1 ? failure.getId() == null : failure.getOrderId() == null) {
            errors.put(ip1 ? "id" : "orderId", List.of("is required for " + api.name()));
        }
        if (!api.isFailureCode(failure.getCode())) {
            errors.put("code", List.of(ip1 ? "must be a V2 status code of a failure (202, 203, 402-409, 5xx)"
                    : "must be an smsend state of a failure (KO, ERROR, TIMEOUT, UNKNRCPT, UNKNPFX, INVALIDDST, "
                            + "BLACKLISTED, INVALIDCONTENTS, TOOM4USER, TOOM4NUM)"));
        }
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        List<RecordedSms> chosen = api.messages(failure.getAccount()).stream()
                .filter(message -> message.direction() == RecordedSms.Direction.OUTGOING && (ip1
                        ? failure.getId().equals(String.valueOf(message.terms().get("id")))
                                || failure.getId().equals(message.terms().get("conversationId"))
                        : failure.getOrderId().equals(message.terms().get("orderId"))
                                && (failure.getTo() == null || failure.getTo().equals(message.to()))))
                .toList();
        List<RecordedSms> failed = chosen.isEmpty() ? List.of() : api.fail(chosen, failure.getCode());
        if (failed.isEmpty()) {
            throw StubError.notFound(ip1 ? "Account " + failure.getAccount() + " sent no message " + failure.getId() + "."
                    : "User " + failure.getAccount() + " has no order " + failure.getOrderId()
                            + (failure.getTo() == null ? "" : " to " + failure.getTo()) + ".");
        }
        return ResponseEntity.ok(failed.stream().map(messages::json).toList());
    }
}
