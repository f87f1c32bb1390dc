package dev.smskit.stub.faults;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import dev.smskit.stub.admin.model.FaultMatch;
import dev.smskit.stub.admin.model.FaultRule;
import dev.smskit.stub.admin.model.FaultRule.EffectEnum;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PatternParseException;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One fault rule in force: what it matches, and its own seeded generator and counters, so that the
 * same rule fails the same calls of the same sequence of calls.
 */
final class Rule {

    static final Set<Integer> ERROR_STATUSES = Set.of(400, 401, 403, 404, 429, 500, 502, 503);
    /** After taking effect: statuses that say the server failed, not that it refused (429 and 503 promise nothing was done). */
    static final Set<Integer> COMMIT_STATUSES = Set.of(500, 502, 504);
    static final int MAX_LATENCY_MS = 600_000;

    private final String id;
    private final FaultRule spec;
    private final @Nullable PathPattern path;
    private final SplittableRandom random;
    private int triggered;

    private Rule(String id, FaultRule spec, @Nullable PathPattern path) {
        this.id = id;
        this.spec = spec;
        this.path = path;
        this.random = new SplittableRandom(spec.getSeed() == null ? 0 : spec.getSeed());
    }

    /** The rule as given, checked: a 400 naming each invalid field otherwise. */
    static Rule of(String id, FaultRule spec) {
        Map<String, List<String>> errors = new TreeMap<>();
        EffectEnum effect = spec.getEffect();
        if (effect == null) {
            errors.put("effect", List.of("is required"));
        }
        FaultMatch match = spec.getMatch();
        PathPattern path = null;
        if (match != null && match.getPath() != null) {
            try {
                path = PathPatternParser.defaultInstance.parse(match.getPath());
            } catch (PatternParseException invalid) {
                errors.put("match.path", List.of("is not a path template: " + invalid.getMessage()));
            }
        }
        Integer latency = spec.getLatencyMs();
        Integer latencyMax = spec.getLatencyMaxMs();
        if (effect == EffectEnum.LATENCY) {
            if (latency == null) {
                errors.put("latencyMs", List.of("is required for LATENCY"));
            }
            checkRange(errors, "latencyMs", latency, 0, MAX_LATENCY_MS);
            checkRange(errors, "latencyMaxMs", latencyMax, latency == null ? 0 : latency, MAX_LATENCY_MS);
        } else {
            onlyFor(errors, "latencyMs", latency, "LATENCY");
            onlyFor(errors, "latencyMaxMs", latencyMax, "LATENCY");
        }
        Integer status = spec.getStatus();
        if (effect == EffectEnum.ERROR) {
            if (status != null && !ERROR_STATUSES.contains(status)) {
                errors.put("status", List.of("must be one of 400, 401, 403, 404, 429, 500, 502, 503 for ERROR"));
            }
        } else if (effect == EffectEnum.COMMIT_THEN_ERROR) {
            if (status != null && !COMMIT_STATUSES.contains(status)) {
                errors.put("status", List.of("must be one of 500, 502, 504 for COMMIT_THEN_ERROR"));
            }
        } else {
            onlyFor(errors, "status", status, "ERROR and COMMIT_THEN_ERROR");
        }
        checkRange(errors, "retryAfter", spec.getRetryAfter(), 0, Integer.MAX_VALUE);
        checkRange(errors, "times", spec.getTimes(), 1, Integer.MAX_VALUE);
        Double probability = spec.getProbability();
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            errors.put("probability", List.of("must be from 0 to 1"));
        }
        if (!errors.isEmpty()) {
            throw StubError.invalid("The fault rule is invalid.", errors);
        }
        return new Rule(id, copy(spec), path);
    }

    private static void checkRange(Map<String, List<String>> errors, String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.put(field, List.of("must be from " + min + " to " + max));
        }
    }

    private static void onlyFor(Map<String, List<String>> errors, String field, @Nullable Object value, String effects) {
        if (value != null) {
            errors.put(field, List.of("applies to " + effects + " only"));
        }
    }

    private static FaultRule copy(FaultRule spec) {
        FaultMatch match = spec.getMatch() == null ? null : new FaultMatch().api(spec.getMatch().getApi())
                .method(spec.getMatch().getMethod()).path(spec.getMatch().getPath())
                .operationId(spec.getMatch().getOperationId()).account(spec.getMatch().getAccount());
        return new FaultRule(spec.getEffect()).match(match).latencyMs(spec.getLatencyMs())
                .latencyMaxMs(spec.getLatencyMaxMs()).status(spec.getStatus()).retryAfter(spec.getRetryAfter())
                .times(spec.getTimes()).probability(spec.getProbability()).seed(spec.getSeed());
    }

    String id() {
        return id;
    }

    EffectEnum effect() {
        return spec.getEffect();
    }

    /** Whether {@code call} is one this rule applies to (before counting and drawing). */
    boolean matches(Call call) {
        FaultMatch match = spec.getMatch();
        if (match == null) {
            return true;
        }
        return (match.getApi() == null || match.getApi().getValue().equals(call.api()))
                && (match.getMethod() == null || match.getMethod().getValue().equalsIgnoreCase(call.method()))
                && (path == null || path.matches(PathContainer.parsePath(call.path())))
                && (match.getOperationId() == null || match.getOperationId().equals(call.operationId()))
                && (match.getAccount() == null || match.getAccount().equals(call.account()));
    }

    /**
     * Whether the rule fails this matching call: draws from its generator (each matching call draws
     * once, so the sequence depends on the calls only) and counts it.
     */
    synchronized boolean fires() {
        if (spec.getTimes() != null && triggered >= spec.getTimes()) {
            return false;
        }
        double probability = spec.getProbability() == null ? 1 : spec.getProbability();
        if (probability < 1 && random.nextDouble() >= probability) {
            return false;
        }
        triggered++;
        return true;
    }

    /** The delay of a LATENCY rule that fired: fixed, or drawn from its range. */
    synchronized int latencyMs() {
        int min = spec.getLatencyMs();
        Integer max = spec.getLatencyMaxMs();
        return max == null || max <= min ? min : random.nextInt(min, max + 1);
    }

    OptionalInt status() {
        if (spec.getStatus() != null) {
            return OptionalInt.of(spec.getStatus());
        }
        return switch (spec.getEffect()) {
            case ERROR -> OptionalInt.of(503);
            case COMMIT_THEN_ERROR -> OptionalInt.of(500);
            default -> OptionalInt.empty();
        };
    }

    int retryAfter() {
        return spec.getRetryAfter() == null ? 1 : spec.getRetryAfter();
    }

    /** The rule as the control API shows it. */
    synchronized FaultRule json() {
        FaultRule json = copy(spec).id(id).triggered(triggered);
        if (spec.getTimes() != null) {
            json.remaining(spec.getTimes() - triggered);
        }
        return json;
    }

}
