package dev.smskit.stub.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends generated cases for one operation at a time, judges each answer, checks that refused writes
 * stored nothing, and shrinks each distinct failure to a small replayable request.
 */
final class Campaign {

    /** Shares of the kinds, in percent (AUTH only where the operation is secured). */
    private static final int VALID = 40;
    private static final int EDGE = 15;
    private static final int INVALID = 35;
    private static final int DISTINCT_FAILURES_SHRUNK = 4;
    private static final int SHRINK_ATTEMPTS = 120;
    /** Share of the writes that may be refused whose effect on the state is read back (each read costs requests). */
    private static final int STATE_CHECKED = 50;

    /** A failure class of one operation: its first case shrunk, and how often it happened. */
    static final class Failure {
        final String signature;
        int count;
        Exchange exchange;
        Problems problems;
        int choicesBefore;
        int choicesAfter;

        Failure(String signature) {
            this.signature = signature;
        }
    }

    /** What running one operation gave. */
    static final class Report {
        final String operation;
        final Map<Kind, Integer> cases = new LinkedHashMap<>();
        final Map<String, Failure> failures = new LinkedHashMap<>();
        int failed;

        Report(String operation) {
            this.operation = operation;
        }
    }

    private record Outcome(Draft draft, Exchange exchange, Problems problems) {
        String signature() {
            return draft.kind + " \"" + draft.label + "\" " + problems.signature();
        }
    }

    private final StubClient stub;
    private final FuzzedApi api;
    private final Generator generator;
    private final SplittableRandom random;
    private final Path failureDir;
    /** Requests beside the generated ones: state reads, and replays while shrinking. */
    long stateReads;
    long replays;
    private static final AtomicInteger FILES = new AtomicInteger();

    Campaign(StubClient stub, FuzzedApi api, long seed, Path failureDir) {
        this.stub = stub;
        this.api = api;
        this.generator = new Generator(api);
        this.random = new SplittableRandom(seed);
        this.failureDir = failureDir;
    }

    Report run(Operation op, int count) {
        Report report = new Report(op.toString());
        for (int i = 0; i < count; i++) {
            Kind kind = kind(op);
            Choices choices = Choices.random(random.split());
            Outcome outcome = execute(op, kind, choices);
            report.cases.merge(kind, 1, Integer::sum);
            if (outcome.problems().isEmpty()) {
                continue;
            }
            report.failed++;
            Failure failure = report.failures.computeIfAbsent(outcome.signature(), Failure::new);
            failure.count++;
            if (failure.count == 1) {
                if (report.failures.size() <= DISTINCT_FAILURES_SHRUNK) {
                    shrink(op, kind, choices.recorded(), outcome, failure);
                } else {
                    keep(failure, outcome, choices.recorded().length, choices.recorded().length);
                }
            }
        }
        return report;
    }

    private void shrink(Operation op, Kind kind, long[] recorded, Outcome first, Failure failure) {
        Outcome[] smallest = {first};
        long[] shrunk = new Shrinker(SHRINK_ATTEMPTS, candidate -> {
            replays++;
            Outcome again = execute(op, kind, Choices.replay(candidate));
            if (again.signature().equals(failure.signature)) {
                smallest[0] = again;
                return true;
            }
            return false;
        }).shrink(recorded);
        keep(failure, smallest[0], recorded.length, shrunk.length);
    }

    private static void keep(Failure failure, Outcome outcome, int before, int after) {
        failure.exchange = outcome.exchange();
        failure.problems = outcome.problems();
        failure.choicesBefore = before;
        failure.choicesAfter = after;
    }

    private Kind kind(Operation op) {
        int roll = random.nextInt(100);
        if (roll < VALID) {
            return Kind.VALID;
        }
        if (roll < VALID + EDGE) {
            return Kind.EDGE;
        }
        if (roll < VALID + EDGE + INVALID) {
            return generator.breaks(op).isEmpty() ? Kind.VALID : Kind.INVALID;
        }
        return op.secured() ? Kind.AUTH : Kind.VALID;
    }

    private Outcome execute(Operation op, Kind kind, Choices choices) {
        if (api.restock(stub)) {
            stateCache.clear();
        }
        Draft draft = generator.draft(op, kind, choices);
        FuzzRequest request = draft.toRequest();
        Problems problems = new Problems();
        Oracle.checkGenerated(draft, request, problems);
        // a write that may be refused must then store nothing: read what it could change before and after
        boolean mayBeRefused = draft.kind != Kind.VALID || draft.mustFail || !draft.excuses.isEmpty();
        List<StateRead> reads = op.writes() && mayBeRefused && choices.percent(STATE_CHECKED) ? api.stateReads(draft) : List.of();
        String before = state(reads, false);
        Exchange exchange = stub.send(request);
        Oracle.judge(draft, exchange, api, Oracle.expected(draft, api), true, problems);
        int status = exchange.status();
        if (status >= 200 && status < 300) {
            api.observe(draft, exchange);
            if (op.writes()) {
                stateCache.clear();
            }
        } else if (!reads.isEmpty()) {
            String after = state(reads, true);
            if (!before.equals(after)) {
                problems.add("state", "a refused " + op.method() + " changed what is stored:\n        before " + cut(before) + "\n        after  " + cut(after));
            }
        }
        return new Outcome(draft, exchange, problems);
    }

