package org.primum.testing;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Verdict;

/**
 * Assertions on a {@link CheckResult}:
 *
 * <pre>{@code
 * assertThat(checker.check(draft)).isBlocked().hasFinding("phi.phone");
 * assertThatPost("Flu shots at the pharmacy from Monday").checkedBy(checker).isAllowed();
 * }</pre>
 *
 * <p>A failure message shows the verdict, the post with each finding marked
 * ({@code «312-555-0148»[phi.phone]}) and every finding with its rule, span, confidence and
 * message. When only the result is known (no text), the redacted text stands in for the post.
 */
public class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

    private final String text;

    /** Assertions on {@code actual}; {@code text} is the checked text, or {@code null} if unknown. */
    public CheckResultAssert(CheckResult actual, String text) {
        super(actual, CheckResultAssert.class);
        this.text = text;
    }

    /** The same assertions, now knowing the text that was checked (for matched text and marked posts). */
    public CheckResultAssert forText(String checkedText) {
        return new CheckResultAssert(actual, Objects.requireNonNull(checkedText, "checkedText"));
    }

    /** The post may be published as written: verdict PASS. */
    public CheckResultAssert isAllowed() {
        return hasVerdict(Verdict.PASS);
    }

    /** A person should look before publishing: verdict WARN. */
    public CheckResultAssert needsReview() {
        return hasVerdict(Verdict.WARN);
    }

    /** The post must not be published as written: verdict BLOCK. */
    public CheckResultAssert isBlocked() {
        return hasVerdict(Verdict.BLOCK);
    }

    /** The post is held back: verdict WARN or BLOCK. */
    public CheckResultAssert isNotAllowed() {
        isNotNull();
        if (actual.verdict() == Verdict.PASS) {
            fail("Expected the post not to be allowed (WARN or BLOCK), but it was allowed (PASS)");
        }
        return this;
    }

    public CheckResultAssert hasVerdict(Verdict expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        if (actual.verdict() != expected) {
            fail("Expected verdict " + expected + " (" + meaning(expected) + "), but it was " + actual.verdict());
        }
        return this;
    }

    /** A finding of this rule id is present (at any severity). */
    public CheckResultAssert hasFinding(String ruleId) {
        isNotNull();
        if (!actual.has(ruleId)) {
            fail("Expected a finding of rule '" + ruleId + "', but there was none");
        }
        return this;
    }

    /** A finding of this rule id covers exactly {@code matchedText}. Needs the text (see {@link #forText}). */
    public CheckResultAssert hasFinding(String ruleId, String matchedText) {
        isNotNull();
        requireText("hasFinding(ruleId, matchedText)");
        for (Finding f : actual.findings()) {
            if (f.ruleId().equals(ruleId) && f.end() <= text.length() && f.matchedText(text).equals(matchedText)) {
                return this;
            }
        }
        fail("Expected a finding of rule '" + ruleId + "' on \"" + matchedText + "\", but there was none");
        return this;
    }

    /** No finding of this rule id. */
    public CheckResultAssert hasNoFinding(String ruleId) {
        isNotNull();
        if (actual.has(ruleId)) {
            fail("Expected no finding of rule '" + ruleId + "', but there was one");
        }
        return this;
    }

    /** No findings at all, not even INFO. */
    public CheckResultAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            fail("Expected no findings");
        }
        return this;
    }

    public CheckResultAssert hasFindingCount(int expected) {
        isNotNull();
        if (actual.findings().size() != expected) {
            fail("Expected " + expected + " finding" + (expected == 1 ? "" : "s") + ", but there were "
                    + actual.findings().size());
        }
        return this;
    }

    /** A finding of this type is present ({@code PHONE}, {@code NAME}, {@code ADVICE}, ...). */
    public CheckResultAssert hasFindingOfType(FindingType type) {
        isNotNull();
        if (actual.findings().stream().noneMatch(f -> f.type() == type)) {
            fail("Expected a finding of type " + type + ", but there was none");
        }
        return this;
    }

    /** A finding of this category at WARN or above is present. */
    public CheckResultAssert flags(Category category) {
        isNotNull();
        if (!actual.flags(category)) {
            fail("Expected a " + category + " finding at WARN or above, but there was none");
        }
        return this;
    }

    /** No finding of this category at WARN or above. */
    public CheckResultAssert doesNotFlag(Category category) {
        isNotNull();
        if (actual.flags(category)) {
            fail("Expected no " + category + " finding at WARN or above, but there was one");
        }
        return this;
    }

    /** A finding covers exactly {@code matchedText}, whatever its rule. Needs the text (see {@link #forText}). */
    public CheckResultAssert flagsText(String matchedText) {
        isNotNull();
        requireText("flagsText");
        for (Finding f : actual.findings()) {
            if (f.end() <= text.length() && f.matchedText(text).equals(matchedText)) {
                return this;
            }
        }
        fail("Expected a finding on \"" + matchedText + "\", but there was none");
        return this;
    }

    /** No finding overlaps {@code fragment} (every occurrence of it in the text). Needs the text. */
    public CheckResultAssert doesNotFlagText(String fragment) {
        isNotNull();
        requireText("doesNotFlagText");
        int from = text.indexOf(fragment);
        if (from < 0) {
            throw new IllegalArgumentException("\"" + fragment + "\" does not occur in the checked text");
        }
        for (int at = from; at >= 0; at = text.indexOf(fragment, at + 1)) {
            int end = at + fragment.length();
            for (Finding f : actual.findings()) {
                if (f.start() < end && f.end() > at) {
                    fail("Expected no finding on \"" + fragment + "\", but " + f.ruleId() + " covers ["
                            + f.start() + "," + f.end() + ")");
                }
            }
        }
        return this;
    }

    public CheckResultAssert hasRedactedText(String expected) {
        isNotNull();
        if (!actual.redactedText().equals(expected)) {
            fail("Expected redacted text\n  \"" + expected + "\"\nbut was\n  \"" + actual.redactedText() + "\"");
        }
        return this;
    }

    private void requireText(String method) {
        if (text == null) {
            throw new IllegalStateException(method + " needs the checked text: use assertThatPost(text).checkedBy(checker) "
                    + "or assertThat(result).forText(text)");
        }
    }

    private void fail(String message) {
        failWithMessage("%s", message + "\n" + Marked.describe(actual, text));
    }

    private static String meaning(Verdict v) {
        return switch (v) {
            case PASS -> "allowed";
            case WARN -> "needs review";
            case BLOCK -> "blocked";
        };
    }
}
