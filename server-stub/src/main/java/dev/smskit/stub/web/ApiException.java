package dev.smskit.stub.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request the stub refuses, answered with {@code status} in the shape of the API it was sent to
 * (see {@link ErrorShape}). {@code detail} is the sentence a user reads (V1 {@code Message}, smsend's
 * body, the problem's {@code detail}); {@code title} is the problem's short summary.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, List<String>> errors;
    private final HttpHeaders headers;

    public ApiException(HttpStatus status, String title, String detail, Map<String, List<String>> errors,
            HttpHeaders headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of(), new HttpHeaders());
    }

    /** 400 naming each invalid field. */
    public static ApiException invalid(String detail, Map<String, List<String>> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReasonPhrase(), detail, errors,
                new HttpHeaders());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, HttpStatus.NOT_FOUND.getReasonPhrase(), detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, List<String>> errors() {
        return errors;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The answer to {@code request}, in the shape of the API its path belongs to. */
    public ResponseEntity<Object> answer(HttpServletRequest request) {
        return answer(request.getRequestURI());
    }

    /** The answer to a request for {@code path}, in the shape of the API the path belongs to. */
    public ResponseEntity<Object> answer(String path) {
        return ErrorShape.of(path).answer(status, title, getMessage(), errors, headers, path);
    }
}
