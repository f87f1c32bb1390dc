package dev.smskit.stub.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A request and the stub's answer. */
record Exchange(FuzzRequest request, int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type;
    }

    /** The media type without parameters, lower case. */
    String mediaType() {
        return contentType().replaceFirst(";.*$", "").trim().toLowerCase();
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        return Json.parse(body);
    }

    String excerpt() {
        String text = text();
        return text.length() > 400 ? text.substring(0, 400) + "... (" + body.length + " bytes)" : text;
    }
}
