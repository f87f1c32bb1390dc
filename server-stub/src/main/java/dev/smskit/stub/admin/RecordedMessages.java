package dev.smskit.stub.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.admin.model.DeliveryStep;
import dev.smskit.stub.admin.model.RecordedMessage;
import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.EncodedText;
import dev.smskit.stub.sms.RecordedSms;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded message as the control API writes it ({@code RecordedMessage} in specs/stub-admin.yaml), and
 * its {@code key}: the account and the ids that name it in its API, so that finding it reads one account only.
 */
@Component
public class RecordedMessages {

    private static final Base64.Encoder KEY_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JsonMapper jsonMapper;

    RecordedMessages(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public RecordedMessage json(RecordedSms message) {
        RecordedMessage recorded = new RecordedMessage(Api.fromValue(message.api()), message.account(),
                message.direction() == RecordedSms.Direction.OUTGOING ? RecordedMessage.DirectionEnum.OUTGOING
                        : RecordedMessage.DirectionEnum.INCOMING,
                message.from(), message.to(), message.body(),
                message.text().encoding() == EncodedText.Encoding.GSM ? RecordedMessage.EncodingEnum.GSM
                        : RecordedMessage.EncodingEnum.UCS2,
                message.text().segments(), message.price().doubleValue(), message.currency(),
                message.created().atOffset(ZoneOffset.UTC))
                .key(key(message))
                .step(step(message));
        // the ids and statuses each API names in its own terms, by their names in stub-admin.yaml
        return jsonMapper.updateValue(recorded, message.terms());
    }

    /** Where the message is in its delivery now. */
    public static DeliveryStep step(RecordedSms message) {
        List<Delivery.Change> history = message.history();
        return DeliveryStep.fromValue(history.isEmpty() ? "SCHEDULED" : history.get(history.size() - 1).step().name());
    }

    /**
     * {@code <api>-<base64url of when it was recorded, its account, IP1 id or smsend order id and recipient>}:
     * the time finds it among 100,000 without reading them all.
     */
    public static String key(RecordedSms message) {
        List<String> lines = new ArrayList<>(identity(message));
        lines.add(0, message.created().toString());
        return message.api() + "-" + KEY_ENCODER.encodeToString(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The message {@code key} names, read from its account's messages; empty if none is (any more). */
    public static Optional<RecordedSms> find(List<StubState> apis, String key) {
        int dash = key.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        List<String> lines;
        Instant created;
        try {
            lines = List.of(new String(Base64.getUrlDecoder().decode(key.substring(dash + 1)), StandardCharsets.UTF_8)
                    .split("\n", -1));
            created = Instant.parse(lines.get(0));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
        List<String> identity = lines.subList(1, lines.size());
        String api = key.substring(0, dash);
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        return apis.stream().filter(state -> state.name().equals(api)).findFirst().flatMap(state -> {
            List<RecordedSms> messages = state.messages(identity.get(0));
            for (int i = recordedAfter(messages, created) - 1; i >= 0 && messages.get(i).created().equals(created); i--) {
                if (identity.equals(identity(messages.get(i)))) {
                    return Optional.of(messages.get(i));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The index of the first of {@code oldestFirst} recorded after {@code time} (its size if none is), found
     * by halving: an account's messages are recorded in time order.
     */
    public static int recordedAfter(List<RecordedSms> oldestFirst, Instant time) {
        int low = 0;
        int high = oldestFirst.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (oldestFirst.get(middle).created().isAfter(time)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static List<String> identity(RecordedSms message) {
        Object id = message.terms().get("id");
        return id != null ? List.of(message.account(), id.toString())
                : List.of(message.account(), Objects.toString(message.terms().get("orderId")), message.to());
    }
}
