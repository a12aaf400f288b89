package org.primum.policy.spi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds named entities, language signals and part-of-speech tags the pattern rules cannot.
 * Implementations are found with {@link java.util.ServiceLoader} (the {@code policy-nlp} module
 * provides one) and must be thread-safe; a checker calls {@link #detect} once per post, before any
 * rule runs, then {@link #language}, then (at most once each, when a rule first asks) {@link #tags} and
 * {@link #patientStory}, and {@link #personalAdvice} for the whole post and, when it scores high, its
 * sentences.
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

    /**
     * Part-of-speech tags and lemmas for every token of {@code post.tokens()}, if this detector
     * can give them for {@code language}; the default gives none, and core's rules then judge by
     * their lexicons alone. The checker asks the detectors in order and keeps the first answer.
     * The returned tags must have exactly {@code post.tokens().size()} entries.
     *
     * <p>A detector may load its tagging models lazily, but must wait for them rather than answer
     * differently while they load: a post must get the same verdict at start-up as later.
     *
     * @param post the analysed post, with its entities
     * @param language the language the checker settled on for the post: the draft's declared
     *     language, a detector's answer or core's own guess, as a BCP 47 tag; {@code und} when unknown
     */
    default Optional<TokenTags> tags(Post post, String language) {
        return Optional.empty();
    }

    /**
     * How likely {@code post}, read as a whole, is to disclose something about a specific patient,
     * in [0, 1], if this detector has a model of post wording for {@code language}; the default
     * gives none. Core's {@code phi.story} rule blocks the person and place names
     * ({@link Entity.Label#PERSON}, {@link Entity.Label#LOCATION}) of a post that scores at or above
     * its threshold, even when no pattern found a patient cue. The checker asks the detectors in
     * order and keeps the first answer.
     *
     * @param post the analysed post, with its entities
     * @param language the language the checker settled on, as for {@link #tags}
     */
    default OptionalDouble patientStory(Post post, String language) {
        return OptionalDouble.empty();
    }

    /**
     * How likely the text of {@code post} between {@code start} and {@code end} (offsets into
     * {@code post.normalized()}; the whole post or one sentence) is to tell a specific person what to
     * do about their own health (a dose, starting or stopping a drug, a diagnosis of their symptoms),
     * in [0, 1], if this detector has a model of advice wording for {@code language}; the default
     * gives none. Core's {@code advice.wording} rule flags a post that scores at or above its
     * threshold when no rule found advice, and its ADVICE blocks become warnings when the post scores
     * below the doubt threshold. The checker asks the detectors in order and keeps the first answer.
     *
     * @param post the analysed post, with its entities
     * @param start where the text to score starts in {@code post.normalized()}
     * @param end where it ends (exclusive)
     * @param language the language the checker settled on, as for {@link #tags}
     */
    default OptionalDouble personalAdvice(Post post, int start, int end, String language) {
        return OptionalDouble.empty();
    }
}
