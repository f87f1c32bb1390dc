package dev.smskit.stub.smsend;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.smsend.addressbook.AddressBooks;
import dev.smskit.stub.smsend.addressbook.Contact;
import dev.smskit.stub.smsend.addressbook.GroupMembers;
import dev.smskit.stub.smsend.api.SmsSendApi;
import dev.smskit.stub.smsend.model.SmsEncoding;
import dev.smskit.stub.smsend.model.SmsMessage;
import dev.smskit.stub.smsend.model.SmsMessageType;
import dev.smskit.stub.smsend.model.SmsOrder;
import dev.smskit.stub.smsend.model.SmsOrderState;
import dev.smskit.stub.smsend.model.SmsRecipientState;
import dev.smskit.stub.smsend.model.SmsSendRequest;
import dev.smskit.stub.smsend.model.SmsToGroupsRequest;
import dev.smskit.stub.smsend.orders.NewOrder;
import dev.smskit.stub.smsend.orders.PlacedOrder;
import dev.smskit.stub.smsend.orders.Recipient;
import dev.smskit.stub.smsend.orders.RecipientState;
import dev.smskit.stub.smsend.orders.SmsOrders;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sending SMSs and following them: {@code POST /sms} answers 201 and {@code POST /smstogroups} 200, both
 * with the order; {@code GET /sms/{order_id}} the state of each recipient as of now;
 * {@code DELETE /sms/{order_id}} deletes an order still {@code SCHEDULED}. Every unknown or unremovable
 * order is a 404, as smsend documents.
 */
@RestController
@RequestMapping(SmsendWebConfiguration.BASE_PATH)
class SmsSendController implements SmsSendApi {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final DateTimeFormatter DELIVERY_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final SmsOrders orders;
    private final AddressBooks addressBooks;
    private final Caller caller;
    private final JsonMapper jsonMapper;
    private final ZoneId timeZone;

    SmsSendController(SmsOrders orders, AddressBooks addressBooks, JsonMapper jsonMapper,
            SmsendProperties properties, Caller caller) {
        this.orders = orders;
        this.addressBooks = addressBooks;
        this.caller = caller;
        this.jsonMapper = jsonMapper;
        this.timeZone = properties.timeZone();
    }

    @Override
    public ResponseEntity<SmsOrder> sendSms(SmsSendRequest request) {
        return send(HttpStatus.CREATED, message(request), Recipients.of(recipients(request.getRecipient())));
    }

    @Override
    public ResponseEntity<SmsOrder> sendSmsToGroups(SmsToGroupsRequest request) {
        SmsMessage message = message(request);
        GroupMembers members = addressBooks.of(caller.name())
                .membersOfGroupsNamed(recipients(request.getRecipient()));
        if (!members.unknownNames().isEmpty()) {
            throw StubError.of(HttpStatus.BAD_REQUEST,
                    "Groups could not be found: " + String.join(", ", members.unknownNames()));
        }
        List<String> phoneNumbers = members.contacts().stream()
                .map(Contact::fields)
                .map(fields -> fields.get("phoneNumber"))
                .filter(Objects::nonNull)
                .map(Object::toString)
                .toList();
        return send(HttpStatus.OK, message, Recipients.of(phoneNumbers));
    }

    @Override
    public ResponseEntity<SmsOrderState> getSmsState(String orderId) {
        List<RecipientState> recipients = orders.state(caller.name(), requireOrderId(orderId))
                .orElseThrow(() -> StubError.of(HttpStatus.NOT_FOUND, "The order_id was not found"));
        return ResponseEntity.ok(new SmsOrderState(recipients.size(), "OK", recipients.stream()
                .map(recipient -> new SmsRecipientState(
                        SmsRecipientState.StatusEnum.fromValue(recipient.status().name()), recipient.destination())
                        .deliveryDate(DELIVERY_DATE.format(recipient.since().atZone(timeZone))))
                .toList()));
    }

    @Override
    public ResponseEntity<Void> deleteScheduledSms(String orderId) {
        return switch (orders.cancel(caller.name(), requireOrderId(orderId))) {
            case DELETED -> ResponseEntity.ok().build();
            case NOT_FOUND -> throw StubError.of(HttpStatus.NOT_FOUND,
                    "The given order_id was not found");
            case NOT_SCHEDULED -> throw StubError.of(HttpStatus.NOT_FOUND,
                    "The message sending could not be removed: the order is not SCHEDULED");
        };
    }

