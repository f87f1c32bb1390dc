package dev.smskit.stub.fuzz;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Shrinks a recorded choice sequence while a failure still reproduces: drops spans of choices, then
 * lowers single choices towards 0. Each attempt replays a request, so the attempts are bounded.
 */
final class Shrinker {

    private final Predicate<long[]> stillFails;
    private int attemptsLeft;

    Shrinker(int maxAttempts, Predicate<long[]> stillFails) {
        this.attemptsLeft = maxAttempts;
        this.stillFails = stillFails;
    }

    long[] shrink(long[] failing) {
        long[] best = failing;
        boolean improved = true;
        while (improved && attemptsLeft > 0) {
            improved = false;
            for (int span = 8; span >= 1; span /= 2) {
                for (int i = 0; i + span <= best.length && attemptsLeft > 0; ) {
                    long[] candidate = new long[best.length - span];
                    System.arraycopy(best, 0, candidate, 0, i);
                    System.arraycopy(best, i + span, candidate, i, best.length - i - span);
                    if (accepts(candidate)) {
                        best = candidate;
                        improved = true;
                    } else {
                        i++;
                    }
                }
            }
            for (int i = 0; i < best.length && attemptsLeft > 0; i++) {
                long value = best[i];
                // try 0, then halve towards 0 while it still fails
                for (long lower : new long[] {0, value / 2, value - 1}) {
                    if (lower >= 0 && lower < best[i] && attemptsLeft > 0) {
                        long[] candidate = Arrays.copyOf(best, best.length);
                        candidate[i] = lower;
                        if (accepts(candidate)) {
                            best = candidate;
                            improved = true;
                        }
                    }
                }
            }
        }
        return best;
    }

    private boolean accepts(long[] candidate) {
        attemptsLeft--;
        return stillFails.test(candidate);
    }
}
