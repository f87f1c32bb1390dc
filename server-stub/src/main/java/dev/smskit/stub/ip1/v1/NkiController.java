package dev.smskit.stub.ip1.v1;

import java.util.List;

import dev.smskit.stub.ip1.Outbox;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v1.api.NkiApi;
import dev.smskit.stub.ip1.v1.model.NKIUserNew;
import dev.smskit.stub.ip1.v1.model.OutgoingNKI;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * IP1 V1 NKI sends ({@code /api/nkis/{nki}/users/send}): one message per user, recorded so that it
 * appears in V2 conversations. The stub keeps no NKI surveys, so any NKI id is accepted.
 */
@RestController
class NkiController implements NkiApi {

    private final Outbox outbox;
    private final Caller caller;

    NkiController(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<List<ProcessedOutgoingSMS>> sendNkiToUsers(Integer nki, OutgoingNKI message) {
        // Bean Validation (see V1Configuration) has already refused invalid phones
        List<PhoneNumber> recipients = message.getUsers().stream()
                .map(NKIUserNew::getPhone)
                .map(phone -> PhoneNumber.parse(phone).orElseThrow())
                .toList();
        List<SmsMessage> sent = outbox.send(caller.name(), message.getFrom(), message.getMessage(),
                recipients);
        return ResponseEntity.ok(sent.stream().map(Representations::processed).toList());
    }
}
