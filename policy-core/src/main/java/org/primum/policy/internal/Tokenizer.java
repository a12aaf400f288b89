package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * One left-to-right pass over normalised text that yields social-aware tokens (mentions,
 * hashtags, URLs, emails, emoji, numbers with separators, mixed identifiers) and sentences.
 */
final class Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "st", "pt", "no", "vs", "e.g", "i.e", "approx", "jr", "sr", "prof",
            "dept", "ave", "rd", "blvd", "apt", "ste", "inc", "co", "etc", "fig", "ref", "mt", "ft");

    private Tokenizer() {}

    record Output(List<Token> tokens, List<Sentence> sentences) {}

    static Output tokenize(String s) {
        List<Token> raw = new ArrayList<>(Math.max(8, s.length() / 4));
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int chunkEnd = i;
            while (chunkEnd < n && !Character.isWhitespace(s.charAt(chunkEnd))) {
                chunkEnd++;
            }
            scanChunk(s, i, chunkEnd, raw);
            i = chunkEnd;
        }
        return sentences(s, raw);
    }

    private static void scanChunk(String s, int start, int end, List<Token> out) {
        int open = start;
        while (open < end - 1 && "(<\"[".indexOf(s.charAt(open)) >= 0) {
            open++;
        }
        if (open > start && urlEnd(s, open, end) > 0) {
            // "(caringbridge.org/visit/...)": brackets stand alone, the URL inside is one token
            scanPieces(s, start, open, out);
            start = open;
        }
        int urlEnd = urlEnd(s, start, end);
        if (urlEnd > 0) {
            out.add(new Token(Kind.URL, start, urlEnd, s.substring(start, urlEnd), 0));
            scanPieces(s, urlEnd, end, out);
            return;
        }
        int at = indexOf(s, '@', start, end);
        if (at > start && at < end - 3) {
            int[] email = emailSpan(s, start, end, at);
            if (email != null) {
                scanPieces(s, start, email[0], out);
                out.add(new Token(Kind.EMAIL, email[0], email[1], s.substring(email[0], email[1]), 0));
                scanPieces(s, email[1], end, out);
                return;
            }
        }
        scanPieces(s, start, end, out);
    }

    /** End of a URL starting at {@code start}, or -1. Trailing punctuation is not part of it. */
    private static int urlEnd(String s, int start, int end) {
        int p = start;
        while (p < end && (s.charAt(p) == '(' || s.charAt(p) == '<' || s.charAt(p) == '"')) {
            p++;
        }
        if (p != start) {
            return -1; // leading bracket: scanChunk emits it and looks for the URL after it
        }
        boolean scheme = s.regionMatches(true, start, "http://", 0, 7) || s.regionMatches(true, start, "https://", 0, 8)
                || s.regionMatches(true, start, "www.", 0, 4);
        if (!scheme && !bareDomainWithPath(s, start, end)) {
            return -1;
        }
        int e = end;
        while (e > start && ".,;:!?\"')]>".indexOf(s.charAt(e - 1)) >= 0) {
            if (s.charAt(e - 1) == ')' && lastIndexOf(s, '(', start, e - 1) >= 0) {
                break;
            }
            e--;
        }
        return e > start + 4 ? e : -1;
    }

    /** First index of {@code c} in [from, to), or -1: never scans past the chunk. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code c} in [from, to], or -1. */
    private static int lastIndexOf(String s, char c, int from, int to) {
        for (int i = to; i >= from; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@code example.org/path} or {@code bit.ly/x}: letters, a dot, a 2+ letter TLD, then a slash. */
    private static boolean bareDomainWithPath(String s, int start, int end) {
        int slash = indexOf(s, '/', start, end);
        if (slash < 0) {
            return false;
        }
        int dot = lastIndexOf(s, '.', start, slash);
        if (dot <= start) {
            return false;
        }
        int tld = 0;
        for (int k = dot + 1; k < slash; k++) {
            char c = s.charAt(k);
            if (!Character.isLetter(c)) {
                return false;
            }
            tld++;
        }
        if (tld < 2) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return Character.isLetter(s.charAt(start));
    }

    private static int[] emailSpan(String s, int start, int end, int at) {
        int a = at;
        while (a > start && isEmailLocal(s.charAt(a - 1))) {
            a--;
        }
        int b = at + 1;
        int lastDot = -1;
        while (b < end && (Character.isLetterOrDigit(s.charAt(b)) || s.charAt(b) == '.' || s.charAt(b) == '-')) {
            if (s.charAt(b) == '.') {
                lastDot = b;
            }
            b++;
        }
        while (b > at && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
            b--;
        }
        if (lastDot >= b - 1) {
            lastDot = lastIndexOf(s, '.', at, b - 1);
        }
        if (a == at || lastDot <= at + 1 || b - lastDot < 3) {
            return null;
        }
        return new int[] {a, b};
    }

    /** "u/name" or "/u/name" at {@code i}, with at least three name characters. */
    private static boolean redditUser(String s, int i, int end, boolean prevAlnum) {
        char c = s.charAt(i);
        int u = c == '/' ? i + 1 : i;
        if (prevAlnum || (c != '/' && c != 'u' && c != 'U') || u + 5 > end || (i > 0 && s.charAt(i - 1) == '/')) {
            return false;
        }
        if ((s.charAt(u) != 'u' && s.charAt(u) != 'U') || s.charAt(u + 1) != '/') {
            return false;
        }
        for (int k = u + 2; k < u + 5; k++) {
            if (!isHandleChar(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmailLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static void scanPieces(String s, int start, int end, List<Token> out) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            boolean prevAlnum = i > start && Character.isLetterOrDigit(s.charAt(i - 1));
            if (c == '@' && !prevAlnum && i + 1 < end && isHandleChar(s.charAt(i + 1))) {
                int e = i + 1;
                while (e < end && (isHandleChar(s.charAt(e)) || (s.charAt(e) == '.' && e + 1 < end
                        && isHandleChar(s.charAt(e + 1))))) {
                    e++;
                }
                out.add(new Token(Kind.MENTION, i, e, s.substring(i, e), 0));
                i = e;
            } else if (redditUser(s, i, end, prevAlnum)) {
                // "u/throwaway_kidneyguy", "/u/jo": a Reddit user name is a handle like "@jo"
                int e = i + (c == '/' ? 3 : 2);
                while (e < end && isHandleChar(s.charAt(e))) {
                    e++;
                }
                out.add(new Token(Kind.MENTION, i, e, s.substring(i, e), 0));
                i = e;
            } else if (c == '#' && !prevAlnum && i + 1 < end && Character.isLetter(s.charAt(i + 1))) {
                // a hashtag starts with a letter; "#24-118837" and "room #12" are number signs
                int e = i + 1;
                while (e < end && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) {
                    e++;
                }
                out.add(new Token(Kind.HASHTAG, i, e, s.substring(i, e), 0));
                i = e;
            } else if (Character.isDigit(c)) {
                i = scanNumberOrIdent(s, i, end, out);
            } else if (Character.isLetter(c)) {
                i = scanWordOrIdent(s, i, end, out);
            } else {
                int cp = s.codePointAt(i);
                int e = i + Character.charCount(cp);
                if (isEmoji(cp)) {
                    while (e < end && isEmoji(s.codePointAt(e))) {
                        e += Character.charCount(s.codePointAt(e));
                    }
                    out.add(new Token(Kind.EMOJI, i, e, s.substring(i, e), 0));
                } else {
                    out.add(new Token(Kind.PUNCT, i, e, s.substring(i, e), 0));
                }
                i = e;
            }
        }
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x1F1E6 && cp <= 0x1F1FF) || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2764
                || (cp >= 0x2190 && cp <= 0x21FF && Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    /** Digits with single inner separators; letters glued to digits make an identifier. */
    private static int scanNumberOrIdent(String s, int start, int end, List<Token> out) {
        int e = start;
        while (e < end && Character.isDigit(s.charAt(e))) {
            e++;
        }
        while (e + 1 < end && "-./,:".indexOf(s.charAt(e)) >= 0 && Character.isDigit(s.charAt(e + 1))) {
            e++;
            while (e < end && Character.isDigit(s.charAt(e))) {
                e++;
            }
        }
        if (e < end && Character.isLetter(s.charAt(e))) {
            int w = e;
            while (w < end && Character.isLetter(s.charAt(w))) {
                w++;
            }
            boolean moreIdent = w < end && (Character.isDigit(s.charAt(w))
                    || (s.charAt(w) == '-' && w + 1 < end && Character.isLetterOrDigit(s.charAt(w + 1))
                            && identSegmentHasDigit(s, w + 1, end)));
            boolean plainNumber = s.substring(start, e).chars().allMatch(Character::isDigit);
            if (moreIdent || (plainNumber && w - e == 1 && Character.isUpperCase(s.charAt(e)) && e - start >= 3)) {
                return emitIdent(s, start, end, out);
            }
            // number followed by a unit or suffix: 81mg, 94yo, 3rd
            out.add(new Token(Kind.NUMBER, start, e, s.substring(start, e), 0));
            out.add(new Token(Kind.WORD, e, w, s.substring(e, w), 0));
            return w;
        }
        out.add(new Token(Kind.NUMBER, start, e, s.substring(start, e), 0));
        return e;
    }

    private static boolean identSegmentHasDigit(String s, int from, int end) {
        for (int k = from; k < end && Character.isLetterOrDigit(s.charAt(k)); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static int emitIdent(String s, int start, int end, List<Token> out) {
        int e = start;
        while (true) {
            while (e < end && Character.isLetterOrDigit(s.charAt(e))) {
                e++;
            }
            if (e + 1 < end && s.charAt(e) == '-' && Character.isLetterOrDigit(s.charAt(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        out.add(new Token(Kind.ALNUM, start, e, s.substring(start, e), 0));
        return e;
    }

    private static int scanWordOrIdent(String s, int start, int end, List<Token> out) {
        int e = start;
        boolean digit = false;
        while (e < end && Character.isLetterOrDigit(s.charAt(e))) {
            digit |= Character.isDigit(s.charAt(e));
            e++;
        }
        if (digit) {
            return emitIdent(s, start, end, out);
        }
        // y/o, s/p, f/u, c/o, w/: short letter-slash-letter clinical shorthand
        if (e - start <= 2 && e < end && s.charAt(e) == '/') {
            int w = e + 1;
            while (w < end && Character.isLetter(s.charAt(w))) {
                w++;
            }
            if (w - e - 1 <= 2 && (w == end || !Character.isLetterOrDigit(s.charAt(w)))) {
                out.add(new Token(Kind.WORD, start, w, s.substring(start, w), 0));
                return w;
            }
        }
        // inner apostrophes and hyphens: o'brien, don't, follow-up, x-ray; a final 's stands alone
        while (e + 1 < end && (s.charAt(e) == '\'' || s.charAt(e) == '-') && Character.isLetter(s.charAt(e + 1))) {
            if (s.charAt(e) == '\'' && isPossessive(s, e, end)) {
                break;
            }
            e++;
            while (e < end && Character.isLetter(s.charAt(e))) {
                e++;
            }
        }
        out.add(new Token(Kind.WORD, start, e, s.substring(start, e), 0));
        if (e + 1 < end && s.charAt(e) == '\'' && isPossessive(s, e, end)) {
            out.add(new Token(Kind.WORD, e, e + 2, s.substring(e, e + 2), 0));
            return e + 2;
        }
        return e;
    }

    private static boolean hasNewline(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** {@code 's} at {@code i} ending the word: "mayor's", "that's" (split so lexicons see "mayor"). */
    private static boolean isPossessive(String s, int i, int end) {
        return i + 1 < end && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 == end || !Character.isLetter(s.charAt(i + 2)));
    }

    /** The most tokens one sentence holds; longer runs are split (ordinary sentences have well under 100). */
    static final int MAX_SENTENCE_TOKENS = 200;

    /** Splits tokens into sentences and stamps each token with its sentence index. */
    private static Output sentences(String s, List<Token> raw) {
        List<Token> tokens = new ArrayList<>(raw.size());
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStartToken = 0;
        int sentenceStart = raw.isEmpty() ? 0 : raw.get(0).start();
        for (int k = 0; k < raw.size(); k++) {
            Token t = raw.get(k);
            int idx = sentences.size();
            tokens.add(new Token(t.kind(), t.start(), t.end(), t.text(), idx));
            boolean boundary = false;
            if (k + 1 < raw.size()) {
                Token next = raw.get(k + 1);
                if (hasNewline(s, t.end(), next.start())) {
                    boundary = true;
                } else if (t.kind() == Kind.PUNCT && ".!?".contains(t.text()) && next.start() > t.end()) {
                    boolean abbrev = t.text().equals(".") && k > 0 && raw.get(k - 1).end() == t.start()
                            && ABBREVIATIONS.contains(raw.get(k - 1).text().toLowerCase(java.util.Locale.ROOT));
                    // social posts often start sentences in lower case: a full stop after a word of two
                    // or more letters ends a sentence unless that word is a known abbreviation
                    boolean initial = t.text().equals(".") && k > 0 && raw.get(k - 1).end() == t.start()
                            && raw.get(k - 1).length() == 1;
                    boundary = !abbrev && !initial;
                }
            }
            // a run without sentence punctuation (a pasted log, a wall of text) is cut into pieces, so that rules
            // scanning a sentence per candidate stay linear in the post's length
            if (boundary || k + 1 == raw.size() || k + 1 - sentenceStartToken >= MAX_SENTENCE_TOKENS) {
                sentences.add(new Sentence(idx, sentenceStart, t.end(), sentenceStartToken, k + 1));
                sentenceStartToken = k + 1;
                if (k + 1 < raw.size()) {
                    sentenceStart = raw.get(k + 1).start();
                }
            }
        }
        return new Output(List.copyOf(tokens), List.copyOf(sentences));
    }
}