    /** The answers to state reads; valid until a write succeeds, so that a run of refused writes reads once each. */
    private final Map<String, String> stateCache = new java.util.HashMap<>();

    private String state(List<StateRead> reads, boolean fresh) {
        StringBuilder state = new StringBuilder();
        for (StateRead read : reads) {
            String key = read.request().target() + " " + read.request().headers();
            String answer = fresh ? null : stateCache.get(key);
            if (answer == null) {
                stateReads++;
                answer = read.view().apply(stub.send(read.request()));
                stateCache.put(key, answer);
            }
            state.append(answer).append('\n');
        }
        return state.toString();
    }

    /** Requests to paths and methods the spec does not declare: a 404 or 405 in the API's error shape. */
    Report undeclared(Spec spec, Operation anyOperation, int count) {
        Report report = new Report(spec.name() + " undeclared paths and methods");
        for (int i = 0; i < count; i++) {
            Choices choices = Choices.random(random.split());
            Draft draft = generator.draft(anyOperation, Kind.VALID, choices);
            draft.label = "undeclared";
            String target;
            String method;
            Operation declared = spec.operations.get(choices.below(spec.operations.size()));
            Set<String> methods = spec.api.getPaths().get(declared.pathTemplate()).readOperationsMap().keySet()
                    .stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
            others.removeAll(methods);
            if (choices.percent(50) && !others.isEmpty()) {
                method = others.get(choices.below(others.size()));
                target = spec.basePath + declared.pathTemplate().replaceAll("\\{[^}]+}", "1");
            } else {
                method = List.of("GET", "POST", "PUT", "DELETE").get(choices.below(4));
                target = spec.prefix() + List.of("/nope", "/groups/1/nope", "/", "/%2e%2e/admin", "/1/2/3/4").get(choices.below(5));
            }
            FuzzRequest request = new FuzzRequest(method, target, draft.headers, null, draft.shellValues, draft.shellPrelude);
            Exchange exchange = stub.send(request);
            Problems problems = new Problems();
            Oracle.judge(draft, exchange, api, Set.of(404, 405), false, problems);
            report.cases.merge(Kind.INVALID, 1, Integer::sum);
            if (!problems.isEmpty()) {
                report.failed++;
                Draft shown = new Draft(anyOperation, Kind.INVALID);
                shown.label = method + " " + target;
                Failure failure = report.failures.computeIfAbsent(exchange.status() + " " + problems.signature(), Failure::new);
                if (++failure.count == 1) {
                    keep(failure, new Outcome(shown, exchange, problems), 0, 0);
                }
            }
        }
        return report;
    }

    /** The report of one operation as a failure message: each failure class with a replayable curl line. */
    String describe(Report report) {
        StringBuilder text = new StringBuilder(report.operation).append(": ").append(report.failed).append(" of ")
                .append(report.cases.values().stream().mapToInt(Integer::intValue).sum()).append(" cases failed");
        for (Failure failure : report.failures.values()) {
            text.append("\n  * ").append(failure.signature).append(" (").append(failure.count).append("x)")
                    .append(failure.problems)
                    .append("\n    answer: ").append(failure.exchange.status()).append(' ').append(failure.exchange.contentType())
                    .append(' ').append(Oracle.quoted(failure.exchange.excerpt()))
                    .append("\n    replay").append(failure.choicesAfter < failure.choicesBefore
                            ? " (shrunk from " + failure.choicesBefore + " to " + failure.choicesAfter + " choices)" : "")
                    .append(":\n      ").append(replayable(failure.exchange.request()));
        }
        return text.toString();
    }

    /** The curl line, or for very long requests a script file holding it. */
    private String replayable(FuzzRequest request) {
        String curl = request.curl();
        if (curl.length() <= 2_000) {
            return curl;
        }
        try {
            Files.createDirectories(failureDir);
            Path script = failureDir.resolve("replay-" + FILES.incrementAndGet() + ".sh");
            Files.writeString(script, "#!/usr/bin/env bash\n" + curl + "\n", StandardCharsets.UTF_8);
            return "bash " + script.toAbsolutePath() + "   # " + curl.substring(0, 200) + "...";
        } catch (IOException e) {
            return curl;
        }
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
