package dev.smskit.stub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * The client closed the connection while its answer was being written (a load tool ending its run, a
 * test timing out): there is nobody left to answer, and it is no failure of the stub. Ahead of each
 * API's advice, whose catch-all would log it as one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientGone {

    /** The order of the advices that answer in an API's error shape: after this one. */
    public static final int API_ADVICE_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private static final Logger log = LoggerFactory.getLogger(ClientGone.class);

    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone(AsyncRequestNotUsableException gone, HttpServletRequest request) {
        log.debug("Client gone while answering {} {}: {}", request.getMethod(), request.getRequestURI(), gone.getMessage());
    }
}
