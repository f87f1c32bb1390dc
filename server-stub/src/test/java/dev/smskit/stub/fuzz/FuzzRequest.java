package dev.smskit.stub.fuzz;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;

/** A concrete HTTP request as sent: method, encoded path with query, headers and body bytes. */
record FuzzRequest(String method, String target, Map<String, String> headers, byte[] body,
                   Map<String, String> shellValues, String shellPrelude) {

    String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** A bash command line that replays this request against a stub at {@code $STUB} (default port 8080). */
    String curl() {
        StringBuilder line = new StringBuilder("STUB=${STUB:-http://localhost:8080}; ").append(shellPrelude);
        String data = body == null ? null : printable(body);
        if (body != null && data == null) {
            line.append("printf '").append(printfEscaped(body)).append("' | ");
        }
        line.append("curl -sS -i -X ").append(method).append(" \"$STUB").append(target.replace("\"", "%22")).append('"');
        headers.forEach((name, value) -> {
            String shell = shellValues.get(value);
            line.append(shell != null ? " -H \"" + name + ": " + shell + "\"" : " -H " + quote(name + ": " + value));
        });
        if (body != null) {
            line.append(" --data-binary ").append(data == null ? "@-" : quote(data));
        }
        return line.toString();
    }

    /** The body as text when it is valid UTF-8 without control characters, else null. */
    private static String printable(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t') ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String printfEscaped(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' && c != '%') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
