package org.primum.testing;

import org.assertj.core.api.Assertions;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;

/**
 * Entry point for Primum's AssertJ assertions. It extends {@link Assertions}, so one static import
 * gives both AssertJ's and Primum's {@code assertThat}:
 *
 * <pre>{@code
 * import static org.primum.testing.PrimumAssertions.*;
 *
 * assertThat(checker.check(draft)).isBlocked().hasFinding("phi.phone");
 * assertThatPost("Pt Ana called from 312-555-0148").checkedBy(checker).hasFinding("phi.phone", "312-555-0148");
 * }</pre>
 */
public class PrimumAssertions extends Assertions {

    protected PrimumAssertions() {}

    /** Assertions on a result; failure messages show the redacted text (use {@code forText} to show the post). */
    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual, null);
    }

    /** Assertions on a draft, to be checked with {@link PostAssert#checkedBy}. */
    public static PostAssert assertThatPost(Draft draft) {
        return new PostAssert(draft);
    }

    /** Assertions on a plain-text draft. */
    public static PostAssert assertThatPost(String text) {
        return new PostAssert(Draft.of(text));
    }
}
