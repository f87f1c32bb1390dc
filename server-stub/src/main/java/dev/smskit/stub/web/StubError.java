package dev.smskit.stub.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request the stub refuses, answered with {@code status} in the shape of the API it was sent to
 * (see {@link ErrorShape}): the one exception every API throws. {@code detail} is the sentence a user
 * reads (V1 {@code Message}, smsend's body, the problem's {@code detail}); {@code title} is the
 * problem's short summary. Named apart from the client's {@code ApiException}, which reads these answers.
 */
public class StubError extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, List<String>> errors;
    private final HttpHeaders headers;

    public StubError(HttpStatus status, String title, String detail, Map<String, List<String>> errors,
            HttpHeaders headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public StubError(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of(), new HttpHeaders());
    }

    /** {@code status} with its reason phrase as title. */
    public static StubError of(HttpStatus status, String detail) {
        return new StubError(status, status.getReasonPhrase(), detail);
    }

    /** 400 naming each invalid field. */
    public static StubError invalid(String detail, Map<String, List<String>> errors) {
        return new StubError(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReasonPhrase(), detail, errors,
                new HttpHeaders());
    }

    public static StubError notFound(String detail) {
        return new StubError(HttpStatus.NOT_FOUND, HttpStatus.NOT_FOUND.getReasonPhrase(), detail);
    }

    /**
     * The refusal behind {@code failure}, if it has one: a refusal thrown while a body is read (too
     * large, not UTF-8) reaches the error handling wrapped by Jackson when it came inside a value.
     */
    public static Optional<StubError> causing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StubError refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
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
