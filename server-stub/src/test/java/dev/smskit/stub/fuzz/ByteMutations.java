package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks of the bytes rather than the values: percent-encodings of bytes that are no UTF-8 text in the
 * query and the path, invalid UTF-8 inside a body's string, percent-encodings and non-ASCII in a
 * header. The JDK's HTTP client sends a header's non-ASCII characters as {@code ?}, so raw header
 * bytes are {@code MalformedBytesTest}'s, over a socket.
 */
final class ByteMutations {

    /** Overlong '/', bytes no UTF-8 text has, a lone surrogate, a cut sequence. */
    static final List<String> NOT_UTF8 = List.of("%C0%AF", "%FF%FE", "%ED%A0%80", "%E2%82", "%80", "%F4%90%80%80");
    private static final List<byte[]> RAW = List.of(
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xff, (byte) 0xfe},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    private static final String MARK = "zzNOTUTF8zz";

    private ByteMutations() {
    }

    static List<Mutation> of(Operation op) {
        List<Mutation> all = new ArrayList<>();
        for (Parameter parameter : op.parameters()) {
            if ("query".equals(parameter.getIn()) || "path".equals(parameter.getIn())) {
                all.add(Mutation.of(parameter.getIn() + " " + parameter.getName() + ": percent-encoded bytes not UTF-8", false,
                        (d, c) -> {
                            Map<String, String> slot = Generator.slot(d, parameter);
                            String valid = slot.getOrDefault(parameter.getName(), "");
                            slot.put(parameter.getName(), Draft.encode(valid) + NOT_UTF8.get(c.below(NOT_UTF8.size())));
                            d.sentEncoded.add(parameter.getName());
                            return true;
                        }));
            }
        }
        // only where the spec documents the 400 (IP1 V1 lists without parameters do not: their pacts cover every documented answer)
        if (op.documented().contains(400)) {
            all.add(Mutation.of("query: an unknown parameter's percent-encoded bytes not UTF-8", false, (d, c) -> {
                d.query.put("note", NOT_UTF8.get(c.below(NOT_UTF8.size())));
                d.sentEncoded.add("note");
                return true;
            }));
        }
        if (op.body() != null) {
            all.add(Mutation.of("body: a string's bytes not UTF-8", false, (d, c) -> {
                if (d.body == null || !mark(d.body)) {
                    return false;
                }
                String json = new String(Json.write(d.body, false), StandardCharsets.UTF_8);
                int at = json.indexOf(MARK);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes(RAW.get(c.below(RAW.size())));
                bytes.writeBytes(json.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
                d.rawBody = bytes.toByteArray();
                return true;
            }));
        }
        // opaque text to every API: the request is answered as if the header were not there
        all.add(Mutation.of("header X-Note: percent-encodings and non-ASCII", false, (d, c) -> {
            d.headers.put("X-Note", List.of("%ED%A0%80", "%FF%FE", "caf\u00e9", "%zz").get(c.below(4)));
            return true;
        }).asTolerated());
        return all;
    }

    /** Puts the mark into the first string of the body, depth first; false when it has none. */
    private static boolean mark(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                if (object.get(name).isString()) {
                    object.put(name, MARK);
                    return true;
                }
                if (mark(object.get(name))) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isString()) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, Json.NODES.stringNode(MARK));
                    return true;
                }
                if (mark(node.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
