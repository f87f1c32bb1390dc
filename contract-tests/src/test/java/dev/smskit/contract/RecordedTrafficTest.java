package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smskit.internal.Json;
import dev.smskit.stub.StubServerApplication;
import dev.smskit.stub.StubState;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recorded traffic of the real APIs, collected from public material under
 * {@code src/test/resources/recorded/<api>/} (each file names its source): the generated client reads
 * every recorded answer without losing a property; the stub accepts every recorded request as the real
 * API did, and answers it (or the equivalent request the file gives) in the recorded shape: the same
 * properties, JSON types, nulls and string formats.
 */
@SpringBootTest(classes = StubServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedTrafficTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> CREDENTIALS = Set.of("authorization", "user_key", "session_key", "access_token");

    /** What a string looks like, so that the stub's values can be compared with recorded ones in kind. */
    private static final Map<String, Pattern> FORMATS = Map.of(
            "date-time with offset", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)"),
            "date-time without offset", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?"),
            "phone number without +", Pattern.compile("\\d{6,15}"),
            "phone number with +", Pattern.compile("\\+\\d{6,15}"),
            "hex colour", Pattern.compile("#[0-9A-Fa-f]{6}"),
            "24 hex digits id", Pattern.compile("[0-9a-f]{24}"));

    @LocalServerPort
    int port;

    @Autowired
    List<StubState> stores;

    @BeforeEach
    void forgetEverything() {
        stores.forEach(StubState::reset);
    }

    /** One file of the corpus. */
    record Recording(String name, JsonNode file) {
        @Override
        public String toString() {
            return name;
        }

        JsonNode answer() {
            return file.path("answer");
        }
    }

    static Stream<Recording> recordings() throws IOException, URISyntaxException {
        Path root = Path.of(RecordedTrafficTest.class.getResource("/recorded").toURI());
        List<Recording> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.add(new Recording(root.relativize(file).toString(), JSON.readTree(file.toFile())));
            }
        }
        return all.stream();
    }

    @Test
    void everyRecordingNamesItsSourceAndEveryApiHasSome() throws Exception {
        List<Recording> all = recordings().toList();
        assertThat(all).allSatisfy(r -> assertThat(r.file().path("source").asText()).as(r.name()).isNotBlank());
        assertThat(all).extracting(r -> r.name().substring(0, r.name().indexOf('/')))
                .contains("ip1-v1", "ip1-v2", "smsend");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void theClientReadsTheRecordedAnswerWithoutLoss(Recording recording) throws Exception {
        JsonNode answer = recording.answer();
        assumeTrue(answer.has("model") && !answer.path("template").asBoolean(), "no recorded answer for the client");
        ObjectMapper client = clientMapper(recording.name());
        Class<?> model = Class.forName(answer.get("model").asText());
        JsonNode recorded = answer.get("body");
        for (JsonNode item : recorded.isArray() ? iterable(recorded) : List.of(recorded)) {
            Object read = client.treeToValue(item, model);
            JsonNode written = client.valueToTree(read);
            List<String> lost = new ArrayList<>();
            lostFrom(item, written, "", lost);
            assertThat(lost).as("what the client lost of " + recording.name()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void theStubAcceptsTheRequestAndAnswersInTheRecordedShape(Recording recording) throws Exception {
        JsonNode file = recording.file();
        assumeTrue(file.has("request"), "no request to replay");
        Map<String, String> variables = new HashMap<>();
        for (JsonNode setup : iterable(file.path("setup"))) {
            HttpResponse<String> answer = send(setup, variables);
            assertThat(answer.statusCode()).as("set-up " + setup + ": " + answer.body()).isBetween(200, 299);
            JsonNode body = JSON.readTree(answer.body());
            JsonNode created = body.isArray() ? body.get(0) : body;
            setup.path("capture").fields().forEachRemaining(capture ->
                    variables.put(capture.getKey(), created.get(capture.getValue().asText()).asText()));
        }
        HttpResponse<String> answer = send(file.get("request"), variables);

        assertThat(answer.statusCode()).as("status of " + recording.name() + ": " + answer.body())
                .isEqualTo(file.get("status").asInt());
        JsonNode recorded = recording.answer().path("body");
        if (!recorded.isMissingNode()) {
            List<String> differences = new ArrayList<>();
            JsonNode stub = JSON.readTree(answer.body());
            compareShape(recorded, recorded.isObject() && stub.isArray() ? stub.get(0) : stub, "",
                    recording.answer(), differences);
            assertThat(differences).as("the stub's answer " + answer.body() + " against the recorded one").isEmpty();
        }
    }

    // ---- the client ---------------------------------------------------------------------------

    private static ObjectMapper clientMapper(String name) {
        if (name.startsWith("ip1-v1/")) {
            return Json.configure(dev.smskit.ip1.v1.invoker.ApiClient.createObjectMapper());
        }
        if (name.startsWith("ip1-v2/")) {
            return Json.configure(dev.smskit.ip1.v2.invoker.ApiClient.createObjectMapper());
        }
        return Json.configure(dev.smskit.smsend.invoker.ApiClient.createObjectMapper());
    }

    /** Every non-null recorded value must come back from the client's model, date-times as the same instant. */
    private static void lostFrom(JsonNode recorded, JsonNode written, String at, List<String> lost) {
        if (recorded.isNull()) {
            return;
        }
        if (written == null || written.isNull() || written.isMissingNode()) {
            lost.add(at + " (" + recorded + ")");
        } else if (recorded.isObject()) {
            recorded.fields().forEachRemaining(field -> lostFrom(field.getValue(), written.get(field.getKey()),
                    at + "." + field.getKey(), lost));
        } else if (recorded.isArray()) {
            for (int i = 0; i < recorded.size(); i++) {
                lostFrom(recorded.get(i), written.get(i), at + "[" + i + "]", lost);
            }
        } else if (recorded.isNumber() && written.isNumber()) {
            if (recorded.decimalValue().compareTo(written.decimalValue()) != 0) {
                lost.add(at + ": " + recorded + " read as " + written);
            }
        } else if (!recorded.equals(written) && !sameInstant(recorded.asText(), written.asText())) {
            lost.add(at + ": " + recorded + " read as " + written);
        }
    }

    private static boolean sameInstant(String recorded, String written) {
        try {
            // a recorded timestamp without offset is UTC (IP1: "When the SMS message was created in UTC")
            OffsetDateTime at = FORMATS.get("date-time without offset").matcher(recorded).matches()
                    ? LocalDateTime.parse(recorded).atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(recorded);
            return OffsetDateTime.parse(written).toInstant().equals(at.toInstant());
        } catch (RuntimeException notTimestamps) {
            return false;
        }
    }

    // ---- the stub -----------------------------------------------------------------------------

    private HttpResponse<String> send(JsonNode request, Map<String, String> variables) throws Exception {
        String path = fill(request.get("path").asText(), variables, false);
        JsonNode body = request.get("body");
        String text = body == null || body.isNull() ? null : body.isTextual() ? body.asText() : fill(JSON.writeValueAsString(body), variables, true);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(request.get("method").asText(), text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        Iterator<Map.Entry<String, JsonNode>> headers = request.path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (!CREDENTIALS.contains(header.getKey().toLowerCase()) && !header.getKey().equalsIgnoreCase("Content-Length")) {
                builder.header(header.getKey(), header.getValue().asText());
            }
        }
        credentials(path).forEach(builder::header);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The stub's credentials in place of the recorded ones (which public material leaves as placeholders). */
    private Map<String, String> credentials(String path) throws Exception {
        if (path.startsWith("/api/")) {
            return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("ip1-12345:test-key".getBytes(StandardCharsets.UTF_8)));
        }
        if (path.startsWith("/v2/")) {
            return Map.of("Authorization", "Bearer test-token");
        }
        if (path.startsWith("/API/v1.0/REST/login") || path.startsWith("/API/v1.0/REST/token")) {
            return Map.of();
        }
        String keys = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/API/v1.0/REST/login?username=test&password=test")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Map.of("user_key", keys.substring(0, keys.indexOf(';')), "Session_key", keys.substring(keys.indexOf(';') + 1));
    }

    /** Puts the ids that the set-up captured in place of {@code {{name}}} (in JSON, a quoted one becomes the bare value). */
    private static String fill(String text, Map<String, String> variables, boolean json) {
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (json) {
                text = text.replace("\"{{" + variable.getKey() + "}}\"", variable.getValue());
            }
            text = text.replace("{{" + variable.getKey() + "}}", variable.getValue());
        }
        return text;
    }

    /**
     * The stub's answer must have the recorded answer's shape: every recorded property (and, unless the
     * recording is partial, no other), the same JSON type, null where the recording has null, strings of
     * the same format unless the recording justifies the difference in {@code formats}; a property the
     * stub does not answer is a difference unless the recording names it, with the reason, in {@code missing}.
     */
    private static void compareShape(JsonNode recorded, JsonNode stub, String at, JsonNode answer, List<String> differences) {
        boolean partial = answer.path("partial").asBoolean();
        JsonNode formats = answer.path("formats");
        String name = at.substring(at.lastIndexOf('.') + 1);
        if ((stub == null || stub.isMissingNode()) && answer.path("missing").has(name)) {
            return; // a known gap, with its reason in the recording
        }
        if (stub == null || stub.isMissingNode()) {
            differences.add(at + ": missing");
        } else if (recorded.isNull() != stub.isNull()) {
            differences.add(at + ": " + (recorded.isNull() ? "null recorded, the stub answers " + stub : "the stub answers null"));
        } else if (recorded.getNodeType() != stub.getNodeType()) {
            differences.add(at + ": " + recorded.getNodeType() + " recorded, the stub answers " + stub.getNodeType());
        } else if (recorded.isObject()) {
            recorded.fields().forEachRemaining(field -> compareShape(field.getValue(), stub.get(field.getKey()),
                    at + "." + field.getKey(), answer, differences));
            if (!partial) {
                ((ObjectNode) stub).fieldNames().forEachRemaining(answered -> {
                    if (!recorded.has(answered)) {
                        differences.add(at + "." + answered + ": not recorded");
                    }
                });
            }
        } else if (recorded.isArray()) {
            if (!recorded.isEmpty() && !stub.isEmpty()) {
                compareShape(recorded.get(0), stub.get(0), at + "[0]", answer, differences);
            }
        } else if (recorded.isTextual()) {
            String expected = format(recorded.asText());
            String actual = format(stub.asText());
            if (!expected.equals(actual) && !formats.has(name)) {
                differences.add(at + ": " + expected + " recorded (" + recorded + "), the stub answers " + actual + " (" + stub + ")");
            }
        }
    }

    private static String format(String value) {
        return FORMATS.entrySet().stream().filter(f -> f.getValue().matcher(value).matches())
                .map(Map.Entry::getKey).findFirst().orElse("text");
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }
}
