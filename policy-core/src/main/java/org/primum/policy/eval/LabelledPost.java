package org.primum.policy.eval;

import java.util.List;
import java.util.Objects;

/**
 * One post of a labelled corpus.
 *
 * @param id unique id within the corpus, e.g. {@code d001}
 * @param text the post with the span markup removed
 * @param phi whether the post discloses PHI (should be blocked)
 * @param advice {@code personal} for direct personalised medical advice, else {@code none}
 * @param group the corpus group, e.g. {@code near_miss}; used to break figures down
 * @param note the annotator's note (may be empty)
 * @param spans the labelled identifier spans, in text order, with offsets into {@code text}
 */
public record LabelledPost(
        String id, String text, boolean phi, String advice, String group, String note, List<GoldSpan> spans) {

    /** The {@code advice} value of a post that gives personalised advice. */
    public static final String PERSONAL = "personal";
    /** The {@code advice} value of a post that gives none. */
    public static final String NONE = "none";

    public LabelledPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(group, "group");
        note = note == null ? "" : note;
        if (!advice.equals(PERSONAL) && !advice.equals(NONE)) {
            throw new IllegalArgumentException("advice must be '" + PERSONAL + "' or '" + NONE + "': " + advice);
        }
        spans = List.copyOf(spans);
        for (GoldSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " is outside the text (" + text.length() + " chars)");
            }
        }
    }

    /** True when the post gives personalised advice. */
    public boolean personalAdvice() {
        return advice.equals(PERSONAL);
    }

    /** True when the post has neither PHI nor personal advice: it should pass. */
    public boolean clean() {
        return !phi && !personalAdvice();
    }
}
