package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

        assertThat(documentedAnswers(api)).filteredOn(answer -> !UNREACHABLE.contains(answer.text())).allSatisfy(answer ->
                assertThat(covered).as("interactions of %s", api.provider).anyMatch(answer.pattern().asMatchPredicate()));
    }

    /**
     * Documented answers no client call can provoke. smsend's "404 if the requesting user does not exist":
     * the stub checks {@code user_key} with its token or session key before anything else and answers an
     * unknown user key with the documented 401, so a user that does not exist never gets further.
     */
    private static final Set<String> UNREACHABLE = Set.of(
            "POST /API/v1.0/REST/group 404",
            "PUT /API/v1.0/REST/group/{group_id} 404",
            "DELETE /API/v1.0/REST/group/{group_id} 404",
            "GET /API/v1.0/REST/groups 404",
            "POST /API/v1.0/REST/group/{group_id}/contact/{contact_id} 404",
            "DELETE /API/v1.0/REST/group/{group_id}/contact/{contact_id} 404",
            "POST /API/v1.0/REST/contact 404",
            "POST /API/v1.0/REST/sms 404",
            "POST /API/v1.0/REST/smstogroups 404");

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
