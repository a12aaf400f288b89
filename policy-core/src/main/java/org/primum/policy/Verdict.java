package org.primum.policy;

/** The overall outcome of checking one draft. */
public enum Verdict {
    /** Nothing at WARN or above: the draft may be published. */
    PASS,
    /** At least one WARN finding: a person should look before publishing. */
    WARN,
    /** At least one BLOCK finding: the draft must not be published as written. */
    BLOCK;

    /** The verdict a finding of the given severity implies on its own. */
    public static Verdict of(Severity severity) {
        return switch (severity) {
            case INFO -> PASS;
            case WARN -> WARN;
            case BLOCK -> BLOCK;
        };
    }

    /** The more severe of two verdicts. */
    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
