package dev.smskit.stub.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error body each API family answers with, chosen by path prefix so that even requests no
 * controller matched (unknown paths, wrong methods) get their API's shape.
 */
public enum ErrorShape {

    /** IP1 V1 ({@code /api}): ASP.NET Web API's {@code {"Message": ..., "ModelState": {field: [..]}}}. */
    IP1_V1 {
        @Override
        Object body(HttpStatusCode status, String title, String detail, Map<String, List<String>> errors, String path) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Message", detail);
            if (!errors.isEmpty()) {
                body.put("ModelState", errors);
            }
            return body;
        }

        @Override
        MediaType contentType() {
            return MediaType.APPLICATION_JSON;
        }
    },

    /** IP1 V2 ({@code /v2}): RFC 7807 problem details. */
    IP1_V2,

    /**
     * smsend ({@code /API/v1.0/REST}): a short plain-text message with the documented status, where
     * anything wrong with the request is a 400 ("other errors, details are in the body").
     */
    SMSEND {
        @Override
        Object body(HttpStatusCode status, String title, String detail, Map<String, List<String>> errors, String path) {
            if (errors.isEmpty()) {
                return oneShortLine(detail);
            }
            StringJoiner fields = new StringJoiner("; ", detail + " ", "");
            errors.forEach((field, messages) -> fields.add(field + ": " + String.join(", ", messages)));
            return oneShortLine(fields.toString());
        }

        @Override
        MediaType contentType() {
            return TEXT_PLAIN;
        }

        @Override
        public StubError tooLarge(long maxBytes) {
            return StubError.of(HttpStatus.BAD_REQUEST, "Request body too large: more than " + maxBytes + " bytes");
        }

        @Override
        public StubError unsupportedContentType(HttpMediaTypeNotSupportedException unsupported) {
            return StubError.of(HttpStatus.BAD_REQUEST, unsupported.getContentType() == null
                    ? "Missing Content-Type (application/json expected)"
                    : "Unsupported Content-Type: " + unsupported.getContentType() + " (application/json expected)");
        }

        @Override
        public StubError malformed(String what, String problem) {
            return StubError.of(HttpStatus.BAD_REQUEST, "Invalid " + what + ": " + problem);
        }
    },

    /** Everything else, the control API included: RFC 7807 problem details. */
    OTHER;

    public static final MediaType TEXT_PLAIN = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    public static final String V1_PREFIX = "/api/";
    /** smsend's messages may echo a value of the request, which can be 100,000 characters long. */
    private static final int SMSEND_MAX_LENGTH = 200;
    public static final String V2_PREFIX = "/v2/";
    public static final String SMSEND_PREFIX = "/API/v1.0/REST/";

    /** The shape of the API serving {@code path} (the request URI, without query). */
    public static ErrorShape of(String path) {
        if (startsWithSegment(path, V1_PREFIX)) {
            return IP1_V1;
        }
        if (startsWithSegment(path, V2_PREFIX)) {
            return IP1_V2;
        }
        if (startsWithSegment(path, SMSEND_PREFIX)) {
            return SMSEND;
        }
        return OTHER;
    }

    private static boolean startsWithSegment(String path, String prefix) {
        return path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1));
    }

    /** The refusal of a request body larger than {@code maxBytes}. */
    public StubError tooLarge(long maxBytes) {
        return StubError.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes.");
    }

    /** The refusal of a body in a media type the operation does not read (or of one without any). */
    public StubError unsupportedContentType(HttpMediaTypeNotSupportedException unsupported) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(unsupported.getHeaders());
        return new StubError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase(),
                (unsupported.getContentType() == null ? "The request has no content type"
                        : "The content type '" + unsupported.getContentType() + "' is not supported")
                        + "; send application/json.", Map.of(), headers);
    }

    /**
     * The refusal of bytes that cannot be read as what they claim to be: {@code what} is the part of
     * the request ({@code query string}, {@code header user_key}, {@code body}), {@code problem} what
     * is wrong with it.
     */
    public StubError malformed(String what, String problem) {
        return StubError.of(HttpStatus.BAD_REQUEST, "The " + what + " is malformed: " + problem + ".");
    }

    /** The message on one line, cut short. */
    static String oneShortLine(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        return line.codePointCount(0, line.length()) <= SMSEND_MAX_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, SMSEND_MAX_LENGTH - 1)) + "…";
    }

    /**
     * The answer: {@code detail} says what went wrong, {@code title} is the short summary of
     * problem details, {@code errors} names invalid fields (may be empty). The content type is set
     * explicitly so that an error is written whatever the request's {@code Accept} says.
     */
    public ResponseEntity<Object> answer(HttpStatusCode status, String title, String detail,
            Map<String, List<String>> errors, HttpHeaders headers, String path) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(contentType())
                .body(body(status, title, detail, errors, path));
    }

    /** Writes the refusal straight to the servlet response, for failures outside Spring MVC. */
    public void write(HttpServletResponse response, StubError refusal, String path) throws IOException {
        refusal.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(response, refusal.status(), refusal.title(), refusal.detail(), path);
    }

    /** Writes the answer straight to the servlet response, for failures outside Spring MVC. */
    public void write(HttpServletResponse response, HttpStatusCode status, String title, String detail, String path)
            throws IOException {
        Object body = body(status, title, detail, Map.of(), path);
        byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : JsonMapper.shared().writeValueAsBytes(body);
        response.setStatus(status.value());
        response.setContentType(contentType().toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** RFC 7807 problem details, with the invalid fields as {@code errors}. */
    Object body(HttpStatusCode status, String title, String detail, Map<String, List<String>> errors, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(status));
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return problem;
    }

    MediaType contentType() {
        return MediaType.APPLICATION_PROBLEM_JSON;
    }
}
