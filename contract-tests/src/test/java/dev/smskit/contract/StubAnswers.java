package dev.smskit.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Test-only servlet filter in front of the stub: every answer it gives for one of the three APIs,
 * during provider verification and provider state set-up alike, is validated against that API's spec.
 */
class StubAnswers extends OncePerRequestFilter {

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger validated = new AtomicInteger();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Api> api = Api.serving(request.getRequestURI());
        if (api.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.getHeaderNames().forEach(name -> headers.put(name, new ArrayList<>(answer.getHeaders(name))));
            if (answer.getContentType() != null) {
                headers.put("Content-Type", List.of(answer.getContentType()));
            }
            failures.addAll(check(api.get(), request.getMethod(), request.getRequestURI(), answer.getStatus(), headers,
                    answer.getContentAsByteArray()));
            validated.incrementAndGet();
            answer.copyBodyToResponse();
        }
    }

    /** What the spec of {@code api} finds wrong in one answer to {@code method path}. */
    static List<String> check(Api api, String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body.length > 0) {
            response.withBody(new String(body, StandardCharsets.UTF_8));
        }
        var report = Specs.validator(api).validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response.build());
        return Specs.failures(report).stream().map(f -> method + " " + path + " -> " + status + ": " + f).toList();
    }

    /** The failures found since the last call, forgotten by this call. */
    List<String> drainFailures() {
        List<String> found = List.copyOf(failures);
        failures.removeAll(found);
        return found;
    }

    int validated() {
        return validated.get();
    }
}
