package dev.smskit.stub.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every decision a generator takes, drawn from a random source and recorded, or replayed from a
 * recorded sequence. Shrinking edits the recording and replays it (as Hypothesis does): because each
 * generator maps a choice of 0 to its simplest outcome, smaller choices give simpler requests.
 */
final class Choices {

    private final SplittableRandom random;
    private final long[] replay;
    private long[] recorded = new long[64];
    private int size;

    private Choices(SplittableRandom random, long[] replay) {
        this.random = random;
        this.replay = replay;
    }

    static Choices random(SplittableRandom random) {
        return new Choices(random, null);
    }

    /** Replays {@code recorded}; past its end every choice is 0. */
    static Choices replay(long[] recorded) {
        return new Choices(null, recorded);
    }

    /** A value in {@code [0, bound)}. */
    long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        long value;
        if (replay != null) {
            value = size < replay.length ? replay[size] : 0;
            if (value >= bound) {
                value %= bound;
            }
        } else {
            value = random.nextLong(bound);
        }
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = value;
        return value;
    }

    int below(int bound) {
        return (int) below((long) bound);
    }

    /** True with the given probability; a choice of 0 is false. */
    boolean percent(int percentTrue) {
        return below(100) >= 100 - percentTrue;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** An int in {@code [min, max]}, small distances from {@code min} first. */
    long between(long min, long max) {
        long span = max - min;
        if (span < 0 || span == Long.MAX_VALUE) { // overflowing range: offset from min in two draws
            return min + below(Long.MAX_VALUE);
        }
        return min + below(span + 1);
    }

    long[] recorded() {
        return Arrays.copyOf(recorded, size);
    }
}
