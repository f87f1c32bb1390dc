package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of single breaks for one operation, derived from its spec: every constraint of every
 * parameter and body field (missing, null, wrong type, pattern, lengths, enum, format, bounds), then
 * malformed, missing, mistyped, too deeply nested or wrongly labelled bodies, then bytes that are no
 * UTF-8 text ({@link ByteMutations}).
 */
final class Mutations {

    private static final String ITEMS = "[]";

    /** One step from a node to a child: a property name or {@link #ITEMS}, with the child's schema. */
    private record Step(String name, Schema<?> schema) {
    }

    private final Values values;

    Mutations(Values values) {
        this.values = values;
    }

    List<Mutation> of(Operation op) {
        List<Mutation> all = new ArrayList<>();
        for (Parameter parameter : op.parameters()) {
            if (!"cookie".equals(parameter.getIn())) {
                parameterBreaks(parameter, all);
            }
        }
        if (op.body() != null) {
            walk(op.body(), new ArrayList<>(), false, all, 0);
            bodyBreaks(op, all);
        }
        all.addAll(ByteMutations.of(op));
        return all;
    }

    // ---- parameters -------------------------------------------------------------------------

    private static void parameterBreaks(Parameter parameter, List<Mutation> all) {
        String where = parameter.getIn() + " " + parameter.getName();
        Schema<?> schema = parameter.getSchema();
        if (Boolean.TRUE.equals(parameter.getRequired()) && !"path".equals(parameter.getIn())) {
            all.add(Mutation.of(where + ": missing", true, (d, c) -> slot(d, parameter).remove(parameter.getName()) != null));
        }
        for (Map.Entry<String, Function<Choices, String>> wrong : wrongWireValues(schema, !"path".equals(parameter.getIn())).entrySet()) {
            all.add(Mutation.of(where + ": " + wrong.getKey(), true, (d, c) -> {
                slot(d, parameter).put(parameter.getName(), wrong.getValue().apply(c));
                d.brokenField = parameter.getName();
                return true;
            }));
        }
    }

    private static Map<String, String> slot(Draft draft, Parameter parameter) {
        return switch (parameter.getIn()) {
            case "path" -> draft.path;
            case "header" -> draft.headers;
            default -> draft.query;
        };
    }

    /** Values that break the schema of a parameter as text on the wire. */
    private static Map<String, Function<Choices, String>> wrongWireValues(Schema<?> schema, boolean emptyAllowed) {
        Map<String, Function<Choices, String>> wrong = new java.util.LinkedHashMap<>();
        String type = Values.type(schema);
        switch (type) {
            case "integer" -> {
                wrong.put("not an integer", c -> List.of("abc", "1.5", "1e3", "0x10", "twelve", "1O").get(c.below(6)));
                if ("int64".equals(schema.getFormat())) {
                    wrong.put("beyond int64", c -> c.percent(50) ? "9223372036854775808" : "-9223372036854775809");
                } else {
                    wrong.put("beyond int32", c -> c.percent(50) ? "2147483648" : "-2147483649");
                }
            }
            case "number" -> wrong.put("not a number", c -> List.of("abc", "1,5", "NaN!").get(c.below(3)));
            case "boolean" -> wrong.put("not a boolean", c -> List.of("maybe", "yes", "2").get(c.below(3)));
            default -> {
            }
        }
        if (schema.getMinimum() != null) {
            wrong.put("below minimum", c -> schema.getMinimum().subtract(java.math.BigDecimal.valueOf(1 + c.below(1000))).toPlainString());
        }
        if (schema.getMaximum() != null) {
            wrong.put("above maximum", c -> schema.getMaximum().add(java.math.BigDecimal.valueOf(1 + c.below(1000))).toPlainString());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<String> allowed = schema.getEnum().stream().map(String::valueOf).toList();
            wrong.put("not in enum", c -> {
                String near = allowed.get(c.below(allowed.size()));
                for (String candidate : List.of(near.toLowerCase(), near.toUpperCase(), near + " ", "NOPE")) {
                    if (!allowed.contains(candidate) && c.percent(60)) {
                        return candidate;
                    }
                }
                return "NOPE";
            });
        }
        if ("string".equals(type)) {
            if (schema.getPattern() != null) {
                wrong.put("pattern broken", c -> Values.notMatching(schema.getPattern(), c));
            }
            if (schema.getMaxLength() != null) {
                wrong.put("longer than maxLength", c -> "x".repeat(schema.getMaxLength() + 1 + c.below(100)));
            }
            if (schema.getMinLength() != null && schema.getMinLength() > 0 && emptyAllowed) {
                wrong.put("shorter than minLength", c -> "x".repeat(c.below(schema.getMinLength())));
            }
        }
        return wrong;
    }

