package dev.smskit.stub.fuzz;

/** One way to break a valid request. */
interface Mutation {

    String name();

    /** Breaks {@code draft}; false when this break does not apply to it. */
    boolean apply(Draft draft, Choices choices);

    /** Whether the spec's request validator can see the break (true for schema breaks). */
    default boolean visibleToSpec() {
        return true;
    }

    /**
     * Whether servers commonly tolerate this break (a {@code null} for an optional field, read as
     * absent): sent as an odd request, which may succeed, rather than as an invalid one.
     */
    default boolean tolerated() {
        return false;
    }

    /** This break, marked as tolerated. */
    default Mutation asTolerated() {
        Mutation self = this;
        return new Mutation() {
            @Override
            public String name() {
                return self.name();
            }

            @Override
            public boolean apply(Draft draft, Choices choices) {
                return self.apply(draft, choices);
            }

            @Override
            public boolean tolerated() {
                return true;
            }
        };
    }

    static Mutation of(String name, boolean visibleToSpec, java.util.function.BiPredicate<Draft, Choices> apply) {
        return new Mutation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean apply(Draft draft, Choices choices) {
                return apply.test(draft, choices);
            }

            @Override
            public boolean visibleToSpec() {
                return visibleToSpec;
            }
        };
    }
}
