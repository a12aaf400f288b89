package org.primum.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;

class EvaluationTest {

    /** Flags the word "take" (and the sentence after it) as advice. */
    private static final Rule TAKE_IS_ADVICE = new Rule() {
        @Override
        public String id() {
            return "test.advice";
        }

        @Override
        public Category category() {
            return Category.ADVICE;
        }

        @Override
        public String summary() {
            return "test";
        }

        @Override
        public void check(Post post, Consumer<Detection> out) {
            int i = post.lower().indexOf("take");
            if (i >= 0) {
                out.accept(Detection.of(FindingType.ADVICE, i, post.normalized().length(), 0.9, "advice"));
            }
        }
    };

    private static final String CORPUS = String.join("\n",
            // phi, phone found with its type
            "{\"id\":\"p1\",\"text\":\"pt cell [[PHONE:312-555-0148]] call back\",\"phi\":true,\"advice\":\"none\",\"group\":\"id\"}",
            // phi, name not found (no rule finds names here)
            "{\"id\":\"p2\",\"text\":\"saw [[NAME:Ana Ruiz]] today\",\"phi\":true,\"advice\":\"none\",\"group\":\"id\"}",
            // personal advice found
            "{\"id\":\"a1\",\"text\":\"you should take 10 mg tonight\",\"phi\":false,\"advice\":\"personal\",\"group\":\"adv\"}",
            // clean post with a false advice alarm
            "{\"id\":\"c1\",\"text\":\"studies take years\",\"phi\":false,\"advice\":\"none\",\"group\":\"clean\"}",
            // clean post that passes
            "{\"id\":\"c2\",\"text\":\"wash your hands\",\"phi\":false,\"advice\":\"none\",\"group\":\"clean\"}",
            // clean post blocked by a phone (a false PHI alarm)
            "{\"id\":\"c3\",\"text\":\"my cell is 312-555-0148, my pt waits\",\"phi\":false,\"advice\":\"none\",\"group\":\"clean\"}");

    private final EvalReport report = Evaluation.run(
            PostChecker.builder().discoverServices(false).rule(TAKE_IS_ADVICE).build(),
            Corpus.parse(new StringReader(CORPUS), "mini.jsonl"));

    @Test
    void postLevelFigures() {
        assertThat(report.posts()).isEqualTo(6);
        assertThat(report.phiRecall().count()).isEqualTo(1);
        assertThat(report.phiRecall().total()).isEqualTo(2);
        assertThat(report.phiRecall().misses()).containsExactly("p2");
        assertThat(report.phiPrecision().count()).isEqualTo(1);
        assertThat(report.phiPrecision().total()).isEqualTo(2);
        assertThat(report.phiPrecision().misses()).containsExactly("c3");
    }

    @Test
    void spanFigures() {
        assertThat(report.spanRecallByType().keySet()).containsExactly(FindingType.NAME, FindingType.PHONE);
        assertThat(report.spanRecallByType().get(FindingType.PHONE).value()).isEqualTo(1.0);
        assertThat(report.spanRecallByType().get(FindingType.NAME).misses()).containsExactly("p2");
        assertThat(report.spanRecallAny().count()).isEqualTo(1);
        assertThat(report.spanRecallAny().total()).isEqualTo(2);
        assertThat(report.structuredSpanRecall().total()).as("NAME is not structured").isEqualTo(1);
        assertThat(report.structuredSpanRecall().value()).isEqualTo(1.0);
    }

    @Test
    void adviceAndCleanFigures() {
        assertThat(report.adviceRecall().value()).isEqualTo(1.0);
        assertThat(report.advicePrecision().count()).isEqualTo(1);
        assertThat(report.advicePrecision().total()).isEqualTo(2);
        assertThat(report.advicePrecision().misses()).containsExactly("c1");
        assertThat(report.cleanPass().total()).isEqualTo(3);
        assertThat(report.cleanPass().misses()).containsExactly("c1", "c3");
        assertThat(report.cleanBlock().count()).isEqualTo(2);
        assertThat(report.cleanBlock().misses()).containsExactly("c1", "c3");
        assertThat(report.cleanBlock().higherIsBetter()).isFalse();
    }

    @Test
    void groupsKeepFirstAppearanceOrder() {
        assertThat(report.groups()).containsExactly(new GroupRow("id", 2, 1, 0, 1), new GroupRow("adv", 1, 1, 0, 0),
                new GroupRow("clean", 3, 2, 0, 1));
    }

    @Test
    void structuredSpansExcludeFreeTextAndWordDates() {
        String text = "on March third or March 3rd or 3/4/61";
        assertThat(Evaluation.structured(new GoldSpan(FindingType.DATE, 3, 14), text)).isFalse();
        assertThat(Evaluation.structured(new GoldSpan(FindingType.DATE, 18, 27), text)).isTrue();
        assertThat(Evaluation.structured(new GoldSpan(FindingType.DATE, 31, 37), text)).isTrue();
        assertThat(Evaluation.structured(new GoldSpan(FindingType.HANDLE, 0, 2), text)).isFalse();
        assertThat(Evaluation.structured(new GoldSpan(FindingType.MRN, 0, 2), text)).isTrue();
    }

    @Test
    void rendersTextAndJson() {
        String text = report.toText();
        assertThat(text).contains("phi.recall", "50.0%", "1/2", "span.recall.PHONE", "posts/s")
                .contains("phi.recall (1): p2").contains("clean.block (2): c1 c3");
        String json = report.toJson();
        assertThat(json).contains("\"phi.recall\"", "\"value\" : 0.5", "\"misses\" : [ \"p2\" ]", "\"postsPerSecond\"");
        assertThat(List.of(json.indexOf("\"posts\""), json.indexOf("\"figures\""), json.indexOf("\"groups\"")))
                .isSorted();
    }

    @Test
    void aHeldOutRenderingKeepsTheFiguresAndLeavesOutWhichPostsFail() {
        String text = report.toText(false);
        assertThat(text).contains("phi.recall", "50.0%", "1/2", "Misses: not listed")
                .doesNotContain("phi.recall (1)").doesNotContain("c1 c3");
        String json = report.toJson(false);
        assertThat(json).contains("\"phi.recall\"", "\"value\" : 0.5").doesNotContain("misses").doesNotContain("\"p2\"");
    }
}
