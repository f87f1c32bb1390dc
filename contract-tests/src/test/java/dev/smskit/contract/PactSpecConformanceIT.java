package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pacts say what the specs say: every request and response the client agreed with the mock server
 * is valid against its spec, and together they cover every documented answer of every operation.
 */
class PactSpecConformanceIT {

    static Stream<Arguments> interactions() {
        return Stream.of(Api.values()).flatMap(api -> Pacts.interactions(api).stream()
                .map(i -> Arguments.of(api, Named.of(api.provider + ": " + i.getDescription(), i))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("interactions")
    void interactionConformsToSpec(Api api, SynchronousRequestResponse interaction) {
        assertThat(Specs.failures(api, interaction)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void pactCoversEveryDocumentedAnswer(Api api) {
        Set<String> covered = new TreeSet<>();
        for (SynchronousRequestResponse interaction : Pacts.interactions(api)) {
            covered.add(interaction.getRequest().getMethod() + " " + interaction.getRequest().getPath()
                    + " " + interaction.getResponse().getStatus());
        }

        assertThat(documentedAnswers(api)).filteredOn(answer -> !UNREACHABLE.containsKey(answer.text())).allSatisfy(answer ->
                assertThat(covered).as("interactions of %s", api.provider).anyMatch(answer.pattern().asMatchPredicate()));
    }

    /**
     * Documented answers that no call through the client can provoke, each with the reason. Anything
     * else the specs document needs an interaction: a new documented answer fails this test until it
     * gets one or a reason here.
     */
    private static final Map<String, String> UNREACHABLE = unreachable();

    private static Map<String, String> unreachable() {
        Map<String, String> answers = new TreeMap<>();
        String json = "the client always labels its JSON body Content-Type: application/json";
        String intId = "the client's group id is an int, never a text that is not an int32";
        String userKey = "the stub checks user_key with its token or session key before anything else and answers an"
                + " unknown user key with the documented 401: a user that does not exist never gets further";
        answers.put("POST /api/groups 415", json);
        answers.put("PUT /api/groups/{group} 415", json);
        answers.put("POST /api/nkis/{nki}/users/send 415", json);
        answers.put("GET /api/groups/{group} 400", intId);
        answers.put("DELETE /api/groups/{group} 400", intId);
        String ids = "the client's ids are ints, never a text that is not an int32";
        for (String operation : List.of("POST /api/contacts", "PUT /api/contacts/{contact}", "POST /api/memberships",
                "POST /api/sms/send", "POST /api/blacklist")) {
            answers.put(operation + " 415", json);
        }
        for (String operation : List.of("GET /api/contacts/{contact}", "DELETE /api/contacts/{contact}",
                "GET /api/contacts/{contact}/groups", "GET /api/contacts/{contact}/memberships",
                "GET /api/groups/{group}/contacts", "GET /api/groups/{group}/memberships",
                "DELETE /api/memberships/{membership}", "GET /api/sms/sent/{sms}", "GET /api/blacklist/{entry}",
                "DELETE /api/blacklist/{entry}")) {
            answers.put(operation + " 400", ids);
        }
        for (String operation : List.of("POST /group", "PUT /group/{group_id}", "DELETE /group/{group_id}", "GET /groups",
                "POST /group/{group_id}/contact/{contact_id}", "DELETE /group/{group_id}/contact/{contact_id}",
                "POST /contact", "POST /sms", "POST /smstogroups")) {
            String[] methodAndPath = operation.split(" ");
            answers.put(methodAndPath[0] + " /API/v1.0/REST" + methodAndPath[1] + " 404", userKey);
        }
        return answers;
    }

    record Answer(String text, Pattern pattern) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** "GET /api/groups/{group} 404" for each documented status of each operation, as a pattern over concrete paths. */
    private static List<Answer> documentedAnswers(Api api) {
        OpenAPI spec = new OpenAPIV3Parser().read(api.spec());
        String basePath = URI.create(spec.getServers().get(0).getUrl()).getPath();
        List<Answer> answers = new ArrayList<>();
        spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                operation.getResponses().keySet().forEach(status -> {
                    String path = basePath + template;
                    String regex = Pattern.quote(method + " ") + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")
                            .transform(p -> "\\Q" + p + "\\E") + Pattern.quote(" " + status);
                    answers.add(new Answer(method + " " + path + " " + status, Pattern.compile(regex)));
                })));
        return answers;
    }
}
