package dev.smskit.stub.smsend;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import dev.smskit.stub.web.Caller;
import dev.smskit.stub.web.StubError;

/**
 * Lets an smsend call through only with a {@code user_key} and a live {@code Session_key} or the
 * {@code Access_token} of the same user, and names that user as the request's {@link Caller}. Runs
 * before the body is read, so an unauthenticated call is a 401 whatever else is wrong with it. Header names are matched
 * case-insensitively by the servlet container, underscores included.
 */
@Component
class SessionCheck implements HandlerInterceptor {

    static final String UNAUTHORIZED = "User_key, Token or Session_key are invalid or not provided";

    private final Sessions sessions;

    SessionCheck(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // no smsend operation here: the global fallback answers unknown paths
        }
        String username = sessions
                .authenticate(request.getHeader("user_key"), request.getHeader("Session_key"),
                        request.getHeader("Access_token"))
                .orElseThrow(() -> StubError.of(HttpStatus.UNAUTHORIZED, UNAUTHORIZED));
        Caller.authenticated(request, username);
        return true;
    }
}
