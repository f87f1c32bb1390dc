package dev.smskit.stub.fuzz;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Judges one exchange: the status the request's kind allows, the spec, the error shape, no leaks, echoes. */
final class Oracle {

    /** Signs of an internal error leaking out: stack frames, exception class names, HTML error pages. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)<html|<!doctype|whitelabel error|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"
                    + "|java\\.lang\\.|org\\.springframework\\.|tools\\.jackson\\.|com\\.fasterxml\\.|org\\.apache\\.|jakarta\\.");

    private Oracle() {
    }

    /** The statuses a request of this kind may get. */
    static Set<Integer> expected(Draft draft, FuzzedApi api) {
        Operation op = draft.op;
        Set<Integer> documented = op.documented();
        Set<Integer> auth = api.authStatuses(op);
        Set<Integer> nonAuth4xx = new TreeSet<>(op.documented(400, 500));
        nonAuth4xx.removeAll(auth);
        Set<Integer> allowed = new TreeSet<>();
        switch (draft.kind) {
            case VALID -> allowed.addAll(draft.mustFail ? Set.of() : op.documented(200, 300));
            case EDGE -> {
                allowed.addAll(draft.mustFail ? Set.of() : op.documented(200, 300));
                allowed.addAll(nonAuth4xx);
            }
            case INVALID -> allowed.addAll(nonAuth4xx);
            case AUTH -> auth.stream().filter(documented::contains).forEach(allowed::add);
        }
        if (draft.kind != Kind.AUTH) {
            draft.excuses.keySet().stream().filter(documented::contains).forEach(allowed::add);
        }
        return allowed;
    }

    /** Whether the spec's request validator agrees with what the generator meant to send. */
    static void checkGenerated(Draft draft, FuzzRequest request, Problems problems) {
        if (draft.specValid == null) {
            return;
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        if (request.body() != null) {
            builder.withBody(request.body());
        }
        request.headers().forEach(builder::withHeader);
        draft.query.forEach((name, value) -> builder.withQueryParam(name, value));
        ValidationReport report = draft.op.spec().requestValidator.validateRequest(builder.build());
        boolean valid = !report.hasErrors();
        if (valid != draft.specValid) {
            problems.add("generator", "meant a " + (draft.specValid ? "valid" : "invalid") + " request, the spec's validator says "
                    + (valid ? "valid" : "invalid: " + messages(report)));
        }
    }

    static Problems judge(Draft draft, Exchange exchange, FuzzedApi api) {
        Problems problems = new Problems();
        judge(draft, exchange, api, expected(draft, api), true, problems);
        return problems;
    }

    static void judge(Draft draft, Exchange exchange, FuzzedApi api, Set<Integer> expected, boolean againstSpec, Problems problems) {
        int status = exchange.status();
        if (status >= 500) {
            problems.add("5xx", "server error " + status);
        }
        if (!expected.contains(status)) {
            problems.add("status", status + " for a " + draft.kind + " request, expected one of " + expected
                    + (draft.excuses.isEmpty() ? "" : " (excused: " + draft.excuses + ")"));
        }
        if (againstSpec) {
            againstSpec(draft, exchange, problems);
        }
        api.checkAnswer(draft, exchange, problems);
        String text = exchange.text();
        var leak = LEAK.matcher(text);
        if (leak.find()) {
            problems.add("leak", "internals in the body: '" + leak.group() + "'");
        }
        if (status >= 200 && status < 300 && (draft.kind == Kind.VALID || draft.kind == Kind.EDGE) && draft.body != null && draft.rawBody == null) {
            echo(draft.body, exchange.json(), "", problems);
        }
    }

    private static void againstSpec(Draft draft, Exchange exchange, Problems problems) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status()).withBody(exchange.body());
        exchange.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        ValidationReport report = draft.op.spec().responseValidator.validateResponse(
                exchange.request().path(), Request.Method.valueOf(draft.op.method()), response.build());
        if (report.hasErrors()) {
            problems.add("spec", messages(report));
        }
        ApiResponse documented = draft.op.response(exchange.status());
        if (documented == null) {
            return;
        }
        if ((documented.getContent() == null || documented.getContent().isEmpty()) && exchange.body().length > 0) {
            problems.add("spec", "documented without a body (\"" + documented.getDescription() + "\") but answered " + exchange.excerpt());
        }
        if (documented.getHeaders() != null && exchange.status() < 300) {
            documented.getHeaders().keySet().stream()
                    .filter(name -> exchange.header(name) == null)
                    .forEach(name -> problems.add("spec", "documented header " + name + " is missing"));
        }
    }

    /** Strings sent are stored and answered unchanged, wherever the answer carries the same field. */
    private static void echo(JsonNode sent, JsonNode answered, String at, Problems problems) {
        if (answered == null) {
            return;
        }
        if (sent.isObject() && answered.isObject()) {
            for (Map.Entry<String, JsonNode> field : sent.properties()) {
                JsonNode back = answered.get(field.getKey());
                if (back == null) {
                    continue;
                }
                if (field.getValue().isString() && back.isString()) {
                    if (!field.getValue().stringValue().equals(back.stringValue())) {
                        problems.add("echo", at + field.getKey() + " sent " + quoted(field.getValue().stringValue())
                                + ", answered " + quoted(back.stringValue()));
                    }
                } else if (field.getValue().isContainer()) {
                    echo(field.getValue(), back, at + field.getKey() + ".", problems);
                }
            }
        } else if (sent.isArray() && answered.isArray() && sent.size() == answered.size()) {
            for (int i = 0; i < sent.size(); i++) {
                echo(sent.get(i), answered.get(i), at + "[" + i + "].", problems);
            }
        }
    }

    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
        StringBuilder out = new StringBuilder("\"");
        shown.chars().forEach(c -> out.append(c < 0x20 || (c >= 0xd800 && c <= 0xdfff) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    static String messages(ValidationReport report) {
        List<String> lines = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        String joined = String.join("; ", lines);
        return joined.length() > 600 ? joined.substring(0, 600) + "..." : joined;
    }
}
