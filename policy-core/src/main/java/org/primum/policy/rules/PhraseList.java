package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primum.policy.Draft;
import org.primum.policy.internal.AnalyzedPost;
import org.primum.policy.spi.Token;

/**
 * Words and phrases matched on token boundaries, plus token kinds that match on their own
 * ({@code url}, {@code hashtag}, ...). Phrases are split by the same tokenizer as posts, so
 * {@code #ad} is one hashtag token and {@code disclosure:} is a word and a colon.
 * A look-up at a token costs one hash probe. Immutable.
 */
final class PhraseList {

    /** Which generated word forms a phrase also matches. */
    enum Variants {
        /** Only the phrase as written. */
        NONE,
        /** Simple plural and singular of the last word: cure/cures, remedy/remedies, box/boxes. */
        PLURAL,
        /** Plural plus simple verb forms of the last word: cure/cures/cured/curing. */
        FORMS
    }

    /** A phrase found at tokens {@code [firstToken, endToken)}, characters {@code [start, end)}. */
    record Match(int firstToken, int endToken, int start, int end) {}

    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final Set<Token.Kind> kinds;
    private final boolean caseSensitive;
    private final List<String> written;

    private PhraseList(Collection<String> phrases, Set<Token.Kind> kinds, boolean caseSensitive, Variants variants) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Token.Kind.class) : EnumSet.copyOf(kinds);
        this.caseSensitive = caseSensitive;
        this.written = List.copyOf(new LinkedHashSet<>(phrases));
        Set<String> seen = new java.util.HashSet<>();
        for (String phrase : written) {
            for (String[] words : forms(split(phrase, caseSensitive), variants)) {
                if (seen.add(String.join("\u0000", words))) {
                    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                }
            }
        }
    }

    static PhraseList of(Collection<String> phrases, Set<Token.Kind> kinds, boolean caseSensitive, Variants variants) {
        return new PhraseList(phrases, kinds, caseSensitive, variants);
    }

    static PhraseList of(String... phrases) {
        return new PhraseList(List.of(phrases), Set.of(), false, Variants.NONE);
    }

    /** The phrases as written (not their generated forms). */
    List<String> phrases() {
        return written;
    }

    Set<Token.Kind> kinds() {
        return kinds;
    }

    boolean isEmpty() {
        return written.isEmpty() && kinds.isEmpty();
    }

    /** Words of a phrase as the tokenizer splits them (after the same normalisation as posts). */
    static String[] split(String phrase, boolean caseSensitive) {
        AnalyzedPost a = AnalyzedPost.analyze(Draft.of(phrase), phrase);
        String[] out = new String[a.tokens().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = caseSensitive ? a.tokens().get(i).text() : a.lowerToken(i);
        }
        return out;
    }

    /** Length in tokens of the longest phrase at token {@code i}, or 0. */
    int matchAt(PostView v, int i) {
        int best = kinds.contains(v.token(i).kind()) ? 1 : 0;
        List<String[]> candidates = byFirst.get(v.word(i, caseSensitive));
        if (candidates == null) {
            return best;
        }
        int n = v.size();
        for (String[] p : candidates) {
            if (p.length <= best || i + p.length > n) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < p.length && ok; k++) {
                ok = v.word(i + k, caseSensitive).equals(p[k]);
            }
            if (ok) {
                best = p.length;
            }
        }
        return best;
    }

    /** Every match in tokens {@code [from, to)}, left to right, longest first, not overlapping. */
    List<Match> findAll(PostView v, int from, int to) {
        List<Match> out = new ArrayList<>();
        int end = Math.min(to, v.size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = matchAt(v, i);
            if (len > 0) {
                out.add(new Match(i, i + len, v.token(i).start(), v.token(i + len - 1).end()));
                i += len - 1;
            }
        }
        return out;
    }

    /** The first match in tokens {@code [from, to)}, or {@code null}. */
    Match first(PostView v, int from, int to) {
        int end = Math.min(to, v.size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = matchAt(v, i);
            if (len > 0) {
                return new Match(i, i + len, v.token(i).start(), v.token(i + len - 1).end());
            }
        }
        return null;
    }

    /** The phrase and its generated forms; only the last word varies. */
    static List<String[]> forms(String[] words, Variants variants) {
        List<String[]> out = new ArrayList<>();
        if (words.length == 0) {
            return out;
        }
        out.add(words);
        String last = words[words.length - 1];
        if (variants == Variants.NONE || !isLetters(last) || last.length() < 3) {
            return out;
        }
        Set<String> alt = new LinkedHashSet<>();
        alt.add(plural(last));
        String singular = singular(last);
        if (singular != null) {
            alt.add(singular);
        }
        if (variants == Variants.FORMS) {
            String base = singular != null && !last.endsWith("ss") ? singular : last;
            alt.add(past(base));
            alt.add(gerund(base));
        }
        alt.remove(last);
        for (String a : alt) {
            String[] w = words.clone();
            w[w.length - 1] = a;
            out.add(w);
        }
        return out;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean vowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    static String plural(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
            return w + suffix(w, "es");
        }
        if (l.endsWith("y") && !vowel(l.charAt(l.length() - 2))) {
            return w.substring(0, w.length() - 1) + suffix(w, "ies");
        }
        return w + suffix(w, "s");
    }

    /** The singular of a plural-looking word, or {@code null}. */
    static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.length() > 4 && l.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + suffix(w, "y");
        }
        if (l.length() > 4 && (l.endsWith("sses") || l.endsWith("xes") || l.endsWith("zes") || l.endsWith("ches")
                || l.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    static String past(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("e")) {
            return w + suffix(w, "d");
        }
        if (l.endsWith("y") && !vowel(l.charAt(l.length() - 2))) {
            return w.substring(0, w.length() - 1) + suffix(w, "ied");
        }
        return w + suffix(w, "ed");
    }

    static String gerund(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + suffix(w, "ying");
        }
        if (l.endsWith("e") && !l.endsWith("ee")) {
            return w.substring(0, w.length() - 1) + suffix(w, "ing");
        }
        return w + suffix(w, "ing");
    }

    /** A suffix in upper case when the word is written in capitals (case-sensitive terms: CURE, CURES). */
    private static String suffix(String w, String s) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? s.toUpperCase(Locale.ROOT) : s;
    }
}
