package org.primum.policy.spi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.primum.policy.Draft;

/**
 * A draft analysed once and shared by every rule: normalised text, tokens and sentences.
 *
 * <p>All offsets a rule sees and reports are indices into {@link #normalized()}; the checker maps
 * them back to the original text. Implementations are immutable.
 */
public interface Post {

    /** The draft being checked. */
    Draft draft();

    /**
     * The text this post was analysed from, as written: the draft's body, or one of its alt texts
     * (a rule that applies to the body only compares this with {@code draft().text()}).
     */
    default String text() {
        return draft().text();
    }

    /**
     * The text after Unicode normalisation: NFKC, zero-width and bidi controls removed, look-alike
     * characters folded to ASCII where that changes no meaning.
     */
    String normalized();

    /** {@link #normalized()} in lower case (same length and offsets). */
    String lower();

    List<Token> tokens();

    List<Sentence> sentences();

    /** Entities from the {@link EntityDetector}s on the class path (empty without any). */
    List<Entity> entities();

    /**
     * Part-of-speech tags and lemmas of {@link #tokens()}, from the first {@link EntityDetector}
     * that gives them for the post's language; empty when none does (no detector on the class path,
     * or a language it cannot tag). A rule that uses them must still work without them.
     */
    default Optional<TokenTags> tags() {
        return Optional.empty();
    }

    /**
     * How likely the post, read as a whole, is to be about a specific patient, in [0, 1], from the
     * first {@link EntityDetector} that scores posts in its language (see
     * {@link EntityDetector#patientStory}); empty when none does.
     */
    default OptionalDouble patientStory() {
        return OptionalDouble.empty();
    }

    /**
     * How likely the post, read as a whole, is to tell a specific person what to do about their own
     * health, in [0, 1], from the first {@link EntityDetector} that scores advice in its language
     * (see {@link EntityDetector#personalAdvice}); empty when none does.
     */
    default OptionalDouble personalAdvice() {
        return OptionalDouble.empty();
    }

    /**
     * The same score for the text between {@code start} and {@code end} (offsets into
     * {@link #normalized()}, for instance a sentence); empty when no detector scores advice.
     *
     * @throws IndexOutOfBoundsException if the offsets are not a range of the normalised text
     */
    default OptionalDouble personalAdvice(int start, int end) {
        return OptionalDouble.empty();
    }

    /** Index of the first token whose span ends after {@code offset}, or {@code tokens().size()}. */
    int tokenAt(int offset);

    /** Maps a normalised-text index back to the original draft text. */
    int toOriginal(int normalizedIndex);
}
