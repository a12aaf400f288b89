package org.primum.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.PostChecker;

/**
 * Runs the shipped checker (core rules only, no NLP module) over the labelled corpora, prints the
 * reports, and holds the held-out {@code test.jsonl} figures to floors set a little under what was
 * measured, so a change that makes the checker worse fails the build. The floors are not targets:
 * the README and the issue notes say where they stand against the issues' goals.
 */
class CorpusTest {

    /** Figure key to floor (or, for figures where lower is better, ceiling) on test.jsonl. */
    private static final Map<String, Double> TEST_FLOORS = Map.of(
            "phi.recall", 0.88,
            "span.recall.structured", 0.96,
            "advice.recall", 0.96,
            "advice.precision", 0.96,
            "clean.block", 0.03);

    private static EvalReport evaluate(String name) throws IOException {
        return evaluate(name, true);
    }

    /** With {@code listMisses} false the printed report leaves out which posts fail (held-out corpus). */
    private static EvalReport evaluate(String name, boolean listMisses) throws IOException {
        List<LabelledPost> posts;
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            assertThat(in).as("corpus resource " + name).isNotNull();
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            posts = Corpus.parse(r, name);
        }
        assertThat(posts).isNotEmpty();
        EvalReport report = Evaluation.run(PostChecker.builder().discoverServices(false).build(), posts);
        System.out.println("=== " + name + " (core rules, no NLP) ===");
        System.out.println(report.toText(listMisses));
        assertThat(report.posts()).isEqualTo(posts.size());
        assertThat(report.groups().stream().mapToInt(GroupRow::n).sum()).isEqualTo(posts.size());
        for (Figure f : report.allFigures()) {
            if (f.defined()) {
                assertThat(f.value()).as(f.key()).isBetween(0.0, 1.0);
            }
        }
        return report;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl", "dev7.jsonl",
        "dev8.jsonl", "dev9.jsonl", "dev10.jsonl", "dev11.jsonl", "dev12.jsonl", "dev13.jsonl"})
    void tuningCorporaReadAndScore(String name) throws IOException {
        evaluate(name);
    }

    /**
     * Checks written by authors who saw neither the rules nor the other corpora; none prints which
     * posts fail. dev14 to dev19 have their even ids open for tuning and their odd ids kept as a
     * check (dev16 to dev19 first chose the thresholds of policy-nlp's patient-story model, from
     * figures only); dev20 to dev23 are blind (not read since they were written); dev24 to dev27 have
     * their even ids open for tuning and their odd ids kept as a check; so have dev28 to dev31
     * (scored blind once, from figures only, before their even ids were opened); dev32 to dev35 were
     * blind in stop 15 and open for tuning in stop 16; dev36 to dev39 (written for stop 16, scored blind
     * once before any change) have their even ids open for tuning and their odd ids kept as a check.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev14.jsonl", "dev15.jsonl", "dev16.jsonl", "dev17.jsonl", "dev18.jsonl", "dev19.jsonl",
        "dev20.jsonl", "dev21.jsonl", "dev22.jsonl", "dev23.jsonl", "dev24.jsonl", "dev25.jsonl", "dev26.jsonl",
        "dev27.jsonl", "dev28.jsonl", "dev29.jsonl", "dev30.jsonl", "dev31.jsonl", "dev32.jsonl", "dev33.jsonl",
        "dev34.jsonl", "dev35.jsonl", "dev36.jsonl", "dev37.jsonl", "dev38.jsonl", "dev39.jsonl"})
    void blindCorporaReadAndScoreWithoutListingMisses(String name) throws IOException {
        evaluate(name, false);
    }

    @Test
    void heldOutTestCorpusStaysAboveItsFloors() throws IOException {
        EvalReport report = evaluate("test.jsonl", false);
        for (Figure f : report.allFigures()) {
            Double floor = TEST_FLOORS.get(f.key());
            if (floor == null) {
                continue;
            }
            if (f.higherIsBetter()) {
                assertThat(f.value()).as(f.key() + " on test.jsonl").isGreaterThanOrEqualTo(floor);
            } else {
                assertThat(f.value()).as(f.key() + " on test.jsonl").isLessThanOrEqualTo(floor);
            }
        }
        assertThat(report.allFigures().stream().map(Figure::key)).containsAll(TEST_FLOORS.keySet());
    }
}
