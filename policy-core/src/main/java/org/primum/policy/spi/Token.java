package org.primum.policy.spi;

/**
 * One token of a post's normalised text.
 *
 * @param kind what sort of token it is
 * @param start first index in the normalised text (inclusive)
 * @param end end index in the normalised text (exclusive)
 * @param text the token's normalised text
 * @param sentence index of the sentence the token belongs to
 */
public record Token(Kind kind, int start, int end, String text, int sentence) {

    /** Social-aware token kinds. */
    public enum Kind {
        /** Letters, possibly with inner apostrophes, hyphens or digits ({@code y/o} is split). */
        WORD,
        /** Digits, possibly joined by single separators: {@code 3/4/61}, {@code 312-555-0148}, {@code 1,204}. */
        NUMBER,
        /** Letters and digits mixed where digits come first or dominate: {@code 1EG4}, {@code A123456}. */
        ALNUM,
        /** {@code @handle}. */
        MENTION,
        /** {@code #tag}. */
        HASHTAG,
        /** {@code https://...}, {@code www....} or a bare domain with a path. */
        URL,
        /** {@code name@domain.tld}. */
        EMAIL,
        /** An emoji or pictographic symbol sequence. */
        EMOJI,
        /** Any other single non-space character. */
        PUNCT
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** True if the token has at least one digit. */
    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public int length() {
        return end - start;
    }
}
