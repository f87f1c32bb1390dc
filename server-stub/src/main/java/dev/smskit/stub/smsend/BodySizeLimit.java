package dev.smskit.stub.smsend;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses smsend request bodies over {@code smskit.stub.smsend.max-body-size}: at once when the
 * {@code Content-Length} says so, else as soon as a chunked body goes past it, before it is all in memory.
 */
@ControllerAdvice(basePackageClasses = BodySizeLimit.class)
class BodySizeLimit extends RequestBodyAdviceAdapter {

    /** Ends the read of a body that is too large; {@link SmsendErrors} answers it. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("Request body too large: more than " + limit + " bytes");
        }
    }

    private final long limit;

    BodySizeLimit(SmsendProperties properties) {
        this.limit = properties.maxBodySize().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > limit) {
            throw new TooLargeException(limit);
        }
        InputStream body = new Limited(message.getBody());
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException(limit);
            }
        }
    }
}
