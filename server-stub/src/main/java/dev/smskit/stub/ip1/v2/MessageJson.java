package dev.smskit.stub.ip1.v2;

import java.time.ZoneOffset;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.DeliveryStatus;
import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v2.model.Message;
import dev.smskit.stub.ip1.v2.model.MessageStatus;
import dev.smskit.stub.sms.EncodedText;

/** How V2 writes a message, whichever API sent it: the portal's camelCase Message with integer enums. */
final class MessageJson {

    private MessageJson() {
    }

    /** @param options what the message's batch asked for ({@link Batch.Options#DEFAULTS} for V1 and incoming messages) */
    static Message of(SmsMessage message, Batch.Options options) {
        return new Message()
                .id(message.conversationId())
                .batchId(message.batchId())
                .owner(message.account())
                .sender(Participant.render(message.from()))
                .recipient(Participant.render(message.to()))
                .body(message.body())
                .direction(message.direction() == SmsMessage.Direction.OUTGOING ? Message.DirectionEnum.MT
                        : Message.DirectionEnum.MO)
                .segments(message.text().segments())
                .type(options.flash() ? Message.TypeEnum.FLASH : Message.TypeEnum.SMS)
                .datacoding(message.text().encoding() == EncodedText.Encoding.GSM ? Message.DatacodingEnum.GSM
                        : Message.DatacodingEnum.UCS2)
                .priority(options.priority() == 2 ? Message.PriorityEnum.HIGH : Message.PriorityEnum.NORMAL)
                .price(message.totalPrice().doubleValue())
                .currency("SEK")
                .statuses(message.statuses().stream()
                        .map(change -> new MessageStatus()
                                .code(MessageStatus.CodeEnum.fromValue(DeliveryStatus.of(change).v2Code()))
                                .duration(MessageStatus.DurationEnum.DURATION_0)
                                .created(change.at().atOffset(ZoneOffset.UTC)))
                        .toList())
                .modified(message.latest().at().atOffset(ZoneOffset.UTC))
                .reference(options.reference());
    }
}
