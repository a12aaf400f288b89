package org.primum.policy.spi;

import java.util.List;
import java.util.Objects;
import org.primum.policy.FindingType;

/**
 * What a {@link Rule} reports: a span of the normalised text and why. The checker turns a
 * detection into a {@link org.primum.policy.Finding}, applying the policy's severity and threshold.
 *
 * @param type what was found
 * @param start first index in the normalised text
 * @param end end index in the normalised text (exclusive)
 * @param confidence in [0, 1]
 * @param message what is wrong, for a clinician
 * @param suggestion a suggested fix, or {@code null}
 * @param reasons the cues that led to it
 */
public record Detection(
        FindingType type, int start, int end, double confidence, String message, String suggestion,
        List<String> reasons) {

    public Detection {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        confidence = Math.max(0, Math.min(1, confidence));
        reasons = List.copyOf(reasons);
    }

    public static Detection of(FindingType type, int start, int end, double confidence, String message,
            String... reasons) {
        return new Detection(type, start, end, confidence, message, null, List.of(reasons));
    }

    public Detection withSuggestion(String fix) {
        return new Detection(type, start, end, confidence, message, fix, reasons);
    }
}
