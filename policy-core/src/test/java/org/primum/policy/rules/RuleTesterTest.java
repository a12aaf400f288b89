package org.primum.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;

/** RuleTester gives Java rules the same example-driven tests as rule files. */
class RuleTesterTest {

    /** Flags the word "cell" after "my", with a confidence the caller chooses. */
    private record MyCellRule(double confidence) implements Rule {
        @Override
        public String id() {
            return "test.my_cell";
        }

        @Override
        public Category category() {
            return Category.CUSTOM;
        }

        @Override
        public String summary() {
            return "my cell";
        }

        @Override
        public void check(Post post, Consumer<Detection> out) {
            List<Token> t = post.tokens();
            for (int i = 1; i < t.size(); i++) {
                if (t.get(i).text().equalsIgnoreCase("cell") && t.get(i - 1).text().equalsIgnoreCase("my")) {
                    out.accept(Detection.of(FindingType.CUSTOM, t.get(i - 1).start(), t.get(i).end(), confidence, "m"));
                }
            }
        }
    }

    @Test
    void passingExamplesVerify() {
        RuleTester.of(new MyCellRule(0.9))
                .fires("call [[my cell]] and [[MY CELL]]")
                .fires("no marks: fires anywhere, my cell")
                .passes("the cell biology lab")
                .verify();
    }

    @Test
    void failuresListEveryBadExampleWithWhatWasFound() {
        RuleTester t = RuleTester.of(new MyCellRule(0.9))
                .fires("call [[my]] cell")
                .fires("nothing here")
                .passes("my cell again")
                .passes("fine");
        List<RuleTester.Result> results = t.run();
        assertThat(results).extracting(RuleTester.Result::passed).containsExactly(false, false, false, true);
        assertThat(results.get(0).found()).containsExactly(new RuleExample.Span(5, 12));
        assertThatThrownBy(t::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("test.my_cell: 3 of 4 examples failed")
                .hasMessageContaining("expected: \"[[my]]\" at [5,7)")
                .hasMessageContaining("found:    \"[[my cell]]\" at [5,12)")
                .hasMessageContaining("found:    nothing")
                .hasMessageContaining("expected: nothing");
    }

    @Test
    void detectionsBelowTheThresholdDoNotCount() {
        RuleTester.of(new MyCellRule(0.3)).passes("my cell").verify();
        RuleTester.of(new MyCellRule(0.3)).minConfidence(0.2).fires("[[my cell]]").verify();
    }

    @Test
    void aFixMustSilenceTheRule() {
        RuleTester.of(new MyCellRule(0.9)).fixedBy("the clinic line").fires("call [[my cell]]").verify();
        assertThatThrownBy(() -> RuleTester.of(new MyCellRule(0.9)).fixedBy("my cell phone").fires("call [[my cell]]")
                .verify()).hasMessageContaining("does not silence the rule")
                .hasMessageContaining("fixed:    \"call my cell phone\"");
    }

    @Test
    void draftContextReachesTheRule() {
        Rule platform = new Rule() {
            @Override
            public String id() {
                return "test.platform";
            }

            @Override
            public Category category() {
                return Category.CUSTOM;
            }

            @Override
            public String summary() {
                return "x only";
            }

            @Override
            public void check(Post post, Consumer<Detection> out) {
                if ("x".equals(post.draft().platform())) {
                    out.accept(Detection.of(FindingType.CUSTOM, 0, post.normalized().length(), 1, "on x"));
                }
            }
        };
        RuleTester.of(platform).passes("hello").draft(d -> d.platform("x")).fires("[[hello]]").verify();
    }

    @Test
    void anEmptyTesterOrAThrowingRuleFails() {
        assertThatThrownBy(() -> RuleTester.of(new MyCellRule(1)).verify()).hasMessageContaining("no examples");
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public Category category() {
                return Category.CUSTOM;
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public void check(Post post, Consumer<Detection> out) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> RuleTester.of(broken).passes("x").verify())
                .hasMessageContaining("the rule threw IllegalStateException: boom");
        assertThatThrownBy(() -> RuleExample.fires("[[x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleExample.passes("[[x]]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markupRoundTrips() {
        RuleExample e = RuleExample.fires("a [[b]] c [[d e]]");
        assertThat(e.text()).isEqualTo("a b c d e");
        assertThat(e.spans()).containsExactly(new RuleExample.Span(2, 3), new RuleExample.Span(6, 9));
        assertThat(e.marked()).isEqualTo("a [[b]] c [[d e]]");
        assertThat(RuleExample.unmark("x ]] y").text()).isEqualTo("x ]] y");
    }
}
