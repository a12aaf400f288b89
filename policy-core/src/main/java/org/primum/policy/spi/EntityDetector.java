package org.primum.policy.spi;

import java.util.List;
import java.util.Optional;

/**
 * Finds named entities and language signals the pattern rules cannot. Implementations are found
 * with {@link java.util.ServiceLoader} (the {@code policy-nlp} module provides one) and must be
 * thread-safe; a checker calls {@link #detect} once per post, before any rule runs.
 */
public interface EntityDetector {

    /** Short name used in explanations, e.g. {@code opennlp}. */
    String name();

    /**
     * Entities in {@code post}, with offsets into {@code post.normalized()}. The post's own
     * {@link Post#entities()} is empty while this runs.
     */
    List<Entity> detect(Post post);

    /** The post's language as a BCP 47 tag, if this detector can tell. */
    default Optional<String> language(Post post) {
        return Optional.empty();
    }
}
