package dev.smskit.stub.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Enumeration;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text that is not UTF-8 is a 400 in the API's shape, wherever it is: a query string or path whose
 * percent-encoded bytes are malformed ({@code %C0%AF}, {@code %FF%FE}, lone surrogates such as
 * {@code %ED%A0%80}), a header value, a request body. Left alone, Tomcat fails while it decodes query
 * parameters (an exception where Spring reads them, a 500) and Jackson reads overlong forms and
 * surrogates of a body as characters. Checked before any API code runs (the body while it is read),
 * so that nothing is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before anything reads parameters or a body
public class WellFormedRequests extends OncePerRequestFilter {

    static final String NOT_UTF8 = "its bytes are not UTF-8 text";
    private static final byte[] NOTHING = new byte[0];

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        ErrorShape shape = ErrorShape.of(path);
        String problem = percentEncodingProblem(path);
        String what = "path";
        if (problem == null && request.getQueryString() != null) {
            problem = percentEncodingProblem(request.getQueryString());
            what = "query string";
        }
        for (Enumeration<String> names = request.getHeaderNames(); problem == null && names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); problem == null && values.hasMoreElements(); ) {
                if (!headerValueIsUtf8(values.nextElement())) {
                    problem = NOT_UTF8;
                    what = "header " + name;
                }
            }
        }
        if (problem != null) {
            shape.write(response, shape.malformed(what, problem), path);
            return;
        }
        chain.doFilter(utf8Body(request) ? new Utf8Request(request, shape) : request, response);
    }

    /** Why {@code raw} (a path or query as sent) does not decode to UTF-8 text, or null when it does. */
    static String percentEncodingProblem(String raw) {
        if (raw.indexOf('%') < 0) {
            return null; // the request line itself is ASCII: Tomcat refuses other bytes
        }
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes[length++] = (byte) c;
            } else if (i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1)) && HexFormat.isHexDigit(raw.charAt(i + 2))) {
                bytes[length++] = (byte) HexFormat.fromHexDigits(raw, i + 1, i + 3);
                i += 2;
            } else {
                return "'" + raw.substring(i, Math.min(raw.length(), i + 3)) + "' is no percent-encoded byte";
            }
        }
        return isUtf8(ByteBuffer.wrap(bytes, 0, length)) ? null : "its percent-encoded bytes are not UTF-8 text";
    }

    /** Header values reach the servlet as ISO-8859-1: the bytes as sent. */
    private static boolean headerValueIsUtf8(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return isUtf8(StandardCharsets.ISO_8859_1.encode(value));
            }
        }
        return true;
    }

    private static boolean isUtf8(ByteBuffer bytes) {
        try {
            strictUtf8().decode(bytes);
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** JSON is UTF-8 (RFC 8259); a body that says it is in another charset is read as that. */
    private static boolean utf8Body(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        try {
            return encoding == null || Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return false;
        }
    }

    private static final class Utf8Request extends HttpServletRequestWrapper {

        private final ErrorShape shape;
        private ServletInputStream body;

        Utf8Request(HttpServletRequest request, ErrorShape shape) {
            super(request);
            this.shape = shape;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Utf8InputStream(super.getInputStream(), shape);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /** Checks the bytes as they are read; a sequence cut by a read is completed by the next one. */
    private static final class Utf8InputStream extends CheckedInputStream {

        private final ErrorShape shape;
        private final CharsetDecoder decoder = strictUtf8();
        private final CharBuffer chars = CharBuffer.allocate(512);
        private byte[] pending = NOTHING;

        Utf8InputStream(ServletInputStream delegate, ErrorShape shape) {
            super(delegate);
            this.shape = shape;
        }

        @Override
        void check(byte[] buffer, int offset, int length, boolean end) {
            ByteBuffer in;
            if (pending.length == 0) {
                in = ByteBuffer.wrap(buffer, offset, length);
            } else {
                in = ByteBuffer.allocate(pending.length + length).put(pending).put(buffer, offset, length).flip();
            }
            for (CoderResult result = decoder.decode(in, chars, end); ; result = decoder.decode(in, chars, end)) {
                if (result.isError()) {
                    throw shape.malformed("request body", NOT_UTF8);
                }
                chars.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            pending = in.hasRemaining() ? new byte[in.remaining()] : NOTHING;
            in.get(pending);
        }
    }
}
