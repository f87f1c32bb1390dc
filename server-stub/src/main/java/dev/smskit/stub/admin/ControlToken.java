package dev.smskit.stub.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import dev.smskit.stub.web.StubError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Protects the control API of a shared stub, where anyone who reaches {@code /_stub/reset} could wipe
 * every team's state: with {@code smskit.stub.control.token} set, its calls need
 * {@code Authorization: Bearer <token>} and get a 401 problem otherwise. Unset or blank (the default), it is open.
 * Matched like the handlers themselves, so no spelling of a path that reaches them gets past it.
 */
@Component
public class ControlToken implements HandlerInterceptor, WebMvcConfigurer {

    public static final String PROPERTY = "smskit.stub.control.token";
    private static final String EVENT_STREAM = "/_stub/feed/events";

    private final byte[] token;

    ControlToken(@Value("${" + PROPERTY + ":}") String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the control API needs the token. */
    public boolean required() {
        return token.length > 0;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (required()) {
            registry.addInterceptor(this).addPathPatterns("/_stub/**");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String presented = bearer ? authorization.substring(7).trim()
                // a browser's EventSource cannot send headers: RFC 6750's query parameter, on the event stream only
                : EVENT_STREAM.equals(request.getRequestURI()) ? request.getParameter("access_token") : null;
        // constant time: the token is the only secret a shared stub has
        if (presented == null || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"smskit stub control\"");
            throw new StubError(HttpStatus.UNAUTHORIZED, HttpStatus.UNAUTHORIZED.getReasonPhrase(),
                    "The control API needs Authorization: Bearer with the token set as " + PROPERTY + ".",
                    Map.of(), headers);
        }
        return true;
    }
}
