package dev.smskit.stub.ip1.v1;

import java.util.List;
import java.util.Map;

import dev.smskit.stub.ip1.v1.model.ContactUpdate;
import dev.smskit.stub.ip1.v1.model.GroupUpdate;
import dev.smskit.stub.ip1.v1.model.OutgoingNKI;
import dev.smskit.stub.ip1.v1.model.OutgoingSMS;
import dev.smskit.stub.web.ClientGone;
import dev.smskit.stub.web.FallbackErrorAdvice;
import dev.smskit.stub.web.StubError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Invalid V1 requests answered with an ASP.NET {@link ModelState}; everything else falls back to the global advice. */
@RestControllerAdvice(basePackageClasses = V1ErrorAdvice.class)
@Order(ClientGone.API_ADVICE_ORDER)
class V1ErrorAdvice {

    /** ASP.NET names ModelState keys after the action's parameter, which the spec's examples show. */
    private static final Map<Class<?>, String> PARAMETERS = Map.of(
            GroupUpdate.class, "group",
            OutgoingNKI.class, "message",
            ContactUpdate.class, ContactsController.PARAMETER,
            OutgoingSMS.class, SmsController.PARAMETER);
    static final String GROUP_PARAMETER = "group";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        String parameter = PARAMETERS.getOrDefault(invalid.getParameter().getParameterType(), "model");
        ModelState modelState = new ModelState();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            if (error.contains(ConstraintViolation.class)) {
                ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
                modelState.addViolations(parameter, List.of(violation));
            } else {
                modelState.add(parameter + "." + error.getField(), String.valueOf(error.getDefaultMessage()));
            }
        }
        return modelState.invalid().answer(request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadableBody(HttpMessageNotReadableException unreadable, HandlerMethod handler,
            HttpServletRequest request) {
        return StubError.causing(unreadable).or(() -> FallbackErrorAdvice.unboundField(unreadable)
                .map(jackson -> new ModelState().addUnreadable(parameterOf(handler), jackson).invalid()))
                .orElseGet(FallbackErrorAdvice::notJson)
                .answer(request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongParameterType(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return new ModelState()
                .add(mismatch.getName(), "The value '" + mismatch.getValue() + "' is not valid for " + mismatch.getName() + ".")
                .invalid().answer(request);
    }

    private static String parameterOf(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            String name = PARAMETERS.get(parameter.getParameterType());
            if (name != null) {
                return name;
            }
        }
        return GROUP_PARAMETER;
    }
}
