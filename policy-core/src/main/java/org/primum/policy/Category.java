package org.primum.policy;

/** The family of harm a finding belongs to. */
public enum Category {
    /** Protected health information, or content that lets someone recognise a patient. */
    PHI,
    /** Direct, personalised medical advice. */
    ADVICE,
    /** Organisation-specific rules (deny lists, user-written rules, language coverage). */
    CUSTOM
}
