package dev.smskit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.internal.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of every spec deserialises into the generated model and serialises back to
 * the same JSON tree: casing, integer enums, date-times and absent optionals survive the client.
 */
class SpecExamplesRoundTripTest {

    private static final Map<String, String> MODEL_PACKAGES = Map.of(
            "ip1-v1", "dev.smskit.ip1.v1.model",
            "ip1-v2", "dev.smskit.ip1.v2.model",
            "smsend", "dev.smskit.smsend.model");

    private static final ObjectMapper MAPPER =
            Json.configure(dev.smskit.ip1.v1.invoker.ApiClient.createObjectMapper());

    record Case(String spec, String where, Schema<?> schema, Object example) {
        @Override
        public String toString() {
            return spec + " " + where;
        }
    }

    static Stream<Arguments> examples() {
        List<Arguments> cases = new ArrayList<>();
        for (String spec : MODEL_PACKAGES.keySet()) {
            OpenAPI api = load(spec);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                String where = method + " " + path;
                if (op.getRequestBody() != null) {
                    collect(cases, spec, where + " request", op.getRequestBody().getContent());
                }
                op.getResponses().forEach((status, response) ->
                        collect(cases, spec, where + " " + status, response.getContent()));
            }));
            api.getComponents().getSchemas().forEach((name, schema) -> {
                if (schema.getExample() != null && schema.getType() != null && schema.getType().equals("object")) {
                    cases.add(Arguments.of(new Case(spec, "#/components/schemas/" + name,
                            new Schema<>().$ref("#/components/schemas/" + name), schema.getExample())));
                }
            });
        }
        return cases.stream();
    }

    private static void collect(List<Arguments> cases, String spec, String where, Content content) {
        if (content == null) {
            return;
        }
        MediaType json = content.get("application/json");
        if (json == null) {
            return;
        }
        Map<String, Object> examples = new LinkedHashMap<>();
        if (json.getExample() != null) {
            examples.put("example", json.getExample());
        }
        if (json.getExamples() != null) {
            for (Map.Entry<String, Example> e : json.getExamples().entrySet()) {
                examples.put(e.getKey(), e.getValue().getValue());
            }
        }
        assertThat(examples).as("%s %s has no JSON example", spec, where).isNotEmpty();
        examples.forEach((name, value) ->
                cases.add(Arguments.of(new Case(spec, where + " (" + name + ")", json.getSchema(), value))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRoundTripsThroughTheGeneratedModel(Case c) throws Exception {
        JsonNode expected = MAPPER.valueToTree(c.example());
        JavaType type = javaType(load(c.spec()), MODEL_PACKAGES.get(c.spec()), c.schema(), expected);

        Object model = MAPPER.treeToValue(expected, type);
        JsonNode actual = MAPPER.valueToTree(model);

        assertThat(actual).as("%s as %s", c, type).isEqualTo(expected);
        assertThat(MAPPER.writeValueAsString(model)).doesNotContain("null");
    }

    /**
     * The generated type for a schema; a oneOf is typed by the branch the example takes: the first of
     * its JSON kind (object or array) whose properties include every field of the example, else the
     * first of its kind.
     */
    private static JavaType javaType(OpenAPI api, String pkg, Schema<?> schema, JsonNode example) throws Exception {
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = api.getComponents().getSchemas().get(name);
            if (target.getOneOf() != null) {
                Schema<?> ofKind = null;
                for (Schema<?> branch : target.getOneOf()) {
                    Schema<?> resolved = resolve(api, branch);
                    if ("array".equals(resolved.getType()) == example.isArray()) {
                        ofKind = ofKind == null ? branch : ofKind;
                        if (example.isArray() || resolved.getProperties() != null
                                && resolved.getProperties().keySet().containsAll(fieldNames(example))) {
                            return javaType(api, pkg, branch, example);
                        }
                    }
                }
                if (ofKind != null) {
                    return javaType(api, pkg, ofKind, example);
                }
            }
            return MAPPER.getTypeFactory().constructType(Class.forName(pkg + "." + name));
        }
        if ("array".equals(schema.getType())) {
            JavaType item = javaType(api, pkg, schema.getItems(), example.isEmpty() ? example : example.get(0));
            return MAPPER.getTypeFactory().constructCollectionType(List.class, item);
        }
        if ("integer".equals(schema.getType())) {
            return MAPPER.getTypeFactory().constructType("int64".equals(schema.getFormat()) ? Long.class : Integer.class);
        }
        throw new IllegalArgumentException("no generated model for " + schema);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
        return schema.get$ref() == null ? schema
                : api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }

    private static final Map<String, OpenAPI> SPECS = new java.util.concurrent.ConcurrentHashMap<>();

    static OpenAPI load(String spec) {
        return SPECS.computeIfAbsent(spec, s -> {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            var result = new OpenAPIV3Parser().readLocation("specs/" + s + ".yaml", null, options);
            assertThat(result.getMessages()).as("parser messages for %s", s).isEmpty();
            return result.getOpenAPI();
        });
    }
}
