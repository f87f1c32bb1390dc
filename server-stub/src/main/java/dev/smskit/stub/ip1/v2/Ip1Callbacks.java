package dev.smskit.stub.ip1.v2;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.DeliveryStatus;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.Participant;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.v2.model.DeliveryReport;
import dev.smskit.stub.ip1.v2.model.IncomingMessage;
import dev.smskit.stub.ip1.v2.model.MessageStatus;
import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.MessageCallbacks;
import org.springframework.stereotype.Component;

/**
 * IP1's callbacks (see ip1-v2.yaml): a delivery report per message and status change to a batch's
 * {@code deliveryReportUrl}, and each incoming SMS to the account's incoming-SMS URL.
 */
@Component
public class Ip1Callbacks {

    /** The control API's name for a V2 delivery report. */
    public static final String DELIVERY_REPORT = "IP1_DELIVERY_REPORT";
    /** The control API's name for an incoming SMS pushed to the account's URL. */
    public static final String INCOMING_SMS = "IP1_INCOMING_SMS";

    private final MessageCallbacks callbacks;
    private final Ip1Stores stores;

    Ip1Callbacks(MessageCallbacks callbacks, Ip1Stores stores) {
        this.callbacks = callbacks;
        this.stores = stores;
    }

    /** Reports the delivery of each message of a batch that names a {@code deliveryReportUrl}. */
    public void sent(Batch batch) {
        String url = batch.options().deliveryReportUrl();
        if (url == null) {
            return;
        }
        for (SmsMessage message : batch.messages()) {
            // read again each time: the clock, a settle or a failure move the message on
            callbacks.follow(DELIVERY_REPORT, batch.account(), message.conversationId(), URI.create(url),
                    () -> reports(stores.inAccount(batch.account(), data -> data.journal().message(message.id())),
                            batch.options()));
        }
    }

    /** Pushes an incoming SMS to the account's incoming-SMS URL, if it has one. */
    public void received(SmsMessage message) {
        callbacks.push(INCOMING_SMS, message.account(), message.conversationId(), incoming(message));
    }

    private static MessageCallbacks.Reports reports(Optional<SmsMessage> read, Batch.Options options) {
        if (read.isEmpty()) {
            return new MessageCallbacks.Reports(List.of(), true);
        }
        SmsMessage message = read.get();
        List<Delivery.Change> statuses = message.statuses();
        List<Object> due = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            boolean last = i == statuses.size() - 1 && !message.isPending();
            due.add(report(message, options, statuses.get(i), last));
        }
        return new MessageCallbacks.Reports(due, !message.isPending());
    }

    private static DeliveryReport report(SmsMessage message, Batch.Options options, Delivery.Change change, boolean last) {
        return new DeliveryReport()
                .messageId(message.conversationId())
                .batchId(message.batchId())
                .recipient(Participant.render(message.to()))
                .code(DeliveryStatus.of(change).v2Code())
                .duration(last ? DeliveryReport.DurationEnum.FINAL : DeliveryReport.DurationEnum.NOT_FINAL)
                .created(change.at().atOffset(ZoneOffset.UTC))
                .segments(message.text().segments())
                .price(message.totalPrice().doubleValue())
                .currency("SEK")
                .reference(options.reference());
    }

    // the page's example writes direction, type and datacoding as strings, unlike the REST answers
    private static IncomingMessage incoming(SmsMessage message) {
        Delivery.Change arrived = message.latest();
        return new IncomingMessage()
                .id(message.conversationId())
                .batchId(message.batchId())
                .owner(message.account())
                .sender(Participant.render(message.from()))
                .recipient(Participant.render(message.to()))
                .body(message.body())
                .direction("mo")
                .segments(message.text().segments())
                .type("SMS")
                .datacoding(message.text().encoding() == EncodedText.Encoding.GSM ? "GSM" : "UCS2")
                .priority(1)
                .statuses(List.of(new MessageStatus()
                        .code(MessageStatus.CodeEnum.fromValue(DeliveryStatus.of(arrived).v2Code()))
                        .duration(MessageStatus.DurationEnum.DURATION_1)
                        .created(arrived.at().atOffset(ZoneOffset.UTC))))
                .modified(arrived.at().atOffset(ZoneOffset.UTC));
    }
}
