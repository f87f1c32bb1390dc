package dev.smskit.stub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.smskit.stub.StubHttpTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes that are not UTF-8 text, or percent-encodings that are none, in the query, the path, a
 * header or the body of every operation of every spec (read from the specs, so that a new operation
 * is covered the day it is declared): a 400 in the API's own shape saying what is malformed, and
 * nothing stored. Each request is otherwise sound: valid credentials, and the malformed bytes where the
 * operation reads a value, so that only the bytes can be the reason for the refusal.
 */
class MalformedBytesTest extends StubHttpTest {

    private static final List<String> SPECS = List.of(
            "specs/ip1-v1.yaml", "specs/ip1-v2.yaml", "specs/smsend.yaml", "specs/stub-admin.yaml");
    /** Invalid UTF-8 (an overlong '/', two bytes no UTF-8 text has, a lone surrogate, a cut sequence) and no encoding at all. */
    private static final List<String> PERCENT_ENCODINGS = List.of("%C0%AF", "%FF%FE", "%ED%A0%80", "%E2%82", "%zz");
    /** The same as raw bytes, for headers and bodies. */
    private static final List<byte[]> RAW = List.of(
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xff, (byte) 0xfe},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82});

    /** One request of the test: where the bytes go, what to send. */
    record Case(String name, String method, String target, Map<String, String> headers, byte[] rawHeaderBytes,
            String rawHeader, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> everyOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (String resource : SPECS) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            OpenAPI api = new OpenAPIV3Parser().read(resource, null, options);
            String base = api.getServers() == null || api.getServers().isEmpty() ? ""
                    : URI.create(api.getServers().get(0).getUrl()).getPath().replaceAll("/$", "");
            api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String id = resource.replaceFirst("specs/(.*)\\.yaml", "$1") + " " + method + " " + template;
                cases.addAll(casesOf(id, method.name(), base, template, parameters(item.getParameters(), operation),
                        operation));
            }));
        }
        return cases.stream();
    }

    private static List<Parameter> parameters(List<Parameter> shared, Operation operation) {
        List<Parameter> all = new ArrayList<>(shared == null ? List.of() : shared);
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static List<Arguments> casesOf(String id, String method, String base, String template,
            List<Parameter> parameters, Operation operation) {
        List<Arguments> cases = new ArrayList<>();
        String path = base + template.replaceAll("\\{[^}]+}", "1");
        List<String> queries = parameters.stream().filter(p -> "query".equals(p.getIn())).map(Parameter::getName).toList();
        List<String> pathParameters = parameters.stream().filter(p -> "path".equals(p.getIn())).map(Parameter::getName).toList();
        for (String bad : PERCENT_ENCODINGS) {
            for (String query : queries.isEmpty() ? List.of("unknownParameter") : queries) {
                cases.add(Arguments.of(new Case(id + " query " + query + "=" + bad, method, path + "?" + query + "=" + bad,
                        Map.of(), null, null, null)));
            }
            String badPath = pathParameters.isEmpty() ? path + bad
                    : base + template.replace("{" + pathParameters.get(0) + "}", "1" + bad).replaceAll("\\{[^}]+}", "1");
            cases.add(Arguments.of(new Case(id + " path " + badPath, method, badPath, Map.of(), null, null, null)));
        }
        String header = base.startsWith("/API") ? "user_key" : "Authorization";
        for (byte[] bytes : RAW) {
            cases.add(Arguments.of(new Case(id + " header " + header + " " + hex(bytes), method, path, Map.of(),
                    bytes, header, null)));
            if (operation.getRequestBody() != null) {
                cases.add(Arguments.of(new Case(id + " body " + hex(bytes), method, path,
                        Map.of("Content-Type", "application/json"), null, null, body(operation, "", bytes))));
            }
        }
        if (operation.getRequestBody() != null) {
            // past the parser's first buffer, where Jackson reads inside a value and wraps what goes wrong
            cases.add(Arguments.of(new Case(id + " body, far in", method, path,
                    Map.of("Content-Type", "application/json"), null, null, body(operation, "c".repeat(20_000), RAW.get(1)))));
        }
        return cases;
    }

    /** A JSON object whose first string property carries the bytes, after {@code before}. */
    private static byte[] body(Operation operation, String before, byte[] bytes) {
        Schema<?> schema = operation.getRequestBody().getContent().values().iterator().next().getSchema();
        if (schema.getOneOf() != null) {
            schema = schema.getOneOf().get(0);
        }
        String property = schema.getProperties() == null ? "name" : schema.getProperties().entrySet().stream()
                .filter(p -> "string".equals(p.getValue().getType()) || p.getValue().getTypes() != null
                        && p.getValue().getTypes().contains("string"))
                .map(Map.Entry::getKey).findFirst().orElse(schema.getProperties().keySet().iterator().next());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"" + property + "\":\"a" + before).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void isA400InTheApisShapeAndStoresNothing(Case request) throws IOException {
        String before = state();

        Raw answer = send(request);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        String path = request.target().replaceFirst("\\?.*", "");
        switch (ErrorShape.of(path)) {
            case IP1_V1 -> {
                assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
                assertThat(json(answer).get("Message").asString()).satisfies(MalformedBytesTest::saysWhatIsMalformed);
            }
            case SMSEND -> {
                assertThat(answer.contentType()).as(answer.toString()).startsWith("text/plain");
                assertThat(answer.body()).satisfies(MalformedBytesTest::saysWhatIsMalformed);
            }
            default -> {
                assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
                assertThat(json(answer).get("status").asInt()).isEqualTo(400);
                assertThat(json(answer).get("detail").asString()).satisfies(MalformedBytesTest::saysWhatIsMalformed);
            }
        }
        assertThat(state()).isEqualTo(before);
    }

    /** Names the broken part, unless Tomcat refused the path before the stub saw it. */
    private static void saysWhatIsMalformed(String message) {
        assertThat(message).containsAnyOf("UTF-8", "percent-encoded", "Invalid URI", "cannot be answered");
    }

    /** What every API shows of what it stores, with the setup this test made (smsend's session). */
    private String state() {
        return String.join("\n",
                get("/_stub/messages").body(),
                get("/api/groups", V1).body(), get("/api/contacts", V1).body(), get("/api/memberships", V1).body(),
                get("/api/blacklist", V1).body(),
                get("/API/v1.0/REST/groups?pageSize=100", smsendKeys()).body());
    }

    private String[] smsendKeys;

    private String[] smsendKeys() {
        if (smsendKeys == null) {
            String[] keys = get("/API/v1.0/REST/login?username=test&password=test").body().split(";");
            smsendKeys = new String[] {"user_key", keys[0], "Session_key", keys[1]};
        }
        return smsendKeys;
    }

    private Raw send(Case request) throws IOException {
        boolean smsend = request.target().startsWith("/API/");
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("Host", ascii("localhost"));
        if (smsend) {
            String[] keys = smsendKeys();
            headers.put(keys[0], ascii(keys[1]));
            headers.put(keys[2], ascii(keys[3]));
        } else if (request.target().startsWith("/v2/")) {
            headers.put(V2[0], ascii(V2[1]));
        } else {
            headers.put(V1[0], ascii(V1[1]));
        }
        request.headers().forEach((name, value) -> headers.put(name, ascii(value)));
        if (request.rawHeader() != null) {
            byte[] valid = headers.getOrDefault(request.rawHeader(), ascii("x"));
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            value.writeBytes(valid);
            value.writeBytes(request.rawHeaderBytes());
            headers.put(request.rawHeader(), value.toByteArray());
        }
        if (request.body() != null) {
            headers.put("Content-Length", ascii(String.valueOf(request.body().length)));
        } else if (!request.method().equals("GET") && !request.method().equals("DELETE")) {
            headers.put("Content-Length", ascii("0"));
        }
        headers.put("Connection", ascii("close"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(request.method() + " " + request.target() + " HTTP/1.1\r\n"));
        headers.forEach((name, value) -> {
            out.writeBytes(ascii(name + ": "));
            out.writeBytes(value);
            out.writeBytes(ascii("\r\n"));
        });
        out.writeBytes(ascii("\r\n"));
        if (request.body() != null) {
            out.writeBytes(request.body());
        }
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream to = socket.getOutputStream();
            to.write(out.toByteArray());
            to.flush();
            InputStream from = socket.getInputStream();
            return Raw.parse(from.readAllBytes());
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("\\x%02x", b & 0xff));
        }
        return text.toString();
    }

    private static JsonNode json(Raw answer) {
        return JsonMapper.shared().readTree(answer.body());
    }

    /** An HTTP/1.1 answer read off the wire (Connection: close): status, headers, body (de-chunked). */
    record Raw(int status, Map<String, String> headers, String body) {

        static Raw parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                StringBuilder joined = new StringBuilder();
                int at = 0;
                while (true) {
                    int lineEnd = body.indexOf("\r\n", at);
                    int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.append(body, lineEnd + 2, lineEnd + 2 + size);
                    at = lineEnd + 2 + size + 2;
                }
                body = joined.toString();
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        String contentType() {
            return headers.get("content-type");
        }
    }
}
