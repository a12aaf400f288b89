package org.primum.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.PostChecker;

/**
 * Runs the shipped checker over the labelled corpora and prints the report. The floors the
 * figures must reach are set by the project lead; for now this only checks that the corpus reads
 * and that every figure is a ratio.
 */
class CorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "test.jsonl"})
    void corpusParsesAndEveryFigureIsARatio(String name) throws IOException {
        List<LabelledPost> posts;
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            assertThat(in).as("corpus resource " + name).isNotNull();
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            posts = Corpus.parse(r, name);
        }
        assertThat(posts).isNotEmpty();

        EvalReport report = Evaluation.run(PostChecker.withDefaults(), posts);
        System.out.println("=== " + name + " ===");
        System.out.println(report.toText());

        assertThat(report.posts()).isEqualTo(posts.size());
        for (Figure f : report.allFigures()) {
            if (f.defined()) {
                assertThat(f.value()).as(f.key()).isBetween(0.0, 1.0);
            }
        }
        assertThat(report.groups().stream().mapToInt(GroupRow::n).sum()).isEqualTo(posts.size());
    }
}
