package dev.smskit.stub.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One OpenAPI document of {@code specs/}, parsed for generation and loaded into two validators. */
final class Spec {

    final String resource;
    final OpenAPI api;
    /** Path of the first server URL, e.g. {@code /API/v1.0/REST}; empty when the paths are absolute. */
    final String basePath;
    final List<Operation> operations;
    /** Checks generated requests: JSON Schema semantics, undeclared request fields allowed. */
    final OpenApiInteractionValidator requestValidator;
    /** Checks the stub's answers: strict, an undeclared field in a response is an error. */
    final OpenApiInteractionValidator responseValidator;

    private Spec(String resource, String yaml) {
        this.resource = resource;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException(resource + " does not parse: " + parsed.getMessages());
        }
        this.api = parsed.getOpenAPI();
        String server = api.getServers() == null || api.getServers().isEmpty() ? "/" : api.getServers().get(0).getUrl();
        String path = URI.create(server).getPath();
        this.basePath = path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
        this.operations = operationsOf();
        this.requestValidator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withResolveCombinators(true)
                .build();
        this.responseValidator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    static Spec load(String resource) {
        try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new Spec(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    /** The path all operations share: the server's base path, else the first segment, e.g. {@code /api}. */
    String prefix() {
        if (!basePath.isEmpty()) {
            return basePath;
        }
        String first = operations.get(0).pathTemplate();
        return first.substring(0, first.indexOf('/', 1) < 0 ? first.length() : first.indexOf('/', 1));
    }

    String name() {
        return resource.replaceFirst("^.*/", "").replaceFirst("\\.yaml$", "");
    }

    private List<Operation> operationsOf() {
        List<Operation> found = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            for (List<Parameter> level : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
                if (level != null) {
                    level.forEach(p -> parameters.put(p.getIn() + ":" + p.getName(), p)); // operation level wins
                }
            }
            MediaType body = null;
            String mediaType = null;
            boolean bodyRequired = false;
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                var first = operation.getRequestBody().getContent().entrySet().iterator().next();
                mediaType = first.getKey();
                body = first.getValue();
                bodyRequired = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
            }
            var security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
            found.add(new Operation(this, method.name(), template, operation,
                    List.copyOf(parameters.values()), body == null ? null : body.getSchema(), mediaType,
                    bodyRequired, security != null && !security.isEmpty()));
        }));
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return name();
    }
}
