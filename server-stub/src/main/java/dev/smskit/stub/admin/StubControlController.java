package dev.smskit.stub.admin;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.api.StubControlApi;
import dev.smskit.stub.admin.model.IncomingSms;
import dev.smskit.stub.admin.model.RecordedMessage;
import dev.smskit.stub.admin.model.Settlement;
import dev.smskit.stub.ip1.DeliveryStatus;
import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.ip1.Ip1Store;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v2.Ip1Callbacks;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.smsend.orders.SmsOrders;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The stub's control API ({@code /_stub}, see specs/stub-admin.yaml), for tests: open unless {@link ControlToken} is set. */
@RestController
class StubControlController implements StubControlApi {

    private final List<StubState> states;
    private final Ip1Store ip1;
    private final Ip1Properties ip1Properties;
    private final SmsOrders smsendOrders;
    private final Ip1Callbacks ip1Callbacks;

    StubControlController(List<StubState> states, Ip1Store ip1, Ip1Properties ip1Properties, SmsOrders smsendOrders,
            Ip1Callbacks ip1Callbacks) {
        this.states = states;
        this.ip1 = ip1;
        this.ip1Properties = ip1Properties;
        this.smsendOrders = smsendOrders;
        this.ip1Callbacks = ip1Callbacks;
    }

    @Override
    public ResponseEntity<Void> resetState() {
        states.forEach(StubState::reset);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<List<RecordedMessage>> listMessages(@Nullable String account) {
        return ResponseEntity.ok(ip1.messages(account).stream().map(StubControlController::recorded).toList());
    }

    @Override
    public ResponseEntity<RecordedMessage> injectIncomingSms(IncomingSms incoming) {
        Map<String, List<String>> errors = new TreeMap<>();
        if (ip1Properties.accounts().stream().noneMatch(account -> account.id().equals(incoming.getAccount()))) {
            errors.put("account", List.of("is not one of the configured IP1 accounts (smskit.stub.ip1.accounts)"));
        }
        Optional<PhoneNumber> from = PhoneNumber.parse(incoming.getFrom());
        if (from.isEmpty()) {
            errors.put("from", List.of("must be a valid phone number in E.164 format"));
        }
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        String to = incoming.getTo() == null ? incoming.getAccount() : incoming.getTo();
        SmsMessage received = ip1.receive(incoming.getAccount(), from.orElseThrow(), to, incoming.getMessage());
        ip1Callbacks.received(received);
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded(received));
    }

    @Override
    public ResponseEntity<Settlement> settleDeliveries(String until) {
        DeliveryStep step = switch (until) {
            case "NETWORK" -> DeliveryStep.NETWORK;
            case "PHONE" -> DeliveryStep.PHONE;
            default -> throw StubError.invalid("The request is invalid.",
                    Map.of("until", List.of("must be NETWORK or PHONE")));
        };
        // smsend's SENT is IP1's NETWORK step, its DLVRD the PHONE step
        return ResponseEntity.ok(new Settlement(ip1.settle(step) + smsendOrders.settle(step == DeliveryStep.PHONE)));
    }

    private static RecordedMessage recorded(SmsMessage message) {
        boolean outgoing = message.direction() == SmsMessage.Direction.OUTGOING;
        DeliveryStatus latest = message.status();
        return new RecordedMessage(message.id(), message.conversationId(), message.batchId(), message.account(),
                outgoing ? RecordedMessage.DirectionEnum.OUTGOING : RecordedMessage.DirectionEnum.INCOMING,
                message.from(), message.to(), message.body(),
                message.text().encoding() == EncodedText.Encoding.GSM ? RecordedMessage.EncodingEnum.GSM
                        : RecordedMessage.EncodingEnum.UCS2,
                message.text().segments(), message.totalPrice().doubleValue(), "SEK",
                latest.v2Code(), message.created().atOffset(ZoneOffset.UTC))
                .status(outgoing ? latest.v1Status() : null);
    }
}
