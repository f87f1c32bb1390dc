package dev.smskit.stub.ip1.v2;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.smskit.stub.ip1.Batch;
import dev.smskit.stub.ip1.Outbox;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v2.api.BatchesApi;
import dev.smskit.stub.ip1.v2.model.BatchNew;
import dev.smskit.stub.ip1.v2.model.Datacoding;
import dev.smskit.stub.ip1.v2.model.DeliveryWindow;
import dev.smskit.stub.ip1.v2.model.Message;
import dev.smskit.stub.ip1.v2.model.Priority;
import dev.smskit.stub.ip1.v2.model.SmsType;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * IP1 V2 batches ({@code /v2/batches}): sending SMS and following their delivery. A batch's
 * messages join the account's one message history, so they show up in conversations and move
 * through their delivery statuses like V1 sends; V1 sends are listed as batches too.
 */
@RestController
class BatchesController implements BatchesApi {

    // a delivery window without closes stays open a week, as IP1's C# sample fills it in
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    private static final int MAX_REPORT_URL = 2047;

    private final Ip1Stores stores;
    private final Outbox outbox;
    private final Ip1Callbacks callbacks;
    private final HttpServletRequest request;
    private final Caller caller;

    BatchesController(Ip1Stores stores, Outbox outbox, Ip1Callbacks callbacks, HttpServletRequest request, Caller caller) {
        this.stores = stores;
        this.outbox = outbox;
        this.callbacks = callbacks;
        this.request = request;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<dev.smskit.stub.ip1.v2.model.Batch> createBatch(BatchNew batch) {
        // Bean Validation (generated constraints and V2Configuration) has checked the shapes; these are the meanings
        Map<String, List<String>> errors = new TreeMap<>();
        Map<String, PhoneNumber> recipients = new LinkedHashMap<>();
        for (int i = 0; i < batch.getRecipients().size(); i++) {
            Optional<PhoneNumber> phone = PhoneNumber.parse(batch.getRecipients().get(i));
            if (phone.isPresent()) {
                recipients.putIfAbsent(phone.get().e164(), phone.get());
            } else {
                errors.put("recipients[" + i + "]", List.of("is not a valid phone number"));
            }
        }
        if (batch.getDatacoding() == Datacoding.GSM && EncodedText.of(batch.getBody()).encoding() != EncodedText.Encoding.GSM) {
            errors.put("datacoding", List.of("gsm cannot encode every character of the body; use ucs or leave datacoding out"));
        }
        List<Batch.DeliveryWindow> windows = deliveryWindows(batch.getDeliveryWindows(), errors);
        String reportUrl = deliveryReportUrl(batch.getDeliveryReportUrl(), errors);
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        Batch.Options options = new Batch.Options(batch.getType() == SmsType.FLASH,
                batch.getDatacoding() == null ? null
                        : batch.getDatacoding() == Datacoding.GSM ? EncodedText.Encoding.GSM : EncodedText.Encoding.UCS2,
                batch.getPriority() == Priority.HIGH ? 2 : 1, windows, reportUrl, batch.getReference(),
                batch.getTags() == null ? List.of() : batch.getTags());
        // the account's V1 blacklist holds for V2 sends too: one account, one history
        Batch sent = outbox.sendBatch(caller.name(), batch.getSender(), batch.getBody(),
                List.copyOf(recipients.values()), options)
                .orElseThrow(() -> StubError.invalid("No recipients left to send to; every recipient is on the blacklist.",
                        Map.of("recipients", List.of("every recipient is on the blacklist"))));
        callbacks.sent(sent);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{batchId}").buildAndExpand(sent.id()).toUri();
        return ResponseEntity.created(location).body(BatchJson.of(sent));
    }

    @Override
    public ResponseEntity<List<dev.smskit.stub.ip1.v2.model.Batch>> listBatches(Integer start, Integer limit, String order) {
        Paging paging = Paging.of(start, limit, order);
        return paging.answer(stores.inAccount(caller.name(), data -> data.journal().batches()), BatchJson::of, request,
                "No batches to list", "The account has sent no batches.");
    }

    @Override
    public ResponseEntity<dev.smskit.stub.ip1.v2.model.Batch> getBatch(String batchId) {
        return ResponseEntity.ok(BatchJson.of(batch(batchId)));
    }

    @Override
    public ResponseEntity<List<Message>> listBatchMessages(String batchId, Integer start, Integer limit, String order) {
        Paging paging = Paging.of(start, limit, order);
        Batch batch = batch(batchId);
        return paging.answer(batch.messages(), message -> MessageJson.of(message, batch.options()), request,
                "No messages to list", "Batch " + batchId + " has no messages.");
    }

    @Override
    public ResponseEntity<Message> getBatchMessage(String batchId, String messageId) {
        Batch batch = batch(batchId);
        return batch.messages().stream()
                .filter(message -> message.conversationId().equals(messageId))
                .findFirst()
                .map(message -> ResponseEntity.ok(MessageJson.of(message, batch.options())))
                .orElseThrow(() -> StubError.notFound("Batch " + batchId + " has no message " + messageId + "."));
    }

    /** The account's batch with that id; any other id, well-formed or not, is not found. */
    private Batch batch(String batchId) {
        return number(batchId)
                .flatMap(number -> stores.inAccount(caller.name(), data -> data.journal().batch(number)))
                .orElseThrow(() -> StubError.notFound("There is no batch " + batchId + "."));
    }

    /** The batch number behind an id of 24 hex digits ({@link SmsMessage#batchId()}). */
    private static Optional<Integer> number(String batchId) {
        if (!batchId.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(batchId, 16));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static List<Batch.DeliveryWindow> deliveryWindows(List<DeliveryWindow> windows,
            Map<String, List<String>> errors) {
        List<Batch.DeliveryWindow> checked = new ArrayList<>();
        for (int i = 0; windows != null && i < windows.size(); i++) {
            Instant opens = windows.get(i).getOpens().toInstant();
            Instant closes = windows.get(i).getCloses() == null ? opens.plus(DEFAULT_WINDOW)
                    : windows.get(i).getCloses().toInstant();
            if (!closes.isAfter(opens)) {
                errors.put("deliveryWindows[" + i + "].closes", List.of("must be after opens"));
            }
            // answers carry milliseconds
            checked.add(new Batch.DeliveryWindow(opens.truncatedTo(ChronoUnit.MILLIS), closes.truncatedTo(ChronoUnit.MILLIS)));
        }
        return checked;
    }

    private static String deliveryReportUrl(URI url, Map<String, List<String>> errors) {
        if (url == null) {
            return null;
        }
        String text = url.toString();
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            errors.put("deliveryReportUrl", List.of("must be an absolute http or https URL"));
        } else if (text.length() > MAX_REPORT_URL) {
            errors.put("deliveryReportUrl", List.of("must be at most " + MAX_REPORT_URL + " characters long"));
        }
        return text;
    }
}
