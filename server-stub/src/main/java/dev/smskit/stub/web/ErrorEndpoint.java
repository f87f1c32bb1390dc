package dev.smskit.stub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} (whitelabel HTML or its own JSON) for failures outside the
 * controllers, such as a filter's: answers in the shape of the API the failed request was sent to.
 * Called directly, {@code /error} is just an unknown path.
 */
@RestController
public class ErrorEndpoint implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

    @RequestMapping("${spring.web.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer statusCode) || !(uri instanceof String path)) {
            return StubError.notFound("No resource at " + request.getMethod() + " " + request.getRequestURI() + ".")
                    .answer(request);
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected failure answering {}", path, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = status.is5xxServerError() ? "The stub failed unexpectedly; its log has the details."
                : "The request cannot be answered: " + status.getReasonPhrase() + ".";
        return new StubError(status, status.getReasonPhrase(), detail).answer(path);
    }
}
