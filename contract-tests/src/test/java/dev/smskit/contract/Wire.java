package dev.smskit.contract;

import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** What the pacts expect on the wire wherever exact values would vary between runs or servers. */
final class Wire {

    private Wire() {
    }

    /** ISO-8601 date-time with an offset or {@code Z}, any fraction of a second. */
    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    static final String EXAMPLE_DATE_TIME = "2026-11-23T09:15:30.123Z";

    static Matcher json() {
        return mediaType("application/json");
    }

    static Matcher problemJson() {
        return mediaType("application/problem+json");
    }

    static Matcher textPlain() {
        return mediaType("text/plain");
    }

    /** The media type with or without parameters ({@code charset}): servers differ in adding one. */
    private static Matcher mediaType(String type) {
        return Matchers.regexp(Pattern.quote(type) + "(\\s*;.*)?", type);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