    // ---- body fields ------------------------------------------------------------------------

    private void walk(Schema<?> schema, List<Step> steps, boolean required, List<Mutation> all, int depth) {
        if (depth > 5) {
            return;
        }
        List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (branches != null) {
            for (Schema<?> branch : branches) {
                List<Mutation> ofBranch = new ArrayList<>();
                walk(branch, steps, required, ofBranch, depth + 1);
                // a required property left out of one branch may leave a body another branch accepts ({} is a
                // ContactRequest once a MultipleContactsRequest loses contacts): the spec's validator has no say then
                ofBranch.forEach(m -> all.add(branches.size() > 1 && m.name().endsWith(": missing") ? m.invisibleToSpec() : m));
            }
            return;
        }
        if (!steps.isEmpty()) {
            fieldBreaks(schema, List.copyOf(steps), required, all);
        }
        String type = Values.type(schema);
        if ("object".equals(type) && schema.getProperties() != null) {
            List<String> requiredNames = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((name, property) -> {
                if (!Boolean.TRUE.equals(property.getReadOnly())) {
                    List<Step> next = new ArrayList<>(steps);
                    next.add(new Step(name, property));
                    walk(property, next, requiredNames.contains(name), all, depth + 1);
                }
            });
        } else if ("array".equals(type) && schema.getItems() != null) {
            List<Step> next = new ArrayList<>(steps);
            next.add(new Step(ITEMS, schema.getItems()));
            walk(schema.getItems(), next, false, all, depth + 1);
        }
    }

