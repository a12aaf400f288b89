package org.primum.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one draft.
 *
 * @param verdict PASS, WARN or BLOCK: the highest severity among the findings
 * @param findings what was found, ordered by position in the text
 * @param redactedText the text with every WARN or BLOCK finding replaced as the policy says
 * @param language the language the post was checked as (BCP 47), or {@code und} if unknown
 * @param notes remarks about the check itself (e.g. parts of the draft that were not checked)
 */
public record CheckResult(
        Verdict verdict, List<Finding> findings, String redactedText, String language, List<String> notes) {

    public CheckResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(redactedText, "redactedText");
        Objects.requireNonNull(language, "language");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public boolean isBlocked() {
        return verdict == Verdict.BLOCK;
    }

    public boolean isPassed() {
        return verdict == Verdict.PASS;
    }

    /** True when a finding of this rule id is present. */
    public boolean has(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /** True when a finding of this category is present at WARN or above. */
    public boolean flags(Category category) {
        return findings.stream().anyMatch(f -> f.category() == category && f.severity() != Severity.INFO);
    }
}
