package dev.smskit.stub.smsend;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.smskit.stub.smsend.addressbook.UnknownIdException;
import dev.smskit.stub.smsend.orders.OrderRefusedException;
import dev.smskit.stub.web.ClientGone;
import dev.smskit.stub.web.JsonFieldPath;
import dev.smskit.stub.web.StubError;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * smsend's words for what its operations refuse: 400 for anything wrong with the request ("other
 * errors, details are in the body"), naming the field as {@code Invalid field: why}. The answer is
 * shaped by {@link dev.smskit.stub.web.ErrorShape#SMSEND}, like the refusals the controllers throw
 * (401 for missing or dead keys, 404 for wrong credentials or an unknown order). Comes before the
 * stub's global fallback, which answers what no smsend operation was found for.
 */
@RestControllerAdvice(basePackageClasses = SmsendErrorAdvice.class)
@Order(ClientGone.API_ADVICE_ORDER)
class SmsendErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(SmsendErrorAdvice.class);

    static StubError invalid(String what) {
        return StubError.of(HttpStatus.BAD_REQUEST, "Invalid " + what);
    }

    @ExceptionHandler
    ResponseEntity<Object> refused(StubError e, HttpServletRequest request) {
        return e.answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownId(UnknownIdException e, HttpServletRequest request) {
        return invalid(switch (e.kind()) {
            case GROUP -> "group_id: " + e.id();
            case CONTACT -> "contact_id: " + e.id();
        }).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> orderRefused(OrderRefusedException e, HttpServletRequest request) {
        return StubError.of(HttpStatus.BAD_REQUEST, e.getMessage()).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(e.getName() + ": " + e.getValue()).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return StubError.of(HttpStatus.BAD_REQUEST, "Missing parameter: " + e.getParameterName()).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return StubError.of(HttpStatus.BAD_REQUEST, e.getFieldErrors().stream()
                .map(error -> "Invalid " + jsonPath(error) + ": " + describe(error))
                .sorted()
                .collect(Collectors.joining("; "))).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        return StubError.of(HttpStatus.BAD_REQUEST, e.getParameterValidationResults().stream()
                .map(result -> "Invalid " + result.getMethodParameter().getParameterName() + ": "
                        + result.getArgument())
                .collect(Collectors.joining("; "))).answer(request);
    }

    // @Validated on the generated interfaces validates parameters in a proxy, before the method runs
    @ExceptionHandler
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
        return StubError.of(HttpStatus.BAD_REQUEST, e.getConstraintViolations().stream()
                .map(violation -> "Invalid " + JsonFieldPath.parameterName(violation.getPropertyPath()) + ": "
                        + violation.getInvalidValue())
                .sorted()
                .collect(Collectors.joining("; "))).answer(request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        return StubError.causing(e).orElseGet(() -> unreadable(e)).answer(request);
    }

    private static StubError unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return StubError.of(HttpStatus.BAD_REQUEST, "Unknown field: " + JsonFieldPath.of(unknown));
            }
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                // e.g. Skebby's message types GP, TI, SI sent to smsend, whose types are N, L, LL
                return invalid(JsonFieldPath.of(format) + ": " + format.getValue() + " is not one of "
                        + Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                                .collect(Collectors.joining(", ")));
            }
            if (cause instanceof DatabindException invalid) {
                return invalid.getPath().isEmpty()
                        ? invalid("body: a JSON object is expected")
                        : invalid(JsonFieldPath.of(invalid) + ": wrong type or value");
            }
            if (cause instanceof StreamReadException) {
                return StubError.of(HttpStatus.BAD_REQUEST, "Malformed JSON body");
            }
        }
        return StubError.of(HttpStatus.BAD_REQUEST, e.getCause() == null ? "Missing request body" : "Unreadable request body");
    }

    /** Whatever else Spring rejected, keeping its status; anything unforeseen is a 500. */
    @ExceptionHandler
    ResponseEntity<Object> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse rejected && rejected.getStatusCode().is4xxClientError()) {
            String detail = rejected.getBody().getDetail();
            HttpStatus status = HttpStatus.valueOf(rejected.getStatusCode().value());
            return StubError.of(status, detail != null ? detail : rejected.getStatusCode().toString()).answer(request);
        }
        LOG.error("smsend stub failed", e);
        return StubError.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error").answer(request);
    }

    /** The field as the client wrote it ({@code contacts[0].order_id}), not its bean path. */
    private static String jsonPath(FieldError error) {
        return error.contains(ConstraintViolation.class) ? JsonFieldPath.of(error.unwrap(ConstraintViolation.class))
                : error.getField();
    }

    private static String describe(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            Map<String, Object> constraint =
                    error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
            if (constraint.get("min") instanceof Integer min && constraint.get("max") instanceof Integer max) {
                Object value = error.getRejectedValue();
                int size = value instanceof Collection<?> items ? items.size() : String.valueOf(value).length();
                return size >= min ? "must be at most " + max + " characters"
                        : min == 1 ? "must not be empty" : "must be at least " + min + " characters";
            }
        }
        return error.getDefaultMessage();
    }
}
