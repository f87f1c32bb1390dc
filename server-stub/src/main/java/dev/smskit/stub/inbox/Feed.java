package dev.smskit.stub.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.RecordedMessages;
import dev.smskit.stub.admin.model.DeliveryStep;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;

/**
 * One account's messages as the inbox reads them: newest first, searched and filtered, a page at a time.
 * A cursor names the last message of a page, so that new messages (which come first) do not shift the
 * pages after it.
 */
final class Feed {

    /** What to list. */
    record Query(@Nullable String text, @Nullable DeliveryStep step, RecordedSms.@Nullable Direction direction,
            @Nullable Instant since, @Nullable Instant until) {

        boolean everything() {
            return (text == null || text.isBlank()) && step == null && direction == null && since == null && until == null;
        }
    }

    record Page(List<RecordedSms> messages, int total, @Nullable String next) {
    }

    // a search made only of what a phone number is written with: digits, '+', spaces, dashes, brackets
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ()\\-]*[0-9][+0-9 ()\\-]*");

    private Feed() {
    }

    /** The account {@code account} of {@code api}, or a 400 naming it. */
    static void checkAccount(StubState api, String account) {
        if (!api.accounts().contains(account)) {
            throw StubError.invalid("The request is invalid.", Map.of("account",
                    List.of("is not one of the configured " + api.name() + " accounts: " + api.accounts())));
        }
    }

    static Page page(List<RecordedSms> oldestFirst, Query query, int limit, @Nullable String cursor) {
        // where the page starts, going back in time: the newest, or the one before the cursor's message
        int start = cursor == null ? oldestFirst.size() - 1 : before(oldestFirst, Cursor.parse(cursor));
        List<RecordedSms> page = new ArrayList<>(limit);
        if (query.everything()) {
            // every message matches: the page is a slice, read without making the others
            for (int i = start; i >= 0 && page.size() < limit; i--) {
                page.add(oldestFirst.get(i));
            }
            boolean more = start - page.size() >= 0;
            return new Page(page, oldestFirst.size(), more ? new Cursor(page.get(page.size() - 1)).toString() : null);
        }
        Predicate<RecordedSms> matches = matcher(query);
        int total = 0;
        boolean more = false;
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            RecordedSms message = oldestFirst.get(i);
            if (!matches.test(message)) {
                continue;
            }
            total++;
            if (i <= start) {
                if (page.size() < limit) {
                    page.add(message);
                } else {
                    more = true;
                }
            }
        }
        return new Page(page, total, more ? new Cursor(page.get(page.size() - 1)).toString() : null);
    }

    /**
     * The index of the message just older than the cursor's: found by time (messages are recorded in time
     * order), then by key among those recorded at the same instant. If the cursor's message is gone (a reset,
     * the retention), the newest one recorded before it.
     */
    private static int before(List<RecordedSms> oldestFirst, Cursor cursor) {
        int i = RecordedMessages.recordedAfter(oldestFirst, cursor.created()) - 1;
        while (i >= 0 && oldestFirst.get(i).created().equals(cursor.created())) {
            if (RecordedMessages.key(oldestFirst.get(i)).equals(cursor.key())) {
                return i - 1;
            }
            i--;
        }
        return i;
    }

    private static Predicate<RecordedSms> matcher(Query query) {
        Predicate<RecordedSms> matches = message -> true;
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip().toLowerCase(Locale.ROOT);
            String digits = PHONE_LIKE.matcher(text).matches() ? digitsOf(text) : null;
            matches = matches.and(message -> contains(message.body(), text) || contains(message.from(), text)
                    || contains(message.to(), text)
                    || digits != null && (digitsOf(message.from()).contains(digits) || digitsOf(message.to()).contains(digits)));
        }
        if (query.step() != null) {
            matches = matches.and(message -> RecordedMessages.step(message) == query.step());
        }
        if (query.direction() != null) {
            matches = matches.and(message -> message.direction() == query.direction());
        }
        if (query.since() != null) {
            matches = matches.and(message -> !message.created().isBefore(query.since()));
        }
        if (query.until() != null) {
            matches = matches.and(message -> message.created().isBefore(query.until()));
        }
        return matches;
    }

    private static boolean contains(String field, String lowerCaseText) {
        return field.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static String digitsOf(String field) {
        StringBuilder digits = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The last message of a page: its key and when it was recorded. */
    private record Cursor(String key, Instant created) {

        Cursor(RecordedSms message) {
            this(RecordedMessages.key(message), message.created());
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(" ", 2);
                return new Cursor(parts[1], Instant.parse(parts[0]));
            } catch (RuntimeException malformed) {
                throw StubError.invalid("The request is invalid.",
                        Map.of("cursor", List.of("must be the next of a previous page")));
            }
        }

        @Override
        public String toString() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((created + " " + key).getBytes(StandardCharsets.UTF_8));
        }
    }
}
