package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec guards bite: a pact interaction or a stub answer that drifts from the spec in one detail
 * (a misspelled or undeclared field, a wrong type, a missing required field, an undocumented status or
 * media type) fails validation, while the same one left alone passes.
 */
class SpecGuardsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One change to one interaction of a real pact, and the validation message it must cause. */
    record Drift(Api api, String interaction, Consumer<ObjectNode> change, String expected) {
    }

    static Stream<Arguments> drifts() {
        return Stream.of(
                drift("misspelled response field", Api.IP1_V1, "get a group",
                        i -> rename(body(i, "response"), "Name", "Nmae"), "validation.response.body.schema.additionalProperties"),
                drift("undeclared response field", Api.IP1_V2, "read a conversation",
                        i -> ((ObjectNode) i.at("/response/body/content/0")).put("colour", "red"),
                        "validation.response.body.schema.additionalProperties"),
                drift("undeclared field in an allOf schema", Api.SMSEND, "get a contact",
                        i -> body(i, "response").put("nickname", "Super Mario"),
                        "validation.response.body.schema.additionalProperties"),
                drift("wrong type", Api.IP1_V1, "get a group",
                        i -> body(i, "response").put("ID", "1017"), "validation.response.body.schema.type"),
                drift("missing required field", Api.IP1_V1, "get a group",
                        i -> body(i, "response").remove("Name"), "validation.response.body.schema.required"),
                drift("undocumented status", Api.SMSEND, "create a group",
                        i -> ((ObjectNode) i.get("response")).put("status", 200), "validation.response.status.unknown"),
                drift("undocumented media type", Api.IP1_V2, "read a conversation without messages",
                        i -> ((ObjectNode) i.at("/response/headers")).putArray("Content-Type").add("application/json"),
                        "validation.response.contentType.notAllowed"),
                drift("misspelled request field", Api.IP1_V1, "replace a group",
                        i -> rename(body(i, "request"), "Name", "Nmae"), "validation.request.body.schema.additionalProperties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void driftedPactInteractionFailsSpecValidation(Drift drift) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(drift.api().pactFile().toFile());
        ObjectNode interaction = interaction(pact, drift.interaction());
        assertThat(Specs.failures(drift.api(), reread(pact, interaction, "as-written"))).as("as written").isEmpty();

        drift.change().accept(interaction);

        assertThat(Specs.failures(drift.api(), reread(pact, interaction, "drifted")))
                .anySatisfy(failure -> assertThat(failure).startsWith(drift.expected()));
    }

    @Test
    void stubAnswerThatBreaksTheSpecIsReported() {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        byte[] group = "{\"ID\":1017,\"Name\":\"Customers\",\"OwnerID\":\"ip1-12345\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(StubAnswers.check(Api.IP1_V1, "GET", "/api/groups/1017", 200, json, group)).as("a valid answer").isEmpty();
        assertThat(StubAnswers.check(Api.IP1_V1, "GET", "/api/groups/1017", 200, json,
                "{\"ID\":1017,\"name\":\"Customers\"}".getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(f -> assertThat(f).contains("validation.response.body.schema.required"))
                .anySatisfy(f -> assertThat(f).contains("validation.response.body.schema.additionalProperties"));
        assertThat(StubAnswers.check(Api.IP1_V2, "GET", "/v2/conversations/46701234567", 404, json,
                "{\"title\":\"No messages to list\"}".getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(f -> assertThat(f).contains("validation.response.contentType.notAllowed"));
        assertThat(StubAnswers.check(Api.SMSEND, "POST", "/API/v1.0/REST/group", 500,
                Map.of("Content-Type", List.of("text/plain")), "boom".getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(f -> assertThat(f).contains("validation.response.status.unknown"));
    }

    private static Arguments drift(String name, Api api, String interaction, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(Named.of(name + " (" + api.provider + ": " + interaction + ")",
                new Drift(api, interaction, change, expected)));
    }

    private static ObjectNode interaction(JsonNode pact, String description) {
        for (JsonNode interaction : pact.get("interactions")) {
            if (interaction.get("description").asText().equals(description)) {
                return (ObjectNode) interaction;
            }
        }
        throw new IllegalArgumentException("no interaction '" + description + "'");
    }

    /** The JSON content of a request or response body of a pact interaction (pact spec v4 layout). */
    private static ObjectNode body(ObjectNode interaction, String part) {
        return (ObjectNode) interaction.at("/" + part + "/body").get("content");
    }

    private static void rename(ObjectNode node, String from, String to) {
        node.set(to, node.remove(from));
    }

    /** Writes a pact holding just this interaction and reads it back through Pact, as verification would. */
    private SynchronousRequestResponse reread(ObjectNode pact, ObjectNode interaction, String name) throws IOException {
        ObjectNode single = pact.deepCopy();
        single.putArray("interactions").add(interaction.deepCopy());
        Path file = dir.resolve(name + ".json");
        JSON.writeValue(file.toFile(), single);
        return Pacts.interactions(file).get(0);
    }
}
