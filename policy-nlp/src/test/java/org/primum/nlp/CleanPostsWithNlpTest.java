package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.PostChecker;

/**
 * Clean posts the tagger and the name model once made block, next to PHI or advice twins that must
 * still block, checked through the whole pipeline with policy-nlp.
 */
class CleanPostsWithNlpTest {

    private static final PostChecker CHECKER = PostChecker.withDefaults();

    private static CheckResult check(String text) {
        return CHECKER.check(text);
    }

    @Test
    void anAdherenceReminderToEveryoneIsNoPersonalAdvice() {
        assertThat(check("Keep using your inhalers as directed, even on the days you feel great.").flags(Category.ADVICE))
                .isFalse();
        // to one named patient it is still their care plan, and a second clause is advice of its own
        assertThat(check("Mr. Adeyemi, we looked at your spirometry from last week. Keep using the tiotropium as "
                + "prescribed.").flags(Category.ADVICE)).isTrue();
        assertThat(check("@kofi_runs take your lisinopril as prescribed but stop the naproxen today")
                .flags(Category.ADVICE)).isTrue();
    }

    @Test
    void mannequinsAndVolunteersAreNoPatients() {
        assertThat(check("Sim lab this morning: our manikin 'Harold' arrested twice and the new grads got ROSC both "
                + "times. Harold is fine.").isBlocked()).isFalse();
        assertThat(check("Our beloved volunteer Edith Rasmussen, 94, retires this Friday after 30 years at the gift "
                + "shop. Come say goodbye!").isBlocked()).isFalse();
        assertThat(check("Our pt Harold Vance arrested twice overnight in the ICU and we got ROSC both times.")
                .isBlocked()).isTrue();
        assertThat(check("Edith Rasmussen, 94, came to our ED this Friday with a broken hip.").isBlocked()).isTrue();
    }
}
