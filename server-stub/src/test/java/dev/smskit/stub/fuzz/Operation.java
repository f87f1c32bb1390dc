package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One operation of a spec, with its parameters merged from the path and operation levels. */
record Operation(
        Spec spec,
        String method,
        String pathTemplate,
        io.swagger.v3.oas.models.Operation model,
        List<Parameter> parameters,
        Schema<?> body,
        String bodyMediaType,
        boolean bodyRequired,
        boolean secured) {

    String id() {
        return model.getOperationId() != null ? model.getOperationId() : method + " " + pathTemplate;
    }

    String fullTemplate() {
        return spec.basePath + pathTemplate;
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The documented status codes of this operation. */
    Set<Integer> documented() {
        Set<Integer> codes = new TreeSet<>();
        for (String code : model.getResponses().keySet()) {
            if (code.matches("\\d{3}")) {
                codes.add(Integer.parseInt(code));
            }
        }
        return codes;
    }

    Set<Integer> documented(int fromInclusive, int toExclusive) {
        Set<Integer> codes = new TreeSet<>();
        for (int code : documented()) {
            if (code >= fromInclusive && code < toExclusive) {
                codes.add(code);
            }
        }
        return codes;
    }

    ApiResponse response(int status) {
        return model.getResponses().get(String.valueOf(status));
    }

    Map<String, ApiResponse> responses() {
        return model.getResponses();
    }

    @Override
    public String toString() {
        return spec.name() + " " + id() + " (" + method + " " + fullTemplate() + ")";
    }
}
