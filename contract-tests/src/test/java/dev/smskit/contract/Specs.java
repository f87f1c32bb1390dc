package dev.smskit.contract;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The Atlassian validator of each spec, at its strictest: every message is an error. */
final class Specs {

    private static final Map<Api, OpenApiInteractionValidator> VALIDATORS = new EnumMap<>(Api.class);

    private Specs() {
    }

    static synchronized OpenApiInteractionValidator validator(Api api) {
        // the validator's defaults already reject undeclared properties, wrong types, missing required
        // fields and undocumented statuses; nothing is downgraded here
        return VALIDATORS.computeIfAbsent(api, a -> OpenApiInteractionValidator.createForSpecificationUrl(a.spec())
                // merges allOf parts (smsend's Contact) so that undeclared properties are judged on the whole object
                .withResolveCombinators(true)
                .build());
    }

    /**
     * What the spec finds wrong in one pact interaction. A 400 interaction sends invalid input on purpose:
     * its body and parameters may break the spec, but not its operation, security or media type. A 415
     * interaction sends an undeclared media type on purpose: its content type and body may break the spec.
     */
    static List<String> failures(Api api, SynchronousRequestResponse interaction) {
        OpenApiInteractionValidator validator = validator(api);
        Request request = PactRequest.of(interaction.getRequest());
        List<String> failures = new ArrayList<>(failures(validator.validateResponse(request.getPath(), request.getMethod(),
                PactResponse.of(interaction.getResponse()))));
        boolean invalidOnPurpose = interaction.getResponse().getStatus() == 400;
        boolean unsupportedOnPurpose = interaction.getResponse().getStatus() == 415;
        failures(validator.validateRequest(request)).stream()
                .filter(f -> !invalidOnPurpose
                        || !(f.startsWith("validation.request.body.") || f.startsWith("validation.request.parameter.")))
                .filter(f -> !unsupportedOnPurpose
                        || !(f.startsWith("validation.request.contentType.") || f.startsWith("validation.request.body.")))
                .forEach(failures::add);
        return failures;
    }

    /** Messages that fail the build (the validator also reports INFO/IGNORE ones, which never do here). */
    static List<String> failures(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR || m.getLevel() == ValidationReport.Level.WARN)
                .map(Specs::describe)
                .toList();
    }

    private static String describe(ValidationReport.Message message) {
        String where = message.getContext()
                .map(c -> " [" + c.getRequestMethod().map(Object::toString).orElse("") + " " + c.getRequestPath().orElse("")
                        + c.getResponseStatus().map(s -> " -> " + s).orElse("") + "]")
                .orElse("");
        String nested = message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo();
        return message.getKey() + ": " + message.getMessage() + where + nested;
    }
}
