package org.primum.policy.spi;

/**
 * A named entity found by an {@link EntityDetector}, with normalised-text offsets.
 *
 * @param label what it is
 * @param start first index in the normalised text
 * @param end end index in the normalised text (exclusive)
 * @param confidence the detector's confidence in [0, 1]
 * @param source the detector's name, for explanations
 */
public record Entity(Label label, int start, int end, double confidence, String source) {

    public enum Label {
        PERSON,
        LOCATION,
        ORGANIZATION
    }
}
