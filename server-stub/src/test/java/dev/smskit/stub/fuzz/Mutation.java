package dev.smskit.stub.fuzz;

import java.util.function.BiPredicate;

/**
 * One way to break a valid request.
 *
 * @param name what it breaks, e.g. {@code body Color: pattern broken}
 * @param visibleToSpec whether the spec's request validator can see the break (true for schema breaks)
 * @param tolerated whether servers commonly tolerate it ({@code null} for an optional field, read as
 *     absent): then it is sent as an odd request, which may succeed, rather than as an invalid one
 * @param how breaks a draft; false when this break does not apply to it
 */
record Mutation(String name, boolean visibleToSpec, boolean tolerated, BiPredicate<Draft, Choices> how) {

    static Mutation of(String name, boolean visibleToSpec, BiPredicate<Draft, Choices> how) {
        return new Mutation(name, visibleToSpec, false, how);
    }

    Mutation asTolerated() {
        return new Mutation(name, visibleToSpec, true, how);
    }

    /** The same break, for a place where the spec's validator may or may not see it. */
    Mutation invisibleToSpec() {
        return new Mutation(name, false, tolerated, how);
    }

        boolean apply(Draft draft, Choices choices) {
        return how.test(draft, choices);
    }
}
