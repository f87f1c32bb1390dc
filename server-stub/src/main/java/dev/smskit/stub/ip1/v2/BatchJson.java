package dev.smskit.stub.ip1.v2;

import java.net.URI;
import java.time.ZoneOffset;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v2.model.Datacoding;
import dev.smskit.stub.ip1.v2.model.DeliveryWindow;
import dev.smskit.stub.ip1.v2.model.Priority;
import dev.smskit.stub.ip1.v2.model.SmsType;
import dev.smskit.stub.sms.EncodedText;

/** How V2 writes a batch: the request echoed, with id, owner, creation time and the encoding used. */
final class BatchJson {

    private BatchJson() {
    }

    static dev.smskit.stub.ip1.v2.model.Batch of(Batch batch) {
        Batch.Options options = batch.options();
        SmsMessage first = batch.first();
        return new dev.smskit.stub.ip1.v2.model.Batch()
                .id(batch.id())
                .owner(batch.account())
                .sender(Participant.render(first.from()))
                .recipients(batch.messages().stream().map(message -> Participant.render(message.to())).toList())
                .body(first.body())
                .type(options.flash() ? SmsType.FLASH : SmsType.SMS)
                .datacoding(first.text().encoding() == EncodedText.Encoding.GSM ? Datacoding.GSM : Datacoding.UCS)
                .priority(options.priority() == 2 ? Priority.HIGH : Priority.NORMAL)
                .deliveryWindows(options.deliveryWindows().stream()
                        .map(window -> new DeliveryWindow(window.opens().atOffset(ZoneOffset.UTC))
                                .closes(window.closes().atOffset(ZoneOffset.UTC)))
                        .toList())
                .deliveryReportUrl(options.deliveryReportUrl() == null ? null : URI.create(options.deliveryReportUrl()))
                .reference(options.reference())
                .tags(options.tags())
                .created(batch.created().atOffset(ZoneOffset.UTC));
    }
}
