package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.primum.nlp.train.TrainingDataGenerator;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.TokenTags;

class ConcurrencyTest {

    private record Result(List<Entity> entities, Optional<String> language, Optional<TokenTags> tags,
            java.util.OptionalDouble story, java.util.OptionalDouble advice) {}

    private static Result run(OpenNlpEntityDetector detector, Post p) {
        return new Result(detector.detect(p), detector.language(p), detector.tags(p, "en"),
                detector.patientStory(p, "en"), detector.personalAdvice(p, 0, p.normalized().length(), "en"));
    }

    @Test
    void manyThreadsGetTheSameResultsAsOne() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (TrainingDataGenerator.Example ex : new TrainingDataGenerator(99).generate(150)) {
            posts.add(Posts.analyze(ex.text()));
        }
        OpenNlpEntityDetector detector = new OpenNlpEntityDetector();
        List<Result> expected = new ArrayList<>();
        for (Post p : posts) {
            expected.add(run(detector, p));
        }
        assertThat(expected.stream().mapToInt(r -> r.entities().size()).sum()).isGreaterThan(100);
        assertThat(expected).allMatch(r -> r.tags().isPresent() && r.story().isPresent() && r.advice().isPresent());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Result>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 19;
                futures.add(pool.submit(() -> {
                    List<Result> out = new ArrayList<>(posts.size());
                    for (int i = 0; i < posts.size(); i++) {
                        out.add(null);
                    }
                    // each thread walks the posts from a different starting point, twice
                    for (int round = 0; round < 2; round++) {
                        for (int k = 0; k < posts.size(); k++) {
                            int i = (k + offset) % posts.size();
                            Post p = posts.get(i);
                            out.set(i, run(detector, p));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Result>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
