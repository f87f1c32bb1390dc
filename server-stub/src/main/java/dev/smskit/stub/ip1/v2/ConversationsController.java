package dev.smskit.stub.ip1.v2;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.smskit.stub.ip1.EncodedText;
import dev.smskit.stub.ip1.Ip1Authentication;
import dev.smskit.stub.ip1.Ip1Store;
import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v2.api.ConversationsApi;
import dev.smskit.stub.ip1.v2.model.Message;
import dev.smskit.stub.ip1.v2.model.MessageStatus;
import dev.smskit.stub.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** IP1 V2 conversations ({@code /v2/conversations/{participant}}), paginated database-style. */
@RestController
class ConversationsController implements ConversationsApi {

    private final Ip1Store store;
    private final HttpServletRequest request;

    ConversationsController(Ip1Store store, HttpServletRequest request) {
        this.store = store;
        this.request = request;
    }

    @Override
    public ResponseEntity<List<Message>> getConversationMessages(String participant, Integer start, Integer limit,
            String order) {
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw V2ErrorAdvice.invalidPaging("order must be ASC or DESC, not '" + order + "'.");
        }
        String key = Participant.key(participant).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "Participant was invalid", "'" + participant + "' is not a participant name or phone number."));
        List<SmsMessage> messages = new ArrayList<>(store.conversation(Ip1Authentication.account(request), key));
        if (messages.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No messages to list",
                    "There are no messages with participant " + participant + ".");
        }
        if (start >= messages.size()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No messages to list", "The conversation with " + participant
                    + " has " + messages.size() + " messages; there are none from start=" + start + ".");
        }
        if (order.equals("DESC")) {
            Collections.reverse(messages);
        }
        List<Message> page = messages.subList(start, Math.min(messages.size(), start + limit)).stream()
                .map(ConversationsController::toMessage)
                .toList();
        return ResponseEntity.ok().header(HttpHeaders.LINK, links(start, limit, order, messages.size())).body(page);
    }

    /** RFC 8288 links to the first, previous, next and last pages, each with the same limit and order. */
    private String links(int start, int limit, String order, int total) {
        List<String> links = new ArrayList<>();
        links.add(link(0, limit, order, "first"));
        if (start > 0) {
            links.add(link(Math.max(0, start - limit), limit, order, "prev"));
        }
        if (start + limit < total) {
            links.add(link(start + limit, limit, order, "next"));
        }
        int last = start + ((total - 1 - start) / limit) * limit;
        links.add(link(last, limit, order, "last"));
        return String.join(", ", links);
    }

    private String link(int start, int limit, String order, String rel) {
        String url = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("start")
                .replaceQueryParam("limit")
                .replaceQueryParam("order")
                .queryParam("start", start)
                .queryParam("limit", limit)
                .queryParam("order", order)
                .build()
                .toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    static Message toMessage(SmsMessage message) {
        return new Message()
                .id(message.conversationId())
                .batchId(message.batchId())
                .owner(message.account())
                .sender(Participant.render(message.senderKey()))
                .recipient(Participant.render(message.recipientKey()))
                .body(message.body())
                .direction(message.direction() == SmsMessage.Direction.OUTGOING ? Message.DirectionEnum.MT
                        : Message.DirectionEnum.MO)
                .segments(message.text().segments())
                .type(Message.TypeEnum.SMS)
                .datacoding(message.text().encoding() == EncodedText.Encoding.GSM ? Message.DatacodingEnum.GSM
                        : Message.DatacodingEnum.UCS2)
                .priority(Message.PriorityEnum.NORMAL)
                .price(message.totalPrice().doubleValue())
                .currency("SEK")
                .statuses(message.statuses().stream()
                        .map(change -> new MessageStatus()
                                .code(MessageStatus.CodeEnum.fromValue(change.status().v2Code()))
                                .duration(MessageStatus.DurationEnum.DURATION_0)
                                .created(change.at().atOffset(ZoneOffset.UTC)))
                        .toList())
                .modified(message.latest().at().atOffset(ZoneOffset.UTC));
    }
}
