package dev.smskit.stub.web;

import java.util.Map;

import org.springframework.http.HttpStatusCode;

/** Problem {@code type}s pointing at the status's section of RFC 9110, as the V2 spec's examples do. */
final class ProblemTypes {

    private static final Map<Integer, String> SECTIONS = Map.ofEntries(
            Map.entry(400, "15.5.1"), Map.entry(401, "15.5.2"), Map.entry(403, "15.5.4"),
            Map.entry(404, "15.5.5"), Map.entry(405, "15.5.6"), Map.entry(406, "15.5.7"),
            Map.entry(409, "15.5.10"), Map.entry(413, "15.5.14"), Map.entry(415, "15.5.16"),
            Map.entry(500, "15.6.1"));

    private ProblemTypes() {
    }

    static String of(HttpStatusCode status) {
        String section = SECTIONS.get(status.value());
        return section == null ? "about:blank" : "https://tools.ietf.org/html/rfc9110#section-" + section;
    }
}
