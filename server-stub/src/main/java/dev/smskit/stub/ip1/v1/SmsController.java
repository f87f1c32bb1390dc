package dev.smskit.stub.ip1.v1;

import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.Outbox;
import dev.smskit.stub.ip1.Outbox.Recipients;
import dev.smskit.stub.ip1.Outbox.Sending;
import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v1.api.SmsApi;
import dev.smskit.stub.ip1.v1.model.OutgoingSMS;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * IP1 V1 SMS ({@code /api/sms}): sends to numbers, contacts and groups, and the account's sent
 * messages with their delivery status. Sends are recorded in the one IP1 history, so they show in
 * V2 conversations too.
 */
// named: smsend has controllers of the same simple names
@RestController("ip1V1SmsController")
class SmsController implements SmsApi {

    static final String PARAMETER = "message";

    private final Ip1Stores stores;
    private final Outbox outbox;
    private final Caller caller;

    SmsController(Ip1Stores stores, Outbox outbox, Caller caller) {
        this.stores = stores;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<List<ProcessedOutgoingSMS>> sendSms(OutgoingSMS message) {
        // Bean Validation (see V1Configuration) has already refused invalid fields and phones
        List<String> numbers = orEmpty(message.getNumbers());
        List<Integer> contacts = orEmpty(message.getContacts());
        List<Integer> groups = orEmpty(message.getGroups());
        ModelState modelState = new ModelState();
        if (numbers.isEmpty() && contacts.isEmpty() && groups.isEmpty()) {
            modelState.add(PARAMETER, "At least one recipient is required in Numbers, Contacts or Groups.");
        }
        MessageTemplate template = new MessageTemplate(message.getMessage(), message.getParameters(), modelState);
        if (!modelState.isEmpty()) {
            throw modelState.invalid();
        }
        Recipients recipients = new Recipients(numbers.stream().map(ContactsController::phone).toList(), contacts, groups);
        Sending sending;
        try {
            sending = outbox.sendSms(account(), message.getFrom(), recipients, template::textFor);
        } catch (Refusal refused) {
            throw new ModelState()
                    .add(refused, problem -> PARAMETER + "." + problem.field() + "[" + problem.index() + "]")
                    .invalid();
        }
        if (sending.sent().isEmpty()) {
            throw StubError.invalid(sending.blacklisted().isEmpty()
                    ? "No recipients left to send to; the groups have no contacts."
                    : "No recipients left to send to; every recipient is on the blacklist.", Map.of());
        }
        return ResponseEntity.ok(sending.sent().stream().map(Representations::processed).toList());
    }

    @Override
    public ResponseEntity<List<ProcessedOutgoingSMS>> listSentSms() {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.journal().messages()).stream()
                .filter(SmsController::outgoing)
                .map(Representations::processed)
                .toList());
    }

    @Override
    public ResponseEntity<ProcessedOutgoingSMS> getSentSms(Integer sms) {
        return ResponseEntity.ok(Representations.processed(stores.inAccount(account(), data -> data.journal().message(sms))
                .filter(SmsController::outgoing)
                .orElseThrow(() -> StubError.notFound("SMS " + sms + " was not found."))));
    }

    private String account() {
        return caller.name();
    }

    private static boolean outgoing(SmsMessage message) {
        return message.direction() == SmsMessage.Direction.OUTGOING;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
