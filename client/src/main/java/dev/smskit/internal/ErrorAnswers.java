package dev.smskit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ApiException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns every non-2xx answer into the typed {@link ApiException} of its status, with the body parsed
 * into the API's error shape. It is handed to {@link Retries} inside a {@link RetryableException}
 * so that one place decides whether to try again; whatever is not retried is thrown unwrapped.
 */
final class ErrorAnswers<E> implements ErrorDecoder {

    private static final int SUMMARY_LENGTH = 200;

    private final ObjectMapper mapper;
    private final Class<E> errorType;
    private final Function<? super E, String> summary;
    private final Clock clock;

    ErrorAnswers(ObjectMapper mapper, Class<E> errorType, Function<? super E, String> summary, Clock clock) {
        this.mapper = mapper;
        this.errorType = errorType;
        this.summary = summary;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Request request = response.request();
        String body = read(response);
        E error = parse(body);
        String text = error != null ? summary.apply(error) : null;
        if (text == null || text.isBlank()) {
            text = body.isBlank() ? "no details in the answer" : abbreviate(body.strip());
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        ApiException failure = ApiException.of(new ApiException.Answer(
                request.httpMethod().name(), Redaction.url(request.url()), response.status(), headers, body,
                error, text, retryAfter(response.headers().get("Retry-After"))));
        return new RetryableException(response.status(), failure.getMessage(), request.httpMethod(), failure,
                (Long) null, request);
    }

    private static String read(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (Reader reader = response.body().asReader(response.charset())) {
            return Util.toString(reader);
        } catch (IOException e) {
            return "";
        }
    }

    private E parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        if (errorType == String.class) {
            return errorType.cast(body.strip());
        }
        try {
            return mapper.readValue(body, errorType);
        } catch (IOException notThisShape) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "…";
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    private Duration retryAfter(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().strip();
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }
}
