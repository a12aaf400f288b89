package org.primum.policy.eval;

import java.util.List;
import java.util.Objects;

/**
 * One ratio of an evaluation, with the posts that count against it.
 *
 * @param key stable machine name, e.g. {@code phi.recall}
 * @param label what it measures, in words
 * @param count the numerator
 * @param total the denominator; zero when the corpus has nothing to measure
 * @param higherIsBetter false for false-alarm rates such as {@code clean.block}
 * @param misses ids of the posts that make the figure worse (for recall: the posts missed; for
 *     precision: the false alarms; for {@code clean.block}: the clean posts that were blocked), in
 *     corpus order, each once
 */
public record Figure(String key, String label, int count, int total, boolean higherIsBetter, List<String> misses) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (count < 0 || total < count) {
            throw new IllegalArgumentException("need 0 <= count <= total, got " + count + "/" + total);
        }
        misses = List.copyOf(misses);
    }

    /** {@code count / total}, or NaN when {@code total} is zero. */
    public double value() {
        return total == 0 ? Double.NaN : (double) count / total;
    }

    /** True when there was something to measure. */
    public boolean defined() {
        return total > 0;
    }
}
