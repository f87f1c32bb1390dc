package dev.smskit.common;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API answered with a status other than 2xx.
 *
 * <p>Carries the whole answer: status, headers, the raw body and the body parsed into the error
 * shape of that API, available through {@link #getError(Class)}:
 * <ul>
 *   <li>IP1 V1: {@code dev.smskit.ip1.v1.model.ApiError} ({@code Message}, {@code ModelState});</li>
 *   <li>IP1 V2: {@code dev.smskit.ip1.v2.model.ProblemDetails} (RFC 7807);</li>
 *   <li>smsend: the plain-text message, a {@link String}.</li>
 * </ul>
 *
 * <p>The common statuses have their own subclasses: {@link ValidationException} (400),
 * {@link AuthenticationException} (401), {@link NotFoundException} (404),
 * {@link RateLimitException} (429) and {@link ServerException} (5xx). Other statuses, such as
 * 403, are thrown as {@code ApiException} itself.
 */
public class ApiException extends SmskitException {

    private static final long serialVersionUID = 1L;

    /** The HTTP method of the failed request. */
    private final String method;
    /** The request URL, password masked. */
    private final String url;
    /** The HTTP status of the answer. */
    private final int status;
    /** The answer headers, names without regard to case. */
    private final Map<String, List<String>> headers;
    /** The raw answer body. */
    private final String body;
    private final transient Object error;
    /** The wait the answer asked for, or {@code null}. */
    private final Duration retryAfter;

    /**
     * An exception for an error answer; see {@link #of(Answer)} for the subclass that fits its status.
     *
     * @param answer what the API answered
     */
    protected ApiException(Answer answer) {
        super(answer.method() + " " + answer.url() + " failed with HTTP " + answer.status() + ": "
                + answer.summary());
        this.method = answer.method();
        this.url = answer.url();
        this.status = answer.status();
        this.headers = answer.headers();
        this.body = answer.body();
        this.error = answer.error();
        this.retryAfter = answer.retryAfter();
    }

    /**
     * What an error answer said, read once by the client; public so that tests of code using the
     * client can build the exception it would throw.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param url the request URL, credentials masked
     * @param status the HTTP status
     * @param headers the answer headers
     * @param body the raw body, empty if none
     * @param error the body parsed into the API's error shape, or {@code null}
     * @param summary a one-line summary for the exception message
     * @param retryAfter the wait {@code Retry-After} asked for, or {@code null}
     */
    public record Answer(String method, String url, int status, Map<String, List<String>> headers, String body,
                  Object error, String summary, Duration retryAfter) {

        public Answer {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            headers = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * The exception the client throws for an answer: the subclass that fits its status.
     *
     * @param answer what the API answered
     * @return a {@link ValidationException}, {@link AuthenticationException}, {@link NotFoundException},
     *     {@link RateLimitException}, {@link ServerException} or a plain {@code ApiException}
     */
    public static ApiException of(Answer answer) {
        int status = answer.status();
        if (status == 400) {
            return new ValidationException(answer);
        }
        if (status == 401) {
            return new AuthenticationException(answer);
        }
        if (status == 404) {
            return new NotFoundException(answer);
        }
        if (status == 429) {
            return new RateLimitException(answer);
        }
        if (status >= 500 && status < 600) {
            return new ServerException(answer);
        }
        return new ApiException(answer);
    }

    /**
     * The HTTP method of the failed request.
     *
     * @return for example {@code POST}
     */
    public String getMethod() {
        return method;
    }

    /**
     * The URL of the failed request, with any password in its query replaced by {@code ***}.
     *
     * @return the request URL
     */
    public String getUrl() {
        return url;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return for example {@code 400}
     */
    public int getStatus() {
        return status;
    }

    /**
     * The headers of the answer; names are matched without regard to case.
     *
     * @return an unmodifiable map of header name to values
     */
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    /**
     * The first value of one answer header.
     *
     * @param name the header name, in any case
     * @return the value, if the header was sent
     */
    public Optional<String> getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The raw body of the answer.
     *
     * @return the body as text, empty if there was none
     */
    public String getBody() {
        return body;
    }

    /**
     * The body parsed into the error shape of the API, or {@code null} if the body is not in that
     * shape (an empty body, or an HTML page from a proxy).
     *
     * @return an {@code ApiError} (IP1 V1), {@code ProblemDetails} (IP1 V2) or {@code String}
     *     (smsend), or {@code null}
     */
    public Object getError() {
        return error;
    }

    /**
     * The body parsed into the error shape of the API, if it is of the given type.
     *
     * @param type {@code ApiError.class} (IP1 V1), {@code ProblemDetails.class} (IP1 V2) or
     *     {@code String.class} (smsend)
     * @param <T> the error type
     * @return the parsed error, or empty if the body is not of that type
     */
    public <T> Optional<T> getError(Class<T> type) {
        return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
    }

    /**
     * How long the server asked to wait before trying again ({@code Retry-After}, in seconds or as
     * an HTTP date).
     *
     * @return the wait, if the answer carried a valid {@code Retry-After}
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
