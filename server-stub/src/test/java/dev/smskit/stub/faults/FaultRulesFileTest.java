package dev.smskit.stub.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.smskit.stub.StubServerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Fault rules in force from startup ({@code smskit.stub.faults.file}): a stub of its own per case. */
class FaultRulesFileTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(StubServerApplication.class)
                .run("--server.port=0", "--" + FaultRulesFile.PROPERTY + "=" + file);
    }

    @Test
    void theRulesOfTheFileAreInForceFromTheStart() throws Exception {
        Path file = Files.writeString(dir.resolve("faults.json"), """
                [
                  {"match": {"path": "/v2/batches", "method": "POST"}, "effect": "ERROR", "status": 503, "retryAfter": 3},
                  {"match": {"api": "smsend"}, "effect": "LATENCY", "latencyMs": 1}
                ]
                """);
        try (ConfigurableApplicationContext stub = start(file)) {
            String root = "http://localhost:" + stub.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/v2/batches"))
                    .header("Authorization", "Bearer test-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],\"body\":\"Hi\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> rules = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/_stub/faults")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("3");
            assertThat(rules.body()).contains("\"id\":\"1\"", "\"id\":\"2\"", "\"effect\":\"LATENCY\"");
        }
    }

    @Test
    void anInvalidRuleStopsTheStubNamingFileAndField() throws IOException {
        Path file = Files.writeString(dir.resolve("faults.json"), "[{\"effect\":\"ERROR\"},{\"effect\":\"ERROR\",\"status\":418}]");

        assertThatThrownBy(() -> start(file).close())
                .hasStackTraceContaining("smskit.stub.faults.file=" + file + ": rule [1] is invalid: {status=[must be one of");
    }

    @Test
    void aFileThatIsNotAnArrayOfRulesStopsTheStub() throws IOException {
        Path file = Files.writeString(dir.resolve("faults.json"), "{\"effect\":\"ERROR\"}");

        assertThatThrownBy(() -> start(file).close())
                .hasStackTraceContaining("smskit.stub.faults.file=" + file + " cannot be read as a JSON array of fault rules");
        assertThatThrownBy(() -> start(dir.resolve("missing.json")).close())
                .hasStackTraceContaining("missing.json cannot be read");
    }
}