    /** The fields both sends share (the request without its recipients), checked beyond the schema. */
    private SmsMessage message(Object request) {
        ObjectNode fields = jsonMapper.valueToTree(request);
        fields.remove("recipient");
        SmsMessage message = jsonMapper.treeToValue(fields, SmsMessage.class);
        int length = message.getMessage().length();
        if (message.getEncoding() == SmsEncoding.UCS2 && length > 450) {
            throw invalid("message: must be at most 450 characters with encoding ucs2");
        }
        if (message.getMessageType() == SmsMessageType.LL && length > 160) {
            throw invalid("message: must be at most 160 characters with message type LL");
        }
        if (message.getShortLinkUrl() != null && !absoluteUrl(message.getShortLinkUrl())) {
            throw invalid("short_link_url: " + message.getShortLinkUrl() + " is not an absolute URL");
        }
        return message;
    }

    // the schema types the items, not that they are there
    private static List<String> recipients(List<String> recipients) {
        if (recipients.contains(null)) {
            throw invalid("recipient[" + recipients.indexOf(null) + "]: must not be null");
        }
        return recipients;
    }

    private ResponseEntity<SmsOrder> send(HttpStatusCode status, SmsMessage message, List<Recipient> recipients) {
        if (!Boolean.TRUE.equals(message.getAllowInvalidRecipients())) {
            recipients.stream().filter(recipient -> !recipient.isValid()).findFirst().ifPresent(invalid -> {
                throw invalid("recipient: " + invalid.destination());
            });
        }
        PlacedOrder placed = orders.place(caller.name(), new NewOrder(message.getOrderId(),
                message.getSender(), message.getMessage(), encoded(message),
                message.getMessageType() == SmsMessageType.N, recipients,
                scheduledFor(message).orElse(null)));
        SmsOrder order = new SmsOrder("OK", placed.orderId(),
                Boolean.TRUE.equals(message.getReturnCredits()) ? placed.creditsUsed() : placed.smsSent());
        if (Boolean.TRUE.equals(message.getReturnRemaining())) {
            order.remainingCredits(placed.remainingCredits());
        }
        return ResponseEntity.status(status).body(order);
    }

    private Optional<Instant> scheduledFor(SmsMessage message) {
        if (message.getScheduledDeliveryTime() == null) {
            return Optional.empty();
        }
        ZoneId zone = timeZone;
        if (message.getScheduledDeliveryTimezone() != null) {
            try {
                zone = ZoneId.of(message.getScheduledDeliveryTimezone());
            } catch (DateTimeException e) {
                throw invalid("scheduled_delivery_timezone: " + message.getScheduledDeliveryTimezone());
            }
        }
        ZoneId in = zone;
        return Optional.of(SmsendDates.parse(message.getScheduledDeliveryTime())
                .orElseThrow(() -> invalid("scheduled_delivery_time: " + message.getScheduledDeliveryTime()))
                .atZone(in)
                .toInstant());
    }

    /**
     * The text as sent: one SMS of the message costs a credit per segment (see {@link EncodedText}). A
     * text that GSM 03.38 cannot carry needs encoding ucs2.
     */
    private static EncodedText encoded(SmsMessage message) {
        String text = message.getMessage();
        if (message.getEncoding() == SmsEncoding.UCS2) {
            return EncodedText.ucs2(text);
        }
        EncodedText gsm = EncodedText.of(text);
        if (gsm.encoding() != EncodedText.Encoding.GSM) {
            throw invalid("message: characters outside the GSM 03.38 alphabet need encoding ucs2");
        }
        return gsm;
    }

    private static boolean absoluteUrl(String text) {
        try {
            URI url = new URI(text);
            return url.isAbsolute() && url.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String requireOrderId(@Nullable String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw invalid("order_id: only letters, numbers, underscore, dot and dash are allowed");
        }
        return orderId;
    }

    private static StubError invalid(String what) {
        return SmsendErrorAdvice.invalid(what);
    }
}
