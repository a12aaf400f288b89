package org.primum.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found in a draft.
 *
 * @param ruleId stable rule id, e.g. {@code phi.phone}
 * @param category the family of harm
 * @param type what was found
 * @param severity how much it matters under the policy in force
 * @param start first UTF-16 index of the span in the original text (inclusive)
 * @param end end UTF-16 index of the span in the original text (exclusive)
 * @param message what is wrong, in words a clinician understands
 * @param confidence how sure the rule is, in [0, 1]
 * @param suggestion a suggested fix, or {@code null} when there is none
 * @param reasons why it fired: the cues and context that led to it, most important first
 */
public record Finding(
        String ruleId,
        Category category,
        FindingType type,
        Severity severity,
        int start,
        int end,
        String message,
        double confidence,
        String suggestion,
        List<String> reasons) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        reasons = List.copyOf(reasons);
    }

    /** The suggested fix, if the rule has one. */
    public Optional<String> suggestedFix() {
        return Optional.ofNullable(suggestion);
    }

    /** The span's text in {@code original}, the text this finding was made on. */
    public String matchedText(String original) {
        return original.substring(start, end);
    }

    /** Length of the span in UTF-16 code units. */
    public int length() {
        return end - start;
    }
}
