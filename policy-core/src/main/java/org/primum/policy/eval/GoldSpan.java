package org.primum.policy.eval;

import java.util.Objects;
import org.primum.policy.FindingType;

/**
 * A labelled PHI span of a corpus post.
 *
 * @param type the identifier type written in the markup, e.g. {@code PHONE}
 * @param start first UTF-16 index in the post's markup-free text (inclusive)
 * @param end end UTF-16 index in the post's markup-free text (exclusive)
 */
public record GoldSpan(FindingType type, int start, int end) {

    public GoldSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The labelled characters of {@code text}, the markup-free text of the post this span belongs to. */
    public String surface(String text) {
        return text.substring(start, end);
    }

    /** True if {@code [from, to)} shares at least one character with this span. */
    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
