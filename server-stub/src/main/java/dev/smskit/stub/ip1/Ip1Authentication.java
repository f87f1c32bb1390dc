package dev.smskit.stub.ip1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import dev.smskit.stub.web.ErrorShape;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is calling IP1: V1 ({@code /api}) takes HTTP Basic {@code accountId:apiKey} or a Bearer token,
 * V2 ({@code /v2}) a Bearer token, each checked against {@code smskit.stub.ip1.accounts}. Anything
 * else is a 401 in the API's error shape. Controllers read the account from {@link Caller}.
 */
@Component
public class Ip1Authentication implements HandlerInterceptor, WebMvcConfigurer {

    private final List<Ip1Properties.Account> accounts;

    public Ip1Authentication(Ip1Properties properties) {
        this.accounts = List.copyOf(properties.accounts());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(ErrorShape.V1_PREFIX + "**", ErrorShape.V2_PREFIX + "**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean v1 = ErrorShape.of(request.getRequestURI()) == ErrorShape.IP1_V1;
        Caller.authenticated(request, account(request).orElseThrow(() -> unauthorized(v1)).id());
        return true;
    }

    /** The account whose credentials {@code request} carries, if they are valid. */
    Optional<Ip1Properties.Account> account(HttpServletRequest request) {
        boolean v1 = ErrorShape.of(request.getRequestURI()) == ErrorShape.IP1_V1;
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            String token = authorization.substring(7).trim();
            return accounts.stream().filter(candidate -> same(candidate.token(), token)).findFirst();
        } else if (v1 && authorization != null && startsWithIgnoreCase(authorization, "Basic ")) {
            return basic(authorization.substring(6).trim());
        }
        return Optional.empty();
    }

    private Optional<Ip1Properties.Account> basic(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = decoded.substring(0, colon);
        String apiKey = decoded.substring(colon + 1);
        return accounts.stream()
                .filter(candidate -> same(candidate.id(), id) && same(candidate.apiKey(), apiKey))
                .findFirst();
    }

    private static StubError unauthorized(boolean v1) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.WWW_AUTHENTICATE, v1 ? "Basic realm=\"IP1\", Bearer realm=\"IP1\"" : "Bearer realm=\"IP1\"");
        return v1
                ? new StubError(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "Authorization has been denied for this request.", Map.of(), headers)
                : new StubError(HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required.",
                        Map.of(), headers);
    }

    private static boolean same(String expected, String given) {
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
