package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primum.policy.spi.Token;

/**
 * A set of lower-case words and phrases matched against a post's tokens. Built once at checker
 * build time; a look-up at a token index costs one hash probe per phrase length.
 */
public final class PhraseSet {

    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private int size;

    private PhraseSet() {}

    public static PhraseSet of(Collection<String> phrases) {
        PhraseSet s = new PhraseSet();
        for (String p : phrases) {
            s.add(p, p);
        }
        return s;
    }

    public static PhraseSet of(String... phrases) {
        return of(List.of(phrases));
    }

    /** The phrases of both sets (canonical forms of {@code a} win). */
    static PhraseSet union(PhraseSet a, PhraseSet b) {
        PhraseSet s = new PhraseSet();
        for (PhraseSet from : List.of(b, a)) {
            for (List<String[]> phrases : from.byFirst.values()) {
                for (String[] p : phrases) {
                    String key = String.join(" ", p);
                    s.byFirst.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
                    s.canonical.put(key, from.canonical.getOrDefault(key, key));
                    s.size++;
                }
            }
        }
        return s;
    }

    /**
     * Loads a lexicon resource: {@code #} comments, one entry per line, {@code canonical|variant|...}.
     * With {@code section} non-null only lines under {@code # --- section ---} are read.
     */
    public static PhraseSet lexicon(String name, String section) {
        PhraseSet s = new PhraseSet();
        for (Map.Entry<String, String> e : readLexicon(name, section, false).entrySet()) {
            s.add(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Loads every section of a lexicon resource except {@code section}. */
    public static PhraseSet lexiconExcept(String name, String section) {
        PhraseSet s = new PhraseSet();
        for (Map.Entry<String, String> e : readLexicon(name, section, true).entrySet()) {
            s.add(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Entries of a lexicon file (one section, or all when {@code section} is null), variant to canonical. */
    static Map<String, String> readLexicon(String name, String section) {
        return readLexicon(name, section, false);
    }

    /** Entries of a lexicon file, every variant mapped to its canonical form, in file order. */
    static Map<String, String> readLexicon(String name, String section, boolean except) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LexiconFile.Entry e : LexiconFile.shipped(name)) {
            if (section != null && section.equals(e.section()) == except) {
                continue;
            }
            for (String v : e.variants()) {
                out.putIfAbsent(v.toLowerCase(Locale.ROOT), e.canonical());
            }
        }
        return out;
    }

    private void add(String phrase, String canon) {
        String[] words = split(phrase.toLowerCase(Locale.ROOT));
        if (words.length == 0) {
            return;
        }
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        canonical.put(String.join(" ", words), canon.toLowerCase(Locale.ROOT));
        size++;
    }

    /** Splits a phrase the way the tokenizer would split words (punctuation stands alone). */
    static String[] split(String phrase) {
        if (plainWords(phrase)) {
            return phrase.strip().split(" +"); // most lexicon lines: the tokenizer would split them the same way
        }
        return tokenSplit(phrase);
    }

    /** The phrase's tokens, as the tokenizer reads them. */
    static String[] tokenSplit(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase).tokens()) {
            out.add(t.text());
        }
        return out.toArray(new String[0]);
    }

    /** Only ASCII letters and spaces, with a letter somewhere: words the tokenizer splits at spaces alone. */
    private static boolean plainWords(String phrase) {
        boolean letter = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return letter;
    }

    public int size() {
        return size;
    }

    public boolean contains(String word) {
        List<String[]> l = byFirst.get(word);
        if (l == null) {
            return false;
        }
        for (String[] p : l) {
            if (p.length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length in tokens of the longest phrase starting at token {@code i}, or 0 if none does.
     * Tokens are compared in lower case.
     */
    public int matchAt(AnalyzedPost post, int i) {
        return matchAt(post, i, post.lowerToken(i));
    }

    /**
     * Like {@link #matchAt(AnalyzedPost, int)}, with token {@code i} read as {@code first} (its
     * lemma, say: "stopping the" matches "stop the"); the following tokens are read as written.
     */
    int matchAt(AnalyzedPost post, int i, String first) {
        List<String[]> candidates = byFirst.get(first);
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (String[] p : candidates) {
            if (p.length <= best || i + p.length > post.tokens().size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < p.length; k++) {
                if (!post.lowerToken(i + k).equals(p[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                best = p.length;
            }
        }
        return best;
    }

    /** The canonical entry for the phrase of {@code length} tokens at {@code i}. */
    public String canonicalAt(AnalyzedPost post, int i, int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < length; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(post.lowerToken(i + k));
        }
        String key = sb.toString();
        return canonical.getOrDefault(key, key);
    }

    /** Index of the first token in [from, to) where a phrase starts, or -1. */
    public int find(AnalyzedPost post, int from, int to) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (matchAt(post, i) > 0) {
                return i;
            }
        }
        return -1;
    }
}
