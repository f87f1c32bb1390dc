package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Builds one request of a given kind for an operation from a sequence of choices. */
final class Generator {

    private final FuzzedApi api;
    private final Values values;
    private final Mutations mutations;
    private final Map<Operation, List<Mutation>> catalogue = new ConcurrentHashMap<>();

    Generator(FuzzedApi api) {
        this.api = api;
        this.values = new Values(api);
        this.mutations = new Mutations(values);
    }

    /** The single breaks of {@code op}: from its spec, then the API's cross-field rules. */
    List<Mutation> breaks(Operation op) {
        return catalogue(op).stream().filter(m -> !m.tolerated()).toList();
    }

    /** The breaks that servers commonly tolerate, sent as odd requests. */
    List<Mutation> tolerated(Operation op) {
        return catalogue(op).stream().filter(Mutation::tolerated).toList();
    }

    private List<Mutation> catalogue(Operation op) {
        return catalogue.computeIfAbsent(op, o -> {
            List<Mutation> all = new java.util.ArrayList<>(mutations.of(o));
            all.addAll(api.ruleMutations(o));
            return List.copyOf(all);
        });
    }

    Draft draft(Operation op, Kind kind, Choices choices) {
        Draft draft = new Draft(op, kind);
        boolean edge = kind == Kind.EDGE;
        draft.specValid = kind == Kind.VALID || kind == Kind.EDGE ? Boolean.TRUE : null;
        for (Parameter parameter : op.parameters()) {
            if ("cookie".equals(parameter.getIn())) {
                continue;
            }
            if (Boolean.TRUE.equals(parameter.getRequired()) || choices.percent(50)) {
                JsonNode value = values.of(draft, parameter.getName(), parameter.getSchema(), choices, edge && choices.percent(50));
                String wire = Values.wire(value);
                // an empty or blank value is no value: a path needs a segment, a query parameter allows no empty value
                slot(draft, parameter).put(parameter.getName(), wire.trim().isEmpty() ? wire + "x" : wire);
            }
        }
        if (op.body() != null) {
            draft.body = values.of(draft, "body", op.body(), choices, edge);
            draft.contentType = op.bodyMediaType();
        }
        api.harmonize(draft, choices);
        if (op.secured()) {
            api.authenticate(draft, choices);
        }
        if (edge) {
            edgeOfRequest(draft, choices);
        }
        if (kind == Kind.INVALID) {
            Mutation applied = applyOne(breaks(op), draft, choices);
            if (applied != null) {
                draft.label = applied.name();
                draft.specValid = applied.visibleToSpec() ? Boolean.FALSE : null;
            }
        } else if (edge && choices.percent(20)) {
            Mutation applied = applyOne(tolerated(op), draft, choices);
            if (applied != null) {
                draft.label = "edge: " + applied.name();
                draft.specValid = null;
            }
        } else if (kind == Kind.AUTH) {
            List<Mutation> all = api.authMutations();
            Mutation mutation = all.get(choices.below(all.size()));
            mutation.apply(draft, choices);
            draft.label = mutation.name();
        }
        api.judge(draft);
        return draft;
    }

    /** Applies the first of {@code all}, from a chosen one on, that applies to the draft; null when none does. */
    private static Mutation applyOne(List<Mutation> all, Draft draft, Choices choices) {
        if (all.isEmpty()) {
            return null;
        }
        int first = choices.below(all.size());
        JsonNode valid = draft.body == null ? null : draft.body.deepCopy();
        for (int i = 0; i < all.size(); i++) {
            Mutation mutation = all.get((first + i) % all.size());
            if (mutation.apply(draft, choices)) {
                return mutation;
            }
            draft.body = valid == null ? null : valid.deepCopy(); // a break that did not apply leaves nothing behind
        }
        return null;
    }

    /** Odd but valid framing: charset on the media type, no Content-Type at all, unknown query parameters. */
    private static void edgeOfRequest(Draft draft, Choices choices) {
        if (draft.contentType != null) {
            switch (choices.below(4)) {
                case 1 -> draft.contentType = draft.contentType + "; charset=utf-8";
                case 2 -> draft.contentType = draft.contentType.toUpperCase();
                case 3 -> {
                    draft.contentType = null; // V1 documents the header as optional
                    draft.specValid = null;
                    draft.label = "edge: no Content-Type";
                }
                default -> {
                }
            }
        }
        if (choices.percent(15)) {
            draft.query.put("unknownParameter", "1");
        }
    }

    static Map<String, String> slot(Draft draft, Parameter parameter) {
        return switch (parameter.getIn()) {
            case "path" -> draft.path;
            case "header" -> draft.headers;
            default -> draft.query;
        };
    }
}
