package org.primum.testing;

import static org.primum.testing.PrimumAssertions.assertThat;
import static org.primum.testing.PrimumAssertions.assertThatPost;
import static org.primum.testing.PrimumAssertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;

class PrimumAssertionsTest {

    private static final PostChecker CHECKER = PostChecker.builder().useEntityDetectors(false).build();
    private static final String PHONE_POST = "Pt Ana called from 312-555-0148 after her visit today";
    private static final String CLEAN_POST = "Flu shots are available at the pharmacy from Monday.";

    /** A result made by hand, so these tests do not depend on how the rules evolve. */
    private static CheckResult blocked() {
        Finding phone = new Finding("phi.phone", Category.PHI, FindingType.PHONE, Severity.BLOCK, 19, 31,
                "Contains a phone number.", 0.95, "Remove the number.", List.of("patient context: pt"));
        return new CheckResult(Verdict.BLOCK, List.of(phone), "Pt Ana called from [PHONE] after her visit today",
                "en", List.of());
    }

    @Test
    void passingAssertionsChain() {
        assertThat(blocked()).isBlocked().isNotAllowed().hasFinding("phi.phone").hasNoFinding("phi.fax")
                .hasFindingOfType(FindingType.PHONE).flags(Category.PHI).doesNotFlag(Category.ADVICE)
                .hasFindingCount(1).hasRedactedText("Pt Ana called from [PHONE] after her visit today")
                .forText(PHONE_POST).hasFinding("phi.phone", "312-555-0148").flagsText("312-555-0148")
                .doesNotFlagText("visit");
    }

    @Test
    void failureShowsThePostWithFindingsMarked() {
        assertThatThrownBy(() -> assertThat(blocked()).forText(PHONE_POST).isAllowed())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected verdict PASS (allowed), but it was BLOCK")
                .hasMessageContaining("| Pt Ana called from «312-555-0148»[phi.phone] after her visit today")
                .hasMessageContaining("BLOCK phi.phone PHONE [19,31) \"312-555-0148\" confidence 0.95: Contains a phone number.");
    }

    @Test
    void withoutTheTextTheRedactedPostIsShown() {
        assertThatThrownBy(() -> assertThat(blocked()).hasNoFindings())
                .hasMessageContaining("Expected no findings")
                .hasMessageContaining("redacted post")
                .hasMessageContaining("| Pt Ana called from [PHONE] after her visit today")
                .hasMessageNotContaining("312-555-0148");
        assertThatThrownBy(() -> assertThat(blocked()).flagsText("312-555-0148"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the checked text");
    }

    @Test
    void missingFindingAndWrongTextFail() {
        assertThatThrownBy(() -> assertThat(blocked()).hasFinding("phi.ssn"))
                .hasMessageContaining("Expected a finding of rule 'phi.ssn', but there was none");
        assertThatThrownBy(() -> assertThat(blocked()).forText(PHONE_POST).hasFinding("phi.phone", "555-0148"))
                .hasMessageContaining("on \"555-0148\"");
        assertThatThrownBy(() -> assertThat(blocked()).forText(PHONE_POST).doesNotFlagText("0148"))
                .hasMessageContaining("phi.phone covers [19,31)");
        assertThatThrownBy(() -> assertThat(blocked()).needsReview())
                .hasMessageContaining("Expected verdict WARN (needs review), but it was BLOCK");
    }

    @Test
    void descriptionsPrefixTheMessage() {
        assertThatThrownBy(() -> assertThat(blocked()).as("draft %s", "d1").isAllowed())
                .hasMessageStartingWith("[draft d1] Expected verdict PASS");
    }

    @Test
    void postAssertChecksWithTheGivenChecker() {
        assertThatPost(PHONE_POST).checkedBy(CHECKER).isBlocked().hasFinding("phi.phone", "312-555-0148");
        assertThatPost(Draft.builder(CLEAN_POST).platform("x").build()).checkedBy(CHECKER).isAllowed()
                .hasNoFinding("phi.phone");
        assertThatThrownBy(() -> assertThatPost(PHONE_POST).as("callback").checkedBy(CHECKER).isAllowed())
                .hasMessageStartingWith("[callback] Expected verdict PASS")
                .hasMessageContaining("«312-555-0148»[phi.phone]");
    }

    @Test
    void postAssertShortcutsUseTheDefaultChecker() {
        assertThatPost(PHONE_POST).isBlocked();
        assertThatPost(CLEAN_POST).isAllowed();
    }

    @Test
    void markingSkipsNestedFindings() {
        Finding outer = new Finding("phi.quasi_id", Category.PHI, FindingType.QUASI_ID, Severity.WARN, 0, 10,
                "m", 0.9, null, List.of());
        Finding inner = new Finding("phi.age", Category.PHI, FindingType.AGE, Severity.BLOCK, 4, 6, "m", 0.9, null,
                List.of());
        org.assertj.core.api.Assertions.assertThat(Marked.marked("abc 61 def ghi", List.of(inner, outer)))
                .isEqualTo("«abc 61 def»[phi.quasi_id] ghi");
    }
}
