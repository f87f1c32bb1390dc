package dev.smskit.stub.sms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One message as an API of the stub recorded it, the same for every API: what the control API lists
 * and what a cross-API feature reads.
 *
 * @param api       the API it belongs to ({@code ip1}, {@code smsend})
 * @param account   the IP1 account or smsend user that sent or received it
 * @param from      sender name or phone number, as sent
 * @param to        recipient phone number (E.164) or name
 * @param body      the text
 * @param text      its encoding and segments
 * @param price     price of the whole message, in {@code currency}
 * @param currency  ISO 4217 code, or {@code credits} for an API that charges credits
 * @param created   when the stub recorded it
 * @param history   the delivery steps reached so far, oldest first (empty while scheduled)
 * @param terms     its ids and its status in its API's own terms, named as the control API's
 *                  {@code RecordedMessage} names them (specs/stub-admin.yaml), e.g. {@code statusCode}
 */
public record RecordedSms(String api, String account, Direction direction, String from, String to, String body,
        EncodedText text, BigDecimal price, String currency, Instant created, List<Delivery.Change> history,
        Map<String, Object> terms) {

    public enum Direction {
        OUTGOING,
        INCOMING
    }

    public RecordedSms {
        history = List.copyOf(history);
        terms = Map.copyOf(terms);
    }

    /**
     * {@code stored} as recorded messages, each made when it is read: a page of an account's 100,000
     * messages then costs a page, not 100,000 (the inbox reads one page and the newest).
     */
    public static <T> List<RecordedSms> view(List<T> stored, Function<? super T, RecordedSms> recorded) {
        return new AbstractList<>() {
            @Override
            public RecordedSms get(int index) {
                return recorded.apply(stored.get(index));
            }

            @Override
            public int size() {
                return stored.size();
            }
        };
    }
}
