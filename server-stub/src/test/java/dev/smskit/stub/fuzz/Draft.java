package dev.smskit.stub.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** A request under construction: generators fill it, mutations break it, then it becomes a {@link FuzzRequest}. */
final class Draft {

    final Operation op;
    final Kind kind;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** Names of path and query parameters whose values are sent as they are, already percent-encoded. */
    final java.util.Set<String> sentEncoded = new java.util.HashSet<>();
    /** The JSON body, serialised at the end; {@link #rawBody} wins when set. */
    JsonNode body;
    byte[] rawBody;
    String contentType;
    /** Write non-ASCII as {@code \\uXXXX} escapes (the only way to send a lone surrogate in JSON). */
    boolean escapeNonAscii;
    /** What this case is, e.g. "valid" or "body Color: pattern broken". */
    String label;
    /** The field a mutation broke, as the spec names it (for error bodies that must name it). */
    String brokenField;
    /** Whether the spec's request validator must accept (true) or reject (false) the request; null: no opinion. */
    Boolean specValid;
    /** A 2xx would be wrong (another account's resource): only the excused statuses are allowed. */
    boolean mustFail;
    /** Statuses this request may legitimately get besides the kind's own, and why (business rules). */
    final Map<Integer, String> excuses = new TreeMap<>();
    /** Shell expressions standing for credentials that change from run to run, for replayable curl lines. */
    final Map<String, String> shellValues = new LinkedHashMap<>();
    String shellPrelude = "";

    Draft(Operation op, Kind kind) {
        this.op = op;
        this.kind = kind;
        this.label = kind.name().toLowerCase();
    }

    void excuse(int status, String reason) {
        excuses.putIfAbsent(status, reason);
    }

    /** Whether an error body's map of invalid fields (V1 {@code ModelState}, V2 {@code errors}) names the broken field. */
    boolean brokenFieldNamedIn(JsonNode fields) {
        if (fields == null || !fields.isObject()) {
            return false;
        }
        for (String key : fields.propertyNames()) {
            if (key.toLowerCase().contains(brokenField.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    FuzzRequest toRequest() {
        StringBuilder target = new StringBuilder(op.spec().basePath);
        for (String segment : op.pathTemplate().substring(1).split("/", -1)) {
            target.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = path.getOrDefault(name, "");
                target.append(sentEncoded.contains(name) ? value : encode(value));
            } else {
                target.append(segment);
            }
        }
        String separator = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            target.append(separator).append(encode(q.getKey()));
            if (q.getValue() != null) {
                target.append('=').append(sentEncoded.contains(q.getKey()) ? q.getValue() : encode(q.getValue()));
            }
            separator = "&";
        }
        byte[] bytes = rawBody != null ? rawBody : body == null ? null : Json.write(body, escapeNonAscii);
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (contentType != null && bytes != null) {
            sent.putIfAbsent("Content-Type", contentType);
        }
        return new FuzzRequest(op.method(), target.toString(), sent, bytes, shellValues, shellPrelude);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
