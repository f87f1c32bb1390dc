package dev.smskit.stub.fuzz;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema-valid values for a schema: types, formats (int32, int64, double, email, date-time), patterns
 * (through RgxGen), enums, lengths, bounds, required properties. In edge mode the values are still
 * valid but odd: boundaries, huge strings, odd Unicode, unknown properties.
 */
final class Values {

    static final int HUGE = 100_000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,'åäöéüñ";
    /** Odd but valid text: NUL and controls, RTL marks and scripts, emoji (pairs and ZWJ sequences),
     *  combining marks, BOM, non-characters, GSM extension characters, markup, lone surrogates last. */
    static final List<String> ODD = List.of(
            "\u0000", "\u0001\u001f", "\r\n", "\t", "\u200f", "\u202e", "مرحبا", "שלום", "😀", "👩‍👩‍👧",
            "e\u0301", "\ufeff", "\uffff", "€", "{}[]~^|\\", "\"'`", "<script>", "%00%2F..", "漢字", " ",
            "\ud800", "\udc00");
    private static final Map<String, RgxGen> REGEXES = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final FuzzedApi api;

    Values(FuzzedApi api) {
        this.api = api;
    }

    /** A valid value, consulting the API's business hints first. */
    JsonNode of(Draft draft, String name, Schema<?> schema, Choices choices, boolean edge) {
        JsonNode hinted = api.hint(draft, name, schema, choices);
        if (hinted != null) {
            return hinted;
        }
        return generic(draft, name, schema, choices, edge);
    }

