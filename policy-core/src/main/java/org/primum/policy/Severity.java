package org.primum.policy;

import java.util.Locale;

/** How much a finding matters. Set per rule or per type by the policy, never by the rule alone. */
public enum Severity {
    INFO,
    WARN,
    BLOCK;

    /** Parses {@code info}, {@code warn}, {@code block} in any case. */
    public static Severity parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
