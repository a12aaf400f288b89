package org.primum.nlp;

import java.util.List;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;

/** Test helpers: core's analysis of a text, and entity surfaces. */
final class Posts {

    private static final PostChecker ANALYZER =
            PostChecker.builder().discoverServices(false).useEntityDetectors(false).build();

    private Posts() {}

    static Post analyze(String text) {
        return ANALYZER.analyze(Draft.of(text));
    }

    static String surface(Post post, Entity e) {
        return post.normalized().substring(e.start(), e.end());
    }

    static List<String> surfaces(Post post, List<Entity> entities, Entity.Label label) {
        return entities.stream().filter(e -> e.label() == label).map(e -> surface(post, e)).toList();
    }
}
