package org.primum.testing;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;

/**
 * Assertions that start from a draft and check it: {@code assertThatPost(draft).checkedBy(checker)}
 * gives {@link CheckResultAssert}s that know the text, so failure messages mark the findings in it.
 * The shortcuts {@link #isAllowed()}, {@link #needsReview()} and {@link #isBlocked()} check with the
 * default checker ({@link PostChecker#withDefaults()}, built once).
 */
public class PostAssert extends AbstractAssert<PostAssert, Draft> {

    private static final class Default {
        static final PostChecker CHECKER = PostChecker.withDefaults();
    }

    public PostAssert(Draft actual) {
        super(actual, PostAssert.class);
    }

    /** Checks the draft with {@code checker} and returns assertions on the result. */
    public CheckResultAssert checkedBy(PostChecker checker) {
        isNotNull();
        Objects.requireNonNull(checker, "checker");
        CheckResultAssert a = new CheckResultAssert(checker.check(actual), actual.text());
        String description = info.descriptionText();
        return description == null || description.isEmpty() ? a : a.as(description);
    }

    /** Checks with the default checker. */
    public CheckResultAssert checked() {
        return checkedBy(Default.CHECKER);
    }

    public CheckResultAssert isAllowed() {
        return checked().isAllowed();
    }

    public CheckResultAssert needsReview() {
        return checked().needsReview();
    }

    public CheckResultAssert isBlocked() {
        return checked().isBlocked();
    }
}
