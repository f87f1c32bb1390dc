package dev.smskit.stub.ip1.v2;

import java.util.List;
import java.util.function.Predicate;

import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.SmsMessage.Direction;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v2.api.ConversationsApi;
import dev.smskit.stub.ip1.v2.model.Message;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * IP1 V2 conversations ({@code /v2/conversations/{participant}}, {@code /mt}, {@code /mo}): every
 * message of the account with a participant, whichever API sent it, paginated database-style.
 */
@RestController
class ConversationsController implements ConversationsApi {

    private final Ip1Stores stores;
    private final HttpServletRequest request;
    private final Caller caller;

    ConversationsController(Ip1Stores stores, HttpServletRequest request, Caller caller) {
        this.stores = stores;
        this.request = request;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<List<Message>> getConversationMessages(String participant, Integer start, Integer limit,
            String order) {
        return conversation(participant, Paging.of(start, limit, order), message -> true,
                "There are no messages with participant " + participant + ".");
    }

    @Override
    public ResponseEntity<List<Message>> getConversationMtMessages(String participant, Integer start, Integer limit,
            String order) {
        return conversation(participant, Paging.of(start, limit, order),
                message -> message.direction() == Direction.OUTGOING, "There are no messages to " + participant + ".");
    }

    @Override
    public ResponseEntity<List<Message>> getConversationMoMessages(String participant, Integer start, Integer limit,
            String order) {
        return conversation(participant, Paging.of(start, limit, order),
                message -> message.direction() == Direction.INCOMING, "There are no messages from " + participant + ".");
    }

    private ResponseEntity<List<Message>> conversation(String participant, Paging paging,
            Predicate<SmsMessage> direction, String empty) {
        String key = Participant.key(participant).orElseThrow(() -> new StubError(HttpStatus.BAD_REQUEST,
                "Participant was invalid", "'" + participant + "' is not a participant name or phone number."));
        String account = caller.name();
        List<SmsMessage> messages = stores.inAccount(account, data -> data.journal().conversation(key)).stream()
                .filter(direction)
                .toList();
        return paging.answer(messages,
                message -> MessageJson.of(message, stores.inAccount(account, data -> data.journal().batchOptions(message.batch()))),
                request, "No messages to list", empty);
    }
}
