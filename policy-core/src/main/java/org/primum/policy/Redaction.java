package org.primum.policy;

/** How redacted text replaces a finding. */
public enum Redaction {
    /** {@code [PHONE]}, {@code [NAME]}: says what was removed. */
    TAG,
    /** {@code ████}: keeps the length, says nothing. */
    MASK
}
