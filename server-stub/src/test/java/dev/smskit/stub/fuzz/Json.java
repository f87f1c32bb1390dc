package dev.smskit.stub.fuzz;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The JSON mappers of the suite: plain UTF-8, and one that escapes every non-ASCII character. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static byte[] write(JsonNode node, boolean escapeNonAscii) {
        return (escapeNonAscii ? ESCAPING : MAPPER).writeValueAsBytes(node);
    }

    /** The parsed body, or null when it is not JSON. */
    static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
