package org.primum.nlp;

import java.util.ArrayList;
import java.util.List;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

/**
 * What the name finder sees of a post: core's own social-aware tokens, one array per sentence,
 * with mentions, hashtags, URLs, e-mail addresses and emoji replaced by fixed placeholders so
 * that they keep their place in the context window but can never be part of a name.
 *
 * <p>Training and detection both go through this class, so the model is trained on exactly
 * the token strings it is later asked about.
 */
public final class NerInput {

    /** Placeholder strings for masked token kinds. */
    static final String MENTION = "@user";
    static final String HASHTAG = "#tag";
    static final String URL = "<url>";
    static final String EMAIL = "<email>";
    static final String EMOJI = "<emoji>";

    /** One sentence: the strings given to OpenNLP and, for each, the index of the post token. */
    public record Chunk(String[] words, int[] tokenIndex) {}

    private NerInput() {}

    /** The post's sentences as name-finder input (empty sentences are left out). */
    public static List<Chunk> of(Post post) {
        List<Token> tokens = post.tokens();
        List<Chunk> out = new ArrayList<>(post.sentences().size());
        for (Sentence s : post.sentences()) {
            int n = s.endToken() - s.firstToken();
            if (n <= 0) {
                continue;
            }
            String[] words = new String[n];
            int[] index = new int[n];
            for (int k = 0; k < n; k++) {
                int ti = s.firstToken() + k;
                words[k] = word(tokens.get(ti));
                index[k] = ti;
            }
            out.add(new Chunk(words, index));
        }
        return out;
    }

    /** The string fed to the model for one token. */
    static String word(Token t) {
        return switch (t.kind()) {
            case MENTION -> MENTION;
            case HASHTAG -> HASHTAG;
            case URL -> URL;
            case EMAIL -> EMAIL;
            case EMOJI -> EMOJI;
            default -> t.text();
        };
    }

    /** True for tokens that are masked and so can never be inside an entity. */
    public static boolean masked(Token t) {
        return switch (t.kind()) {
            case MENTION, HASHTAG, URL, EMAIL, EMOJI -> true;
            default -> false;
        };
    }
}
