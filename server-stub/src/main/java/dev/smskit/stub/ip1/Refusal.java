package dev.smskit.stub.ip1;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change the store refused because of the data it names (an unknown group, a membership that
 * already exists); nothing was changed. The store checks this itself, under the same lock as the
 * change, so that no concurrent request can slip in between check and change.
 */
public class Refusal extends RuntimeException {

    /**
     * What is wrong with one item of the request.
     *
     * @param index   position of the item in the list the store was given
     * @param field   the item's field at fault, or null for the item as a whole
     * @param message what a user reads
     */
    public record Problem(int index, @Nullable String field, String message) {
    }

    private final List<Problem> problems;

    public Refusal(List<Problem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
