package dev.smskit.stub.faults;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.admin.model.FaultRule;
import dev.smskit.stub.admin.model.FaultRule.EffectEnum;
import dev.smskit.stub.admin.model.TriggeredFault;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The fault rules in force and the faults they triggered (the latest {@value #TRIGGERED_KEPT}).
 * Thread-safe: rules are read by every request and changed by the control API.
 */
@Component
public class FaultRules {

    static final int TRIGGERED_KEPT = 1000;

    /** What a call gets: a delay (0 for none), then the rule deciding the answer, if one fired. */
    record Verdict(int latencyMs, @Nullable Rule rule) {
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Deque<TriggeredFault> triggered = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong triggeredCount = new AtomicLong();
    private final Clock clock;

    FaultRules(Clock clock) {
        this.clock = clock;
    }

    /** Adds a rule (a 400 {@code StubError} naming each invalid field otherwise); the rule as shown, with its id. */
    FaultRule add(FaultRule spec) {
        Rule rule = Rule.of(Long.toString(ids.incrementAndGet()), spec);
        rules.add(rule);
        return rule.json();
    }

    List<FaultRule> list() {
        return rules.stream().map(Rule::json).toList();
    }

    boolean delete(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    void clear() {
        rules.clear();
    }

    /** Forgets every rule and every triggered fault; ids start again from 1. */
    public void reset() {
        rules.clear();
        synchronized (triggered) {
            triggered.clear();
        }
        ids.set(0);
    }

    /** How many faults fired since the stub started (a reset does not count back): what changed tells a watcher to look. */
    public long triggeredCount() {
        return triggeredCount.get();
    }

    List<TriggeredFault> triggered() {
        synchronized (triggered) {
            return new ArrayList<>(triggered);
        }
    }

    /** What the rules do to {@code call}, each fault that fires recorded. */
    /** Whether no rule is in force: then no call needs looking at. */
    boolean none() {
        return rules.isEmpty();
    }

    Verdict judge(Call call) {
        int latency = 0;
        for (Rule rule : rules) {
            boolean latencyRule = rule.effect() == EffectEnum.LATENCY;
            if (!rule.matches(call) || !rule.fires()) {
                continue;
            }
            if (latencyRule) {
                int added = rule.latencyMs();
                latency += added;
                record(call, rule, added);
            } else {
                record(call, rule, null);
                return new Verdict(latency, rule);
            }
        }
        return new Verdict(latency, null);
    }

    private void record(Call call, Rule rule, @Nullable Integer latencyMs) {
        TriggeredFault fault = new TriggeredFault(clock.instant().atOffset(ZoneOffset.UTC), rule.id(), call.method(),
                call.path(), rule.effect().getValue())
                .api(Api.fromValue(call.api()))
                .account(call.account())
                .latencyMs(latencyMs);
        rule.status().ifPresent(fault::status);
        synchronized (triggered) {
            triggered.addLast(fault);
            while (triggered.size() > TRIGGERED_KEPT) {
                triggered.removeFirst();
            }
        }
        triggeredCount.incrementAndGet();
    }

}
