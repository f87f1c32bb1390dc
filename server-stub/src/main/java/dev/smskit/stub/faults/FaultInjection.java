package dev.smskit.stub.faults;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.smskit.stub.StubState;
import dev.smskit.stub.web.ErrorShape;
import dev.smskit.stub.web.StubError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the {@link FaultRules} to calls to the simulated APIs, in front of everything that handles
 * them (authentication included): the control API ({@code /_stub}) and the documentation are never
 * failed. Effects that let the call take effect run it with its answer held back, then damage or drop it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after the body and UTF-8 checks, before any API code
class FaultInjection extends OncePerRequestFilter {

    private final FaultRules rules;
    private final List<StubState> apis;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;

    FaultInjection(FaultRules rules, List<StubState> apis,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.rules = rules;
        this.apis = apis;
        this.handlers = handlers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // most stubs have no rule most of the time: their calls pay nothing here
        if (rules.none()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        Optional<StubState> api = ErrorShape.of(path) == ErrorShape.OTHER ? Optional.empty() : apiOf(path);
        if (api.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Call call = new Call(api.get().name(), request.getMethod(), path, () -> operationId(request),
                () -> api.get().caller(request).orElse(null));
        FaultRules.Verdict verdict = rules.judge(call);
        if (verdict.latencyMs() > 0) {
            pause(verdict.latencyMs());
        }
        Rule rule = verdict.rule();
        if (rule == null) {
            chain.doFilter(request, response);
            return;
        }
        switch (rule.effect()) {
            case ERROR -> error(response, rule, path, "The service answers with a simulated failure (smskit fault rule " + rule.id() + ").");
            case CLOSE -> ConnectionDrop.close(request);
            default -> afterEffect(request, response, chain, rule, path);
        }
    }

    private Optional<StubState> apiOf(String path) {
        return apis.stream()
                .filter(state -> state.surfaces().stream().anyMatch(surface -> path.equals(surface.basePath())
                        || path.startsWith(surface.basePath() + "/")))
                .findFirst();
    }

    /** The operationId of the handler the call goes to: the generated interfaces name their methods by it. */
    private @Nullable String operationId(HttpServletRequest request) {
        try {
            HandlerExecutionChain handler = handlers.getObject().getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method ? method.getMethod().getName() : null;
        } catch (Exception noOperation) {
            return null; // a method or media type no operation takes: no operationId to match
        }
    }

    /** Runs the call to its full effect with the answer held back, then answers as {@code rule} says. */
    private static void afterEffect(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Rule rule, String path) throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        byte[] answer = held.getContentAsByteArray();
        switch (rule.effect()) {
            case COMMIT_THEN_ERROR -> {
                response.reset();
                error(response, rule, path, "The gateway failed to answer (smskit fault rule " + rule.id()
                        + "; the request took effect).");
            }
            case COMMIT_THEN_CLOSE -> ConnectionDrop.close(request);
            case TRUNCATE -> {
                // Content-Length promises the whole answer (at least one byte); half of it comes
                response.setContentLength(Math.max(answer.length, 1));
                response.getOutputStream().write(answer, 0, answer.length / 2);
                response.flushBuffer();
                ConnectionDrop.close(request);
            }
            case MALFORMED -> {
                // cut inside a value or followed by '<': never valid JSON
                byte[] head = Arrays.copyOf(answer, answer.length / 2 + 1);
                head[head.length - 1] = '<';
                response.setContentLength(head.length);
                response.getOutputStream().write(head);
            }
            default -> throw new IllegalStateException("not an effect after the call: " + rule.effect());
        }
    }

    private static void error(HttpServletResponse response, Rule rule, String path, String detail) throws IOException {
        HttpStatus status = HttpStatus.valueOf(rule.status().orElseThrow());
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.add(HttpHeaders.RETRY_AFTER, Integer.toString(rule.retryAfter()));
        }
        ErrorShape.of(path).write(response, new StubError(status, status.getReasonPhrase(), detail, Map.of(), headers), path);
    }

    private static void pause(int millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during a simulated delay", interrupted);
        }
    }

}
