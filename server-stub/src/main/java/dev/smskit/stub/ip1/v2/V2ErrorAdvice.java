package dev.smskit.stub.ip1.v2;

import java.util.List;
import java.util.Map;

import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.ClientGone;
import dev.smskit.stub.web.JsonFieldPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** V2's only query parameters are the paging ones: any invalid one is "Pagination parameters invalid". */
@RestControllerAdvice(basePackageClasses = V2ErrorAdvice.class)
@Order(ClientGone.API_ADVICE_ORDER)
class V2ErrorAdvice {

    static StubError invalidPaging(String detail) {
        return new StubError(HttpStatus.BAD_REQUEST, "Pagination parameters invalid", detail, Map.of(),
                new HttpHeaders());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> outOfRange(ConstraintViolationException invalid, HttpServletRequest request) {
        List<String> problems = invalid.getConstraintViolations().stream()
                .map(violation -> JsonFieldPath.parameterName(violation.getPropertyPath()) + " " + violation.getMessage())
                .sorted()
                .toList();
        return invalidPaging(String.join("; ", problems) + ".").answer(request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> outOfRange(HandlerMethodValidationException invalid, HttpServletRequest request) {
        List<String> problems = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()))
                .sorted()
                .toList();
        return invalidPaging(String.join("; ", problems) + ".").answer(request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> notANumber(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return invalidPaging(mismatch.getName() + " must be a whole number, not '" + mismatch.getValue() + "'.")
                .answer(request);
    }
}
