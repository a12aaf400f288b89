package org.primum.policy.rules;

import java.util.List;
import org.primum.policy.internal.AnalyzedPost;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

/** A post as declarative rules read it: tokens with their lower-case text, made once per check. */
final class PostView {

    final Post post;
    final String text;
    final List<Token> tokens;
    private final String[] lower;

    private PostView(Post post) {
        this.post = post;
        this.text = post.normalized();
        this.tokens = post.tokens();
        this.lower = new String[tokens.size()];
        if (post instanceof AnalyzedPost a) {
            for (int i = 0; i < lower.length; i++) {
                lower[i] = a.lowerToken(i);
            }
        } else {
            String low = post.lower();
            for (int i = 0; i < lower.length; i++) {
                Token t = tokens.get(i);
                lower[i] = low.substring(t.start(), t.end());
            }
        }
    }

    static PostView of(Post post) {
        return new PostView(post);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** Token {@code i}'s text, lower-cased unless {@code caseSensitive}. */
    String word(int i, boolean caseSensitive) {
        return caseSensitive ? tokens.get(i).text() : lower[i];
    }

    /** The sentence holding character {@code offset}. */
    Sentence sentenceAt(int offset) {
        int t = Math.min(post.tokenAt(offset), tokens.size() - 1);
        return post.sentences().get(tokens.get(Math.max(0, t)).sentence());
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** Lower-cases character by character so that offsets never move (as the analysis does). */
    static String lowerSameLength(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Character.toLowerCase(cs[i]);
        }
        return new String(cs);
    }
}
