package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Post;

class AdviceWordingRuleTest {

    /**
     * Scores the whole post with {@code post}; a shorter span scores the value of the first key it
     * contains, or 0.1.
     */
    private static class Scripted implements EntityDetector {
        final OptionalDouble post;
        final Map<String, Double> spans;
        final List<String> asked = new ArrayList<>();

        Scripted(OptionalDouble post, Map<String, Double> spans) {
            this.post = post;
            this.spans = spans;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<Entity> detect(Post p) {
            return List.of();
        }

        @Override
        public OptionalDouble personalAdvice(Post p, int start, int end, String language) {
            asked.add(language);
            if (start == 0 && end == p.normalized().length()) {
                return post;
            }
            String text = p.normalized().substring(start, end);
            for (Map.Entry<String, Double> e : spans.entrySet()) {
                if (text.contains(e.getKey())) {
                    return OptionalDouble.of(e.getValue());
                }
            }
            return OptionalDouble.of(0.1);
        }
    }

    // advice in words the advice rule has no pattern for: no drug, dose or directive it knows
    private static final String UNSEEN = "Congrats on the new job! Honestly I'd just ride it out, plenty of water"
            + " and rest for a couple of days. Hope the move goes well.";
    // advice the rule finds itself
    private static final String RULE_ADVICE = "Ana, stop your statin and take 81 mg aspirin instead";

    private static PostChecker checker(Scripted detector, Policy policy) {
        return PostChecker.builder().policy(policy).discoverServices(false).entityDetector(detector).build();
    }

    private static List<Finding> wording(CheckResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals(AdviceWordingRule.ID)).toList();
    }

    @Test
    void aPostThatReadsAsPersonalAdviceIsFlaggedOnItsMostAdviceLikeSentence() {
        Scripted d = new Scripted(OptionalDouble.of(0.91), Map.of("ride it out", 0.88));
        CheckResult r = checker(d, Policy.defaults()).check(UNSEEN);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(wording(r)).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.ADVICE);
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.matchedText(UNSEEN)).startsWith("Honestly I'd just ride it out").endsWith("couple of days.");
            assertThat(f.confidence()).isEqualTo(0.91);
            assertThat(f.reasons()).first().asString()
                    .isEqualTo("wording model: 0.91 that the post gives personal advice (threshold 0.80)");
            assertThat(f.suggestion()).contains("talk with your own clinician");
        });
        assertThat(d.asked).contains("en");
    }

    @Test
    void belowTheThresholdWithoutAScoreOrTurnedOffTheRuleIsSilent() {
        assertThat(checker(new Scripted(OptionalDouble.of(0.79), Map.of()), Policy.defaults()).check(UNSEEN).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(checker(new Scripted(OptionalDouble.empty(), Map.of()), Policy.defaults()).check(UNSEEN).verdict())
                .isEqualTo(Verdict.PASS);
        Policy lower = Policy.defaults().toBuilder().personalAdvice(new Policy.PersonalAdvice(0.7, 0.05)).build();
        assertThat(wording(checker(new Scripted(OptionalDouble.of(0.79), Map.of()), lower).check(UNSEEN))).hasSize(1);
        Policy off = Policy.defaults().toBuilder()
                .rule(AdviceWordingRule.ID, new Policy.RuleSetting(false, null, null, null)).build();
        assertThat(checker(new Scripted(OptionalDouble.of(0.99), Map.of()), off).check(UNSEEN).verdict())
                .isEqualTo(Verdict.PASS);
        // without any detector the rule has nothing to go on
        assertThat(PostChecker.builder().discoverServices(false).build().check(UNSEEN).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void aOneSentencePostIsFlaggedWholeWithoutScoringItTwice() {
        Scripted d = new Scripted(OptionalDouble.of(0.95), Map.of());
        String text = "honestly id just ride it out and rest up";
        CheckResult r = checker(d, Policy.defaults()).check(text);
        assertThat(wording(r)).singleElement().satisfies(f -> assertThat(f.matchedText(text)).isEqualTo(text));
        assertThat(d.asked).hasSize(1);
    }

    @Test
    void whenARuleFoundAdviceTheModelAddsNothing() {
        Scripted d = new Scripted(OptionalDouble.of(0.97), Map.of());
        CheckResult r = checker(d, Policy.defaults()).check(RULE_ADVICE);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(wording(r)).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.category() == Category.ADVICE)
                .extracting(Finding::ruleId).containsOnly(AdviceWordingRule.DOUBTED);
    }

    @Test
    void adviceBlocksOfAPostTheModelReadsAsNoAdviceBecomeWarnings() {
        CheckResult r = checker(new Scripted(OptionalDouble.of(0.01), Map.of()), Policy.defaults()).check(RULE_ADVICE);
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
        assertThat(r.flags(Category.ADVICE)).isTrue();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(AdviceWordingRule.DOUBTED)).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.reasons()).last().asString().isEqualTo(
                            "wording model: 0.01 that the post gives personal advice (below 0.05): a warning, not a block");
                });
        // at the threshold, with the doubt off, or without a score the block stands
        for (PostChecker c : List.of(checker(new Scripted(OptionalDouble.of(0.05), Map.of()), Policy.defaults()),
                checker(new Scripted(OptionalDouble.of(0.01), Map.of()), Policy.defaults().toBuilder()
                        .personalAdvice(new Policy.PersonalAdvice(0.8, 0)).build()),
                checker(new Scripted(OptionalDouble.empty(), Map.of()), Policy.defaults()))) {
            assertThat(c.check(RULE_ADVICE).verdict()).isEqualTo(Verdict.BLOCK);
        }
    }

    @Test
    void aDoubtedAdvicePostStillBlocksForItsIdentifiers() {
        String text = RULE_ADVICE + ", call me at 312-555-0148";
        CheckResult r = checker(new Scripted(OptionalDouble.of(0.01), Map.of()), Policy.defaults()).check(text);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).filteredOn(f -> f.category() == Category.PHI)
                .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        assertThat(r.findings()).filteredOn(f -> f.category() == Category.ADVICE).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void sentencesPastTheCapAreNotScoredOneByOne() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < AdviceWordingRule.MAX_SENTENCES + 40; i++) {
            sb.append("Sentence number ").append(i).append(" is here. ");
        }
        Scripted d = new Scripted(OptionalDouble.of(0.9), Map.of());
        CheckResult r = checker(d, Policy.defaults()).check(sb.toString());
        assertThat(wording(r)).hasSize(1);
        assertThat(d.asked).hasSize(1 + AdviceWordingRule.MAX_SENTENCES);
    }
}
