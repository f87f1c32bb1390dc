package dev.smskit.stub.web;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Last line of error handling for every path: whatever went wrong, the client gets a 4xx (or, for a
 * stub bug, a 500) in the shape of the API it called ({@link ErrorShape}), never an HTML page or a
 * stack trace. Lowest precedence, so advices scoped to one API's controllers win for them.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FallbackErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(FallbackErrorAdvice.class);

    @ExceptionHandler(StubError.class)
    ResponseEntity<Object> refused(StubError refusal, HttpServletRequest request) {
        return refusal.answer(request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        Map<String, List<String>> errors = new TreeMap<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            String field = error.contains(ConstraintViolation.class)
                    ? JsonFieldPath.of(error.unwrap(ConstraintViolation.class))
                    : error.getField();
            add(errors, field, error.getDefaultMessage());
        }
        invalid.getBindingResult().getGlobalErrors().forEach(error -> add(errors, "", error.getDefaultMessage()));
        return StubError.invalid("The request is invalid.", errors).answer(request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameters(ConstraintViolationException invalid, HttpServletRequest request) {
        Map<String, List<String>> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            add(errors, JsonFieldPath.parameterName(violation.getPropertyPath()), violation.getMessage());
        }
        return StubError.invalid("The request is invalid.", errors).answer(request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException invalid, HttpServletRequest request) {
        Map<String, List<String>> errors = new TreeMap<>();
        invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> add(errors, result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        return StubError.invalid("The request is invalid.", errors).answer(request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongParameterType(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return StubError.invalid("The request is invalid.",
                Map.of(mismatch.getName(), List.of("'" + mismatch.getValue() + "' is not a valid value.")))
                .answer(request);
    }

    /** Found no operation for the body's media type: each API words (and numbers) that its own way. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> unsupportedContentType(HttpMediaTypeNotSupportedException unsupported, HttpServletRequest request) {
        return ErrorShape.of(request.getRequestURI()).unsupportedContentType(unsupported).answer(request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadableBody(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return unreadable(unreadable).answer(request);
    }

    /** Names the field a body could not be read at, or says that the body is no JSON at all. */
    public static StubError unreadable(HttpMessageNotReadableException unreadable) {
        return StubError.causing(unreadable).or(() -> unboundField(unreadable)
                .map(jackson -> StubError.invalid("The request is invalid.",
                        Map.of(JsonFieldPath.of(jackson), List.of(describe(jackson))))))
                .orElseGet(FallbackErrorAdvice::notJson);
    }

    /** The error of a well-formed JSON body with a field that does not fit (unknown, wrong type, out of range), if that is the case. */
    public static Optional<JacksonException> unboundField(HttpMessageNotReadableException unreadable) {
        return unreadable.getCause() instanceof JacksonException jackson
                && (!(jackson instanceof StreamReadException) || jackson instanceof InputCoercionException)
                && !jackson.getPath().isEmpty() ? Optional.of(jackson) : Optional.empty();
    }

    public static StubError notJson() {
        return StubError.invalid("The request body is missing or is not well-formed JSON.", Map.of());
    }

    /** A short, implementation-free sentence for a body Jackson could not bind. */
    public static String describe(JacksonException jackson) {
        if (jackson instanceof UnrecognizedPropertyException) {
            return "Unknown field.";
        }
        if (jackson instanceof InputCoercionException) {
            return "Out of range.";
        }
        Class<?> enumType = jackson instanceof ValueInstantiationException instantiation ? instantiation.getType().getRawClass()
                : jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (enumType != null && enumType.isEnum()) {
            // generated enums write their JSON value with toString()
            return "Must be one of " + Arrays.stream(enumType.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Expected " + jsonType(mismatch.getTargetType()) + ".";
        }
        return "Invalid value.";
    }

    private static String jsonType(Class<?> type) {
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 date-time such as 2026-11-23T09:15:30.123Z";
        }
        if (type == URI.class) {
            return "a URL";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isEnum() || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> anythingElse(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            HttpStatus known = HttpStatus.resolve(status.value());
            String title = known == null ? "Error" : known.getReasonPhrase();
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(response.getHeaders());
            return ErrorShape.of(request.getRequestURI()).answer(status, title, detail(failure, request), Map.of(),
                    headers, request.getRequestURI());
        }
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), failure);
        return new StubError(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "The stub failed unexpectedly; its log has the details.").answer(request);
    }

    private static String detail(Exception failure, HttpServletRequest request) {
        if (failure instanceof NoHandlerFoundException || failure instanceof NoResourceFoundException) {
            return "No resource at " + request.getMethod() + " " + request.getRequestURI() + ".";
        }
        if (failure instanceof HttpRequestMethodNotSupportedException unsupported) {
            return "The method " + unsupported.getMethod() + " is not supported here; use "
                    + String.join(", ", unsupported.getSupportedMethods() == null ? new String[0]
                            : unsupported.getSupportedMethods()) + ".";
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return "This resource cannot answer in any media type the request accepts; it answers application/json.";
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return "The query parameter '" + missing.getParameterName() + "' is required.";
        }
        String detail = ((ErrorResponse) failure).getBody().getDetail();
        return detail == null ? "The request cannot be answered." : detail;
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }
}
