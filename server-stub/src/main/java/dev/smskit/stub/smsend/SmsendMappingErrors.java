package dev.smskit.stub.smsend;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body that is not JSON fails while Spring still looks for the operation, so no smsend handler (and
 * no {@link SmsendErrors}) is involved yet: under the smsend root this answers it in smsend's shape,
 * as the documented 400 ("other errors"). Everything else without a handler is the global fallback's.
 */
@Component
class SmsendMappingErrors implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception ex) {
        String root = request.getContextPath() + SmsendWebConfiguration.BASE_PATH + "/";
        if (handler != null || !(ex instanceof HttpMediaTypeNotSupportedException unsupported)
                || !request.getRequestURI().startsWith(root)) {
            return null;
        }
        try {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(SmsendErrors.TEXT_PLAIN.toString());
            response.getWriter().write(unsupported.getContentType() == null
                    ? "Missing Content-Type (application/json expected)"
                    : "Unsupported Content-Type: " + unsupported.getContentType() + " (application/json expected)");
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // before Spring's own resolvers, after Boot's error recorder
    }
}
