package dev.smskit.stub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad requests of every kind, on every API: always a 4xx in the API's own shape (V1 JSON
 * {@code Message}, V2 and everything else problem details, smsend plain text), never a 500, an HTML
 * page or a stack trace, and nothing stored changes.
 */
class RobustnessTest extends StubHttpTest {

    private static final String HUGE_NAME = "x".repeat(1024 * 1024);

    private void assertShape(Answer answer, int status, String path) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("<html", "Exception", "at dev.", "at org.");
        switch (ErrorShape.of(path)) {
            case IP1_V1 -> {
                assertThat(answer.contentType()).startsWith("application/json");
                assertThat(answer.json().get("Message").asString()).isNotBlank();
            }
            case SMSEND -> {
                assertThat(answer.contentType()).startsWith("text/plain");
                assertThat(answer.body()).isNotBlank().doesNotContain("{");
            }
            default -> {
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
                assertThat(answer.json().get("status").asInt()).isEqualTo(status);
                assertThat(answer.json().get("title").asString()).isNotBlank();
                assertThat(answer.json().get("detail").asString()).isNotBlank();
            }
        }
    }

    private void assertNothingStored() {
        assertThat(get("/api/groups", V1).json()).isEmpty();
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/api/nope", "/api/groups/1/nope", "/api", "/v2/nope", "/v2/conversations", "/API/v1.0/REST/nope",
            "/nope", "/", "/_stub/nope", "/error"})
    void anUnknownPathIs404(String path) {
        assertShape(get(path, V1), 404, path);
    }

    @ParameterizedTest
    @CsvSource({"PATCH, /api/groups, 'GET, POST'", "DELETE, /api/nkis/1/users/send, POST",
            "POST, /v2/conversations/46701234567, GET", "PUT, /_stub/reset, POST", "DELETE, /_stub/messages, GET"})
    void anUnsupportedMethodIs405WithAllow(String method, String path, String allowed) {
        Answer answer = send(method, path, null, V1);

        assertShape(answer, 405, path);
        assertThat(answer.header("Allow").split(", ")).containsExactlyInAnyOrder(allowed.split(", "));
    }

    @Test
    void traceIsRefusedInTheApisShape() {
        assertShape(send("TRACE", "/api/groups", null, V1), 405, "/api/groups");
        assertShape(send("TRACE", "/v2/conversations/46701234567", null, V2), 405, "/v2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/groups | {\"Name\":",
            "/api/groups | {\"Name\":\"a\"} trailing",
            "/api/groups | ",
            "/api/groups | null",
            "/api/nkis/1/users/send | [1,2",
            "/_stub/ip1/incoming | {\"account\":",
            "/_stub/ip1/incoming | "})
    void malformedJsonIs400(String path, String body) {
        Answer answer = json("POST", path, body == null ? "" : body, V1);

        assertShape(answer, 400, path);
        assertNothingStored();
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        Answer name = json("POST", "/api/groups", "{\"Name\":5}", V1);
        Answer array = json("POST", "/api/groups", "{\"Name\":[\"a\"]}", V1);
        Answer users = json("POST", "/api/nkis/1/users/send", "{\"Users\":{},\"From\":\"a\",\"Message\":\"b\"}", V1);
        Answer message = json("POST", "/_stub/ip1/incoming", "{\"account\":\"ip1-12345\",\"from\":\"+46701234567\",\"message\":[]}");

        assertShape(name, 400, "/api/groups");
        assertThat(name.json().get("ModelState").get("group.Name").get(0).asString()).isEqualTo("Expected a string.");
        assertThat(array.json().get("ModelState").has("group.Name")).isTrue();
        assertShape(users, 400, "/api/nkis/1/users/send");
        assertThat(users.json().get("ModelState").get("message.Users").get(0).asString()).isEqualTo("Expected an array.");
        assertShape(message, 400, "/_stub");
        assertThat(message.json().get("errors").has("message")).isTrue();
        assertNothingStored();
    }

    @Test
    void unknownAndDuplicateFieldsAre400() {
        Answer unknown = json("POST", "/api/groups", "{\"Name\":\"a\",\"Colour\":\"#ffffff\"}", V1);
        Answer duplicate = json("POST", "/api/groups", "{\"Name\":\"a\",\"Name\":\"b\"}", V1);
        Answer unknownAdmin = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"ip1-12345\",\"from\":\"+46701234567\",\"message\":\"a\",\"extra\":1}");

        assertShape(unknown, 400, "/api/groups");
        assertThat(unknown.json().get("ModelState").get("group.Colour").get(0).asString()).isEqualTo("Unknown field.");
        assertShape(duplicate, 400, "/api/groups");
        assertShape(unknownAdmin, 400, "/_stub");
        assertThat(unknownAdmin.json().get("errors").get("extra").get(0).asString()).isEqualTo("Unknown field.");
        assertNothingStored();
    }

    @Test
    void anOversizedBodyIs413() {
        Answer answer = json("POST", "/api/groups", "{\"Name\":\"" + HUGE_NAME + "\"}", V1);

        assertShape(answer, 413, "/api/groups");
        assertThat(answer.json().get("Message").asString()).isEqualTo("The request body is larger than 1048576 bytes.");
        assertNothingStored();
    }

    @Test
    void anOversizedChunkedBodyIs413() {
        byte[] body = ("{\"Name\":\"" + HUGE_NAME + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/groups"))
                .header("Content-Type", "application/json")
                .header("Authorization", V1[1])
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        assertShape(send(chunked), 413, "/api/groups");
        assertNothingStored();
    }

    @ParameterizedTest
    @CsvSource({"text/plain, /api/groups", "application/x-www-form-urlencoded, /api/groups",
            "application/xml, /api/nkis/1/users/send", "text/plain, /_stub/ip1/incoming"})
    void aWrongContentTypeIs415(String contentType, String path) {
        Answer answer = send("POST", path, "{\"Name\":\"a\"}", headers(V1, new String[] {"Content-Type", contentType}));

        assertShape(answer, 415, path);
        assertThat(answer.header("Accept")).contains("application/json");
        assertNothingStored();
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/groups"))
                .header("Authorization", V1[1])
                .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":\"a\"}"))
                .build();

        assertShape(send(request), 415, "/api/groups");
        assertNothingStored();
    }

    @Test
    void anAcceptTheApiCannotAnswerIs406InItsShapeAnyway() {
        Answer answer = get("/api/groups", headers(V1, new String[] {"Accept", "text/html"}));

        assertShape(answer, 406, "/api/groups");
    }

    @ParameterizedTest
    @CsvSource({"/api/groups/%zz", "/v2/conversations/%zz", "/API/v1.0/REST/group/%zz"})
    void anInvalidUriIs400EvenBeforeAnyServletRuns(String path) throws IOException {
        String raw = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("<html");
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        switch (ErrorShape.of(path)) {
            case IP1_V1 -> assertThat(body).startsWith("{\"Message\":");
            case SMSEND -> assertThat(raw).contains("Content-Type: text/plain");
            default -> assertThat(raw).contains("Content-Type: application/problem+json");
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
