package dev.smskit.stub.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one limit on request bodies, with a size and a status per API (Tomcat limits only form posts):
 * {@code smskit.stub.max-request-body} with 413 for IP1 and the control API, smsend's own
 * {@code smskit.stub.smsend.max-body-size} with its 400 ({@link ErrorShape#tooLarge}). The check
 * happens while the body is read, so a chunked body is caught as well, and a {@code Content-Length}
 * over the limit before anything is read; the refusal surfaces in the controller's error handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before anything reads a body, such as Spring's FormContentFilter
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long smsendMaxBytes;

    public RequestBodyLimit(@Value("${smskit.stub.max-request-body:1MB}") DataSize max,
            @Value("${smskit.stub.smsend.max-body-size:64KB}") DataSize smsendMax) {
        this.maxBytes = max.toBytes();
        this.smsendMaxBytes = smsendMax.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorShape shape = ErrorShape.of(request.getRequestURI());
        long limit = shape == ErrorShape.SMSEND ? smsendMaxBytes : maxBytes;
        chain.doFilter(new LimitedRequest(request, limit, shape), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private final ErrorShape shape;
        private ServletInputStream body;

        LimitedRequest(HttpServletRequest request, long maxBytes, ErrorShape shape) {
            super(request);
            this.maxBytes = maxBytes;
            this.shape = shape;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), maxBytes, getContentLengthLong(), shape);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends CheckedInputStream {

        private final long maxBytes;
        private final long declaredLength;
        private final ErrorShape shape;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes, long declaredLength, ErrorShape shape) {
            super(delegate);
            this.maxBytes = maxBytes;
            this.declaredLength = declaredLength;
            this.shape = shape;
        }

        @Override
        void beforeRead() {
            if (declaredLength > maxBytes) {
                throw shape.tooLarge(maxBytes);
            }
        }

        @Override
        void check(byte[] buffer, int offset, int length, boolean end) {
            read += length;
            if (read > maxBytes) {
                throw shape.tooLarge(maxBytes);
            }
        }
    }
}
