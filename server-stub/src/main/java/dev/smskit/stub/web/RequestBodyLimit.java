package dev.smskit.stub.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
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
import org.springframework.web.server.ContentTooLargeException;

/**
 * Refuses request bodies above {@code smskit.stub.max-request-body} with 413 (Tomcat limits only
 * form posts). The check happens while the body is read, so a chunked body is caught as well and the
 * error surfaces in the controller's error handling, in its API's shape.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before anything reads a body, such as Spring's FormContentFilter
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestBodyLimit(@Value("${smskit.stub.max-request-body:1MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream body;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), maxBytes, getContentLengthLong());
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

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private final long declaredLength;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes, long declaredLength) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
            this.declaredLength = declaredLength;
        }

        @Override
        public int read() throws IOException {
            refuseDeclaredOverflow();
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseDeclaredOverflow();
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void refuseDeclaredOverflow() {
            if (declaredLength > maxBytes) {
                throw tooLarge();
            }
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
        }

        // unchecked on purpose: Jackson and Spring would turn an IOException into a plain 400
        private ContentTooLargeException tooLarge() {
            return new ContentTooLargeException(new IllegalStateException(
                    "The request body is larger than " + maxBytes + " bytes."));
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