    private JsonNode generic(Draft draft, String name, Schema<?> schema, Choices choices, boolean edge) {
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
            return of(draft, name, branches.get(choices.below(branches.size())), choices, edge);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Json.MAPPER.valueToTree(schema.getEnum().get(choices.below(schema.getEnum().size())));
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(draft, schema, choices, edge);
            case "array" -> array(draft, name, schema, choices, edge);
            case "integer" -> Json.NODES.numberNode(integer(schema, choices, edge));
            case "number" -> Json.NODES.numberNode(number(schema, choices, edge));
            case "boolean" -> Json.NODES.booleanNode(choices.below(2) == 1);
            default -> {
                String text = string(schema, choices, edge && choices.percent(60));
                if (text.chars().anyMatch(ch -> Character.isSurrogate((char) ch)) && !validPairs(text)) {
                    draft.escapeNonAscii = true; // a lone surrogate only travels as a \\uXXXX escape
                }
                yield Json.NODES.stringNode(text);
            }
        };
    }

    private ObjectNode object(Draft draft, Schema<?> schema, Choices choices, boolean edge) {
        ObjectNode node = Json.NODES.objectNode();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            Schema<?> p = property.getValue();
            if (Boolean.TRUE.equals(p.getReadOnly())) {
                continue;
            }
            if (required.contains(property.getKey()) || choices.percent(edge ? 80 : 50)) {
                node.set(property.getKey(), of(draft, property.getKey(), p, choices, edge && choices.percent(40)));
            }
        }
        if (edge && choices.percent(20)) {
            node.put("Unknown" + choices.below(3), "an undeclared field"); // unknown fields are ignored
            draft.specValid = null;
        }
        return node;
    }

    private ArrayNode array(Draft draft, String name, Schema<?> schema, Choices choices, boolean edge) {
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Integer.MAX_VALUE : schema.getMaxItems();
        int size = min + choices.below(Math.max(1, Math.min(max, min + (edge ? 40 : 4)) - min + 1));
        ArrayNode node = Json.NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            node.add(of(draft, name, schema.getItems(), choices, edge && choices.percent(30)));
        }
        return node;
    }

    static long integer(Schema<?> schema, Choices choices, boolean edge) {
        boolean int32 = !"int64".equals(schema.getFormat());
        long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
            min++;
        }
        if (Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            max--;
        }
        if (edge) {
            long[] edges = {min, max, Math.max(min, Math.min(max, 0)), Math.min(max, min + 1), Math.max(min, max - 1)};
            return edges[choices.below(edges.length)];
        }
        long low = Math.max(min, Math.min(max, 0));
        return choices.between(low, Math.min(max, low + 10_000));
    }

    private static double number(Schema<?> schema, Choices choices, boolean edge) {
        double min = schema.getMinimum() != null ? schema.getMinimum().doubleValue() : -Double.MAX_VALUE;
        double max = schema.getMaximum() != null ? schema.getMaximum().doubleValue() : Double.MAX_VALUE;
        if (edge) {
            double[] edges = {min, max, Double.MIN_VALUE, 0.0, 1e-9, 123456789.123456789};
            double value = edges[choices.below(edges.length)];
            return Math.max(min, Math.min(max, value));
        }
        double value = choices.below(100_000) / 100.0;
        return Math.max(min, Math.min(max, value));
    }

    String string(Schema<?> schema, Choices choices, boolean edge) {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (schema.getPattern() != null) {
            return matching(schema.getPattern(), min, max, choices);
        }
        switch (format) {
            case "email" -> {
                return email(choices);
            }
            case "date-time" -> {
                return Instant.parse("2026-11-23T09:15:30.123Z")
                        .plus(choices.between(-1_000_000, 1_000_000), ChronoUnit.SECONDS).toString();
            }
            case "date" -> {
                return java.time.LocalDate.of(2026, 11, 23).plusDays(choices.between(-5000, 5000)).toString();
            }
            default -> {
            }
        }
        if (!edge) {
            int length = min + choices.below(Math.max(1, Math.min(max, min + 20) - min + 1));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(LETTERS.charAt(choices.below(LETTERS.length())));
            }
            return text.toString();
        }
        return switch (choices.below(4)) {
            case 0 -> fit(odd(choices), min, max);                              // odd Unicode
            case 1 -> "x".repeat(max == Integer.MAX_VALUE ? min : max);         // boundary length
            case 2 -> fit("x".repeat(HUGE) + odd(choices), min, max);         // huge (capped by maxLength)
            default -> fit(" ".repeat(1 + choices.below(3)), min, max);         // blank
        };
    }

    private static String odd(Choices choices) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + choices.below(6);
        for (int i = 0; i < pieces; i++) {
            text.append(ODD.get(choices.below(ODD.size())));
            if (choices.percent(50)) {
                text.append(LETTERS.charAt(choices.below(26)));
            }
        }
        return text.toString();
    }

    /** Pads or cuts {@code text} to between min and max code points. */
    static String fit(String text, int min, int max) {
        int points = text.codePointCount(0, text.length());
        if (points > max) {
            text = text.substring(0, text.offsetByCodePoints(0, max));
        }
        StringBuilder padded = new StringBuilder(text);
        for (int n = padded.codePointCount(0, padded.length()); n < min; n++) {
            padded.append('x');
        }
        return padded.toString();
    }

    static String email(Choices choices) {
        String[] users = {"anna", "mario.rossi", "o.brien", "test_user", "x"};
        String[] domains = {"example.com", "example.org", "mail.example.se", "example.it"};
        return users[choices.below(users.length)] + (choices.percent(50) ? String.valueOf(choices.below(1000)) : "")
                + "@" + domains[choices.below(domains.length)];
    }

    static String matching(String regex, int min, int max, Choices choices) {
        RgxGen generator = REGEXES.computeIfAbsent(regex, RgxGen::parse);
        Pattern pattern = PATTERNS.computeIfAbsent(regex, Pattern::compile);
        long seed = choices.below(Long.MAX_VALUE);
        for (int attempt = 0; attempt < 20; attempt++) {
            String text = generator.generate(new Random(seed + attempt));
            int points = text.codePointCount(0, text.length());
            if (points >= min && points <= max && pattern.matcher(text).find()) {
                return text;
            }
        }
        throw new IllegalStateException("no string of length " + min + ".." + max + " matches " + regex);
    }

    static String notMatching(String regex, Choices choices) {
        RgxGen generator = REGEXES.computeIfAbsent(regex, RgxGen::parse);
        Pattern pattern = PATTERNS.computeIfAbsent(regex, Pattern::compile);
        long seed = choices.below(Long.MAX_VALUE);
        for (int attempt = 0; attempt < 50; attempt++) {
            String text = generator.generateNotMatching(new Random(seed + attempt));
            if (!pattern.matcher(text).find()) {
                return text;
            }
        }
        return "\u0000no match\u0000";
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return "string";
    }

    private static boolean validPairs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value a parameter carries on the wire. */
    static String wire(JsonNode value) {
        return value.isString() ? value.stringValue() : value.toString();
    }
}
