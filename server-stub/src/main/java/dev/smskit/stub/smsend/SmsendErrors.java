package dev.smskit.stub.smsend;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;

import dev.smskit.stub.smsend.addressbook.UnknownIdException;
import dev.smskit.stub.smsend.orders.OrderRefusedException;
import dev.smskit.stub.web.ClientGone;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * smsend's error shape for every smsend operation: a short {@code text/plain} message with the status
 * the API documents: 400 for anything wrong with the request ("other errors, details are in the body"),
 * 401 for missing or dead keys, 404 for wrong credentials or an unknown contact. Comes before the stub's
 * global fallback, which answers what no smsend operation was found for.
 */
@RestControllerAdvice(basePackageClasses = SmsendErrors.class)
@Order(ClientGone.API_ADVICE_ORDER)
class SmsendErrors {

    static final MediaType TEXT_PLAIN = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final Logger LOG = LoggerFactory.getLogger(SmsendErrors.class);

    private final long maxBodySize;

    SmsendErrors(SmsendProperties properties) {
        this.maxBodySize = properties.maxBodySize().toBytes();
    }
    private static final int MAX_LENGTH = 200;

    static ResponseEntity<String> plainText(HttpStatusCode status, String text) {
        return ResponseEntity.status(status).contentType(TEXT_PLAIN).body(oneShortLine(text));
    }

    /** The message on one line, cut short: it may echo a value of the request, which can be 100,000 characters long. */
    static String oneShortLine(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        return line.codePointCount(0, line.length()) <= MAX_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }

    private static ResponseEntity<String> badRequest(String text) {
        return plainText(HttpStatus.BAD_REQUEST, text);
    }

    @ExceptionHandler
    ResponseEntity<String> unknownId(UnknownIdException e) {
        return badRequest(switch (e.kind()) {
            case GROUP -> "Invalid group_id: " + e.id();
            case CONTACT -> "Invalid contact_id: " + e.id();
        });
    }

    // the stub's own limit on every body (smskit.stub.max-request-body) is far above smsend's: its 413 is smsend's 400
    @ExceptionHandler
    ResponseEntity<String> tooLarge(ContentTooLargeException e) {
        return badRequest("Request body too large: more than " + maxBodySize + " bytes");
    }

    @ExceptionHandler
    ResponseEntity<String> orderRefused(OrderRefusedException e) {
        return badRequest(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<String> wrongType(MethodArgumentTypeMismatchException e) {
        return badRequest("Invalid " + e.getName() + ": " + e.getValue());
    }

    @ExceptionHandler
    ResponseEntity<String> missingParameter(MissingServletRequestParameterException e) {
        return badRequest("Missing parameter: " + e.getParameterName());
    }

    @ExceptionHandler
    ResponseEntity<String> invalidBody(MethodArgumentNotValidException e) {
        Object body = e.getBindingResult().getTarget();
        return badRequest(e.getFieldErrors().stream()
                .map(error -> "Invalid " + jsonPath(body, error.getField()) + ": " + describe(error))
                .sorted()
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler
    ResponseEntity<String> invalidParameter(HandlerMethodValidationException e) {
        return badRequest(e.getParameterValidationResults().stream()
                .map(result -> "Invalid " + result.getMethodParameter().getParameterName() + ": "
                        + result.getArgument())
                .collect(Collectors.joining("; ")));
    }

    // @Validated on the generated interfaces validates parameters in a proxy, before the method runs
    @ExceptionHandler
    ResponseEntity<String> invalidParameter(ConstraintViolationException e) {
        return badRequest(e.getConstraintViolations().stream()
                .map(violation -> "Invalid " + lastNode(violation.getPropertyPath()) + ": "
                        + violation.getInvalidValue())
                .sorted()
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler
    ResponseEntity<String> unreadableBody(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimit.TooLargeException) {
                return badRequest(cause.getMessage());
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return badRequest("Unknown field: " + path(unknown));
            }
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                // e.g. Skebby's message types GP, TI, SI sent to smsend, whose types are N, L, LL
                return badRequest("Invalid " + path(format) + ": " + format.getValue() + " is not one of "
                        + Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                                .collect(Collectors.joining(", ")));
            }
            if (cause instanceof DatabindException invalid) {
                return badRequest(invalid.getPath().isEmpty()
                        ? "Invalid body: a JSON object is expected"
                        : "Invalid " + path(invalid) + ": wrong type or value");
            }
            if (cause instanceof StreamReadException) {
                return badRequest("Malformed JSON body");
            }
        }
        return badRequest(e.getCause() == null ? "Missing request body" : "Unreadable request body");
    }

    /** Whatever else Spring or a controller rejected, keeping its status; anything unforeseen is a 500. */
    @ExceptionHandler
    ResponseEntity<String> other(Exception e) {
        if (e instanceof ResponseStatusException rejected && rejected.getReason() != null) {
            return plainText(rejected.getStatusCode(), rejected.getReason());
        }
        if (e instanceof ErrorResponse rejected && rejected.getStatusCode().is4xxClientError()) {
            String detail = rejected.getBody().getDetail();
            return plainText(rejected.getStatusCode(), detail != null ? detail : rejected.getStatusCode().toString());
        }
        LOG.error("smsend stub failed", e);
        return plainText(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
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

    /**
     * A field of a body as the client wrote it ({@code contacts[0].order_id}), from its bean path
     * ({@code contacts[0].orderId}): each step is named by the {@code @JsonProperty} of its generated getter.
     */
    private static String jsonPath(@Nullable Object body, String beanPath) {
        if (body == null) {
            return beanPath;
        }
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(body);
        StringBuilder path = new StringBuilder();
        StringBuilder json = new StringBuilder();
        for (String step : beanPath.split("\\.")) {
            String property = step.replaceFirst("\\[.*", "");
            Class<?> owner = path.isEmpty() ? body.getClass() : bean.getPropertyType(path.toString());
            PropertyDescriptor descriptor = owner == null ? null : BeanUtils.getPropertyDescriptor(owner, property);
            JsonProperty named = descriptor == null || descriptor.getReadMethod() == null ? null
                    : descriptor.getReadMethod().getAnnotation(JsonProperty.class);
            json.append(json.isEmpty() ? "" : ".").append(named != null ? named.value() : property)
                    .append(step.substring(property.length()));
            path.append(path.isEmpty() ? "" : ".").append(step);
        }
        return json.toString();
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String path(JacksonException e) {
        List<String> steps = e.getPath().stream()
                .map(step -> step.getPropertyName() != null
                        ? "." + step.getPropertyName()
                        : "[" + step.getIndex() + "]")
                .toList();
        return String.join("", steps).replaceFirst("^\\.", "");
    }
}
