package dev.smskit.stub.fuzz;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with one answer (or with the state), each under a short category. */
final class Problems {

    record Problem(String category, String detail) {
        @Override
        public String toString() {
            return "[" + category + "] " + detail;
        }
    }

    private final List<Problem> list = new ArrayList<>();

    void add(String category, String detail) {
        list.add(new Problem(category, detail));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> all() {
        return list;
    }

    /** Stable across shrinking: the categories, not the details. */
    String signature() {
        return list.stream().map(Problem::category).distinct().sorted().reduce((a, b) -> a + "+" + b).orElse("");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        list.forEach(p -> out.append("\n      ").append(p));
        return out.toString();
    }
}