    private void fieldBreaks(Schema<?> schema, List<Step> steps, boolean required, List<Mutation> all) {
        String field = display(steps);
        String type = Values.type(schema);
        if (required && !ITEMS.equals(last(steps).name())) {
            all.add(at(field + ": missing", steps, (c, parent) -> null, true));
        }
        if (!Boolean.TRUE.equals(schema.getNullable())) {
            Mutation nullValue = at(field + ": null", steps, (c, parent) -> Json.NODES.nullNode(), false);
            // null for an optional field is commonly read as absent (as Json.NET and Jackson do)
            all.add(required || ITEMS.equals(last(steps).name()) ? nullValue : nullValue.asTolerated());
        }
        all.add(at(field + ": wrong type", steps, (c, parent) -> wrongType(type, c), false));
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            all.add(at(field + ": not in enum", steps, (c, parent) -> "integer".equals(type)
                    ? Json.NODES.numberNode(notIn(schema, c)) : Json.NODES.stringNode("NOPE" + c.below(10)), false));
        }
        if ("string".equals(type)) {
            if (schema.getPattern() != null) {
                all.add(at(field + ": pattern broken", steps, (c, parent) -> Json.NODES.stringNode(Values.notMatching(schema.getPattern(), c)), false));
            }
            if (schema.getMaxLength() != null) {
                int max = schema.getMaxLength();
                all.add(at(field + ": longer than maxLength", steps, (c, parent) -> Json.NODES.stringNode(
                        c.percent(20) ? "y".repeat(max + Values.HUGE) : "y".repeat(max + 1 + c.below(20))), false));
            }
            if (schema.getMinLength() != null && schema.getMinLength() > 0) {
                all.add(at(field + ": shorter than minLength", steps, (c, parent) -> Json.NODES.stringNode("z".repeat(c.below(schema.getMinLength()))), false));
            }
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            switch (format) {
                case "email" -> all.add(at(field + ": not an email", steps, (c, parent) -> Json.NODES.stringNode(
                        List.of("not-an-email", "a@", "@example.com", "a b@example.com", "a@@example.com").get(c.below(5))), false));
                case "date-time" -> all.add(at(field + ": not a date-time", steps, (c, parent) -> Json.NODES.stringNode(
                        List.of("yesterday", "2026-13-45T99:99:99Z", "2026-11-23", "23/11/2026 10:00").get(c.below(4))), false));
                case "date" -> all.add(at(field + ": not a date", steps, (c, parent) -> Json.NODES.stringNode(
                        List.of("yesterday", "2026-13-45", "23/11/2026").get(c.below(3))), false));
                default -> {
                }
            }
        }
        if ("integer".equals(type)) {
            boolean int64 = "int64".equals(schema.getFormat());
            all.add(at(field + ": beyond " + (int64 ? "int64" : "int32"), steps, (c, parent) -> int64
                    ? Json.NODES.numberNode(new java.math.BigInteger("9223372036854775808").multiply(java.math.BigInteger.valueOf(c.percent(50) ? -1 : 1)))
                    : Json.NODES.numberNode(c.percent(50) ? 2147483648L + c.below(1000) : -2147483649L - c.below(1000)), false));
        }
        if (schema.getMinimum() != null) {
            all.add(at(field + ": below minimum", steps, (c, parent) -> Json.NODES.numberNode(
                    schema.getMinimum().subtract(java.math.BigDecimal.valueOf(1 + c.below(1000)))), false));
        }
        if (schema.getMaximum() != null) {
            all.add(at(field + ": above maximum", steps, (c, parent) -> Json.NODES.numberNode(
                    schema.getMaximum().add(java.math.BigDecimal.valueOf(1 + c.below(1000)))), false));
        }
    }

    private static long notIn(Schema<?> schema, Choices choices) {
        List<String> allowed = schema.getEnum().stream().map(String::valueOf).toList();
        long candidate = choices.below(10_000);
        while (allowed.contains(String.valueOf(candidate))) {
            candidate++;
        }
        return candidate;
    }

    static JsonNode wrongType(String type, Choices choices) {
        List<JsonNode> wrong = new ArrayList<>(List.of(
                Json.NODES.stringNode("12"), Json.NODES.numberNode(12), Json.NODES.numberNode(1.5),
                Json.NODES.booleanNode(true), Json.NODES.objectNode(), Json.NODES.arrayNode()));
        wrong.removeIf(node -> switch (type) {
            case "string" -> node.isString();
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            default -> false;
        });
        return wrong.get(choices.below(wrong.size()));
    }

    /** A break at the end of {@code steps}: the new value (null removes the property). */
    private interface Breaker {
        JsonNode value(Choices choices, JsonNode parent);
    }

    private Mutation at(String name, List<Step> steps, Breaker breaker, boolean remove) {
        String leaf = leafName(steps);
        return Mutation.of("body " + name, true, (draft, choices) -> {
            if (draft.body == null) {
                return false;
            }
            JsonNode node = draft.body;
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                boolean lastStep = i == steps.size() - 1;
                if (ITEMS.equals(step.name())) {
                    if (!(node instanceof ArrayNode array)) {
                        return false;
                    }
                    if (array.isEmpty()) { // an element to break, named as the array (as Values names them)
                        array.add(values.of(draft, i == 0 ? "body" : steps.get(i - 1).name(), step.schema(), choices, false));
                    }
                    int index = choices.below(array.size());
                    if (lastStep) {
                        array.set(index, breaker.value(choices, array));
                        break;
                    }
                    node = array.get(index);
                } else {
                    if (!(node instanceof ObjectNode object)) {
                        return false;
                    }
                    if (lastStep) {
                        if (remove) {
                            if (object.remove(step.name()) == null) {
                                return false; // not there, as in another branch of a oneOf: nothing to break
                            }
                        } else {
                            object.set(step.name(), breaker.value(choices, object));
                        }
                        break;
                    }
                    if (object.get(step.name()) == null) {
                        object.set(step.name(), values.of(draft, step.name(), step.schema(), choices, false));
                    }
                    node = object.get(step.name());
                }
            }
            draft.brokenField = leaf;
            return true;
        });
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    private static String leafName(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!ITEMS.equals(steps.get(i).name())) {
                return steps.get(i).name();
            }
        }
        return "";
    }

    private static String display(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (ITEMS.equals(step.name())) {
                text.append(ITEMS);
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step.name());
            }
        }
        return text.toString();
    }

    // ---- whole bodies -----------------------------------------------------------------------

    private static void bodyBreaks(Operation op, List<Mutation> all) {
        all.add(Mutation.of("body: trailing garbage after the JSON", false, (d, c) -> {
            byte[] valid = d.body == null ? "{}".getBytes(StandardCharsets.UTF_8) : Json.write(d.body, false);
            d.rawBody = (new String(valid, StandardCharsets.UTF_8) + List.of("}}", " x", "{}", ",").get(c.below(4))).getBytes(StandardCharsets.UTF_8);
            return true;
        }));
        all.add(Mutation.of("body: malformed JSON", true, (d, c) -> {
            byte[] valid = d.body == null ? "{}".getBytes(StandardCharsets.UTF_8) : Json.write(d.body, false);
            d.rawBody = switch (c.below(7)) {
                case 0 -> java.util.Arrays.copyOf(valid, Math.max(1, c.below(Math.max(1, valid.length - 1))));
                case 1 -> "{".getBytes(StandardCharsets.UTF_8);
                case 2 -> "not json".getBytes(StandardCharsets.UTF_8);
                case 3 -> "{'Name': 'single quotes'}".getBytes(StandardCharsets.UTF_8);
                case 4 -> "{\"a\":}".getBytes(StandardCharsets.UTF_8);
                case 5 -> new byte[] {'{', '"', 'N', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'}; // invalid UTF-8
                default -> "[1,2,".getBytes(StandardCharsets.UTF_8);
            };
            return true;
        }));
        if (op.bodyRequired()) {
            all.add(Mutation.of("body: missing", true, (d, c) -> {
                d.body = null;
                d.rawBody = c.percent(50) ? new byte[0] : null;
                return true;
            }));
        }
        List<String> rootTypes = rootTypes(op.body());
        all.add(Mutation.of("body: wrong JSON type", true, (d, c) -> {
            List<String> wrong = new ArrayList<>(List.of("\"text\"", "42", "true", "null"));
            if (!rootTypes.contains("array")) {
                wrong.add("[]");
            }
            if (!rootTypes.contains("object")) {
                wrong.add("{}");
            }
            d.rawBody = wrong.get(c.below(wrong.size())).getBytes(StandardCharsets.UTF_8);
            return true;
        }));
        String firstProperty = firstProperty(op.body());
        if (firstProperty != null) {
            all.add(Mutation.of("body: nested too deep", true, (d, c) -> {
                int depth = 2_000 + c.below(20_000);
                d.rawBody = ("{\"" + firstProperty + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
                return true;
            }));
        }
        all.add(Mutation.of("body: not labelled as JSON", true, (d, c) -> {
            d.contentType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")
                    .get(c.below(4));
            return d.body != null;
        }));
    }

    private static List<String> rootTypes(Schema<?> schema) {
        List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (branches == null) {
            return List.of(Values.type(schema));
        }
        return branches.stream().map(b -> Values.type((Schema<?>) b)).toList();
    }

    private static String firstProperty(Schema<?> schema) {
        List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        Schema<?> object = branches == null ? schema : branches.stream()
                .filter(b -> "object".equals(Values.type((Schema<?>) b))).findFirst().orElse(null);
        if (object == null || object.getProperties() == null || object.getProperties().isEmpty()) {
            return null;
        }
        return object.getProperties().keySet().iterator().next();
    }
}
