package org.primum.policy.spi;

import java.util.List;
import java.util.Objects;

/**
 * Part-of-speech tags and lemmas for a post's tokens, one of each per token of
 * {@link Post#tokens()}, in the same order: {@code pos().get(i)} and {@code lemmas().get(i)}
 * describe {@code tokens().get(i)}. An {@link EntityDetector} supplies them through
 * {@link EntityDetector#tags}; rules read them with {@link Post#tags()}.
 *
 * <p>Lemmas are lower case ({@code stopped}, {@code Stopping} and {@code stops} are all
 * {@code stop}); a token the detector did not lemmatise has its own lower-cased text as lemma
 * ({@code policy-nlp} lemmatises verbs and auxiliaries only), and a token it did not tag (a mention,
 * hashtag, URL or emoji) is {@link PartOfSpeech#X} or {@link PartOfSpeech#SYM}. Tags come from a statistical model and are sometimes wrong: treat them as
 * evidence, not as facts. Immutable.
 *
 * @param pos the part of speech of each token
 * @param lemmas the lower-case dictionary form of each token
 */
public record TokenTags(List<PartOfSpeech> pos, List<String> lemmas) {

    public TokenTags {
        pos = List.copyOf(pos);
        lemmas = List.copyOf(lemmas);
        if (pos.size() != lemmas.size()) {
            throw new IllegalArgumentException(pos.size() + " tags but " + lemmas.size() + " lemmas");
        }
    }

    /** Tags and lemmas for {@code pos.length} tokens (the arrays are copied). */
    public static TokenTags of(PartOfSpeech[] pos, String[] lemmas) {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemmas, "lemmas");
        return new TokenTags(List.of(pos), List.of(lemmas));
    }

    /** Number of tokens tagged. */
    public int size() {
        return pos.size();
    }

    /** The part of speech of token {@code token}. */
    public PartOfSpeech pos(int token) {
        return pos.get(token);
    }

    /** The lemma of token {@code token}: lower case. */
    public String lemma(int token) {
        return lemmas.get(token);
    }

    /** True when token {@code token} has part of speech {@code tag}. */
    public boolean is(int token, PartOfSpeech tag) {
        return pos.get(token) == tag;
    }
}
