package org.primum.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Token;

/**
 * Cheap rules applied to the name finder's output. The model is a high-recall candidate finder;
 * these rules drop the candidates that are almost never names in posts and trim the edges of the
 * rest. Immutable and thread-safe.
 *
 * <ul>
 *   <li>an organisation that starts with or follows {@code pt}, {@code Mr}, {@code Mrs}, {@code Dr}...
 *       is a person ({@code Pt John Smith});</li>
 *   <li>edges: masked tokens (mentions, hashtags, URLs, e-mails, emoji) and punctuation are trimmed,
 *       and for persons capitalised stop words ({@code Pt}, {@code Thanks}, {@code Dr}); a trailing
 *       {@code 's} is cut;</li>
 *   <li>no letters, or a short all-capitals acronym ({@code PICU}, {@code ED}): dropped;</li>
 *   <li>a single word that is a core stop word, drug, condition or test, or {@code I'm}: dropped;</li>
 *   <li>a single common English word opening its sentence ({@code Walk-ins}, {@code Great}): dropped;</li>
 *   <li>all lower case, and either made only of common words, or of low confidence, or in a sentence
 *       whose writer otherwise capitalises: dropped;</li>
 *   <li>a place that opens with a number but is no street address ({@code 2026 Heart Walk}): the
 *       number is trimmed.</li>
 * </ul>
 */
final class EntityFilter {

    /** An all-lower-case candidate below this confidence is dropped. */
    static final double LOWER_CASE_MIN_CONFIDENCE = 0.6;

    private static final Set<String> STREET_TYPES = Set.of("st", "street", "ave", "avenue", "rd", "road", "blvd",
            "boulevard", "dr", "drive", "ln", "lane", "way", "ct", "court", "pl", "place", "pkwy", "parkway", "hwy",
            "highway", "ter", "terrace", "cir", "circle", "trl", "trail", "pike", "sq", "square", "loop", "row");

    /** Words that introduce a person: an "organisation" right after or starting with one is a person. */
    private static final Set<String> PERSON_CUES = Set.of("pt", "patient", "mr", "mrs", "ms", "miss", "mx", "dr");

    private static final Set<String> PRONOUN_I = Set.of(
            "i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d");

    private final Set<String> stopwords;
    private final Set<String> notNames;
    private final Set<String> common;

    /**
     * @param common lower-case common English words (the model's own common-word list)
     */
    EntityFilter(Set<String> common) {
        this.stopwords = CoreLexicon.entries("stopwords_capitalized.txt", null);
        Set<String> nn = new HashSet<>(stopwords);
        for (String file : List.of("drugs.txt", "symptoms_conditions.txt", "tests_procedures.txt")) {
            for (String e : CoreLexicon.entries(file, null)) {
                if (e.indexOf(' ') < 0) {
                    nn.add(e);
                }
            }
        }
        this.notNames = Set.copyOf(nn);
        this.common = Set.copyOf(common);
    }

    /**
     * Applies the rules to the candidate covering tokens {@code [first, end)} of the post and
     * returns the entity to report, or {@code null} to drop it.
     */
    Entity apply(Post post, Entity.Label label, int first, int end, double confidence, String source) {
        List<Token> tokens = post.tokens();
        if (label == Entity.Label.ORGANIZATION && (personCue(tokens.get(first))
                || (first > 0 && personCue(tokens.get(first - 1))) || (first > 1 && tokens.get(first - 1).text()
                        .equals(".") && personCue(tokens.get(first - 2))))) {
            label = Entity.Label.PERSON; // "Pt John Smith", "Mrs. Baker": titles introduce persons
        }
        // trim edges
        while (first < end && trimmable(tokens.get(first), label)) {
            first++;
        }
        while (end > first && trimmable(tokens.get(end - 1), label) && !isInitialDot(tokens, first, end)) {
            end--;
        }
        if (first >= end) {
            return null;
        }
        for (int k = first; k < end; k++) {
            if (NerInput.masked(tokens.get(k))) {
                end = k; // a name never runs through a mention, hashtag, URL or emoji
                break;
            }
        }
        if (first >= end) {
            return null;
        }
        if (label == Entity.Label.LOCATION && tokens.get(first).kind() == Token.Kind.NUMBER
                && !STREET_TYPES.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            // 2026 Heart Walk, 2nd: a number opens only a street address
            first++;
            while (first < end && tokens.get(first).kind() != Token.Kind.WORD) {
                first++;
            }
            if (first >= end || !Character.isUpperCase(tokens.get(first).text().charAt(0))) {
                return null;
            }
        }
        boolean letters = false;
        boolean upper = false;
        for (int k = first; k < end; k++) {
            String t = tokens.get(k).text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                letters |= Character.isLetter(c);
                upper |= Character.isUpperCase(c);
            }
        }
        if (!letters) {
            return null;
        }
        Token single = end - first == 1 ? tokens.get(first) : null;
        if (single != null) {
            String lower = single.text().toLowerCase(Locale.ROOT);
            if (isAcronym(single.text()) || notNames.contains(lower) || notNames.contains(stripPossessive(lower))
                    || PRONOUN_I.contains(lower)) {
                return null;
            }
            if (label == Entity.Label.PERSON && sentenceInitial(post, first) && common.contains(lower)) {
                return null;
            }
        }
        if (!upper && (confidence < LOWER_CASE_MIN_CONFIDENCE || allCommon(tokens, first, end)
                || writerCapitalises(post, first))) {
            return null;
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        String last = tokens.get(end - 1).text();
        if (last.length() > 2 && (last.endsWith("'s") || last.endsWith("’s") || last.endsWith("'S"))) {
            stop -= 2;
        }
        return new Entity(label, start, stop, confidence, source);
    }

    private static boolean personCue(Token t) {
        return t.kind() == Token.Kind.WORD && PERSON_CUES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private boolean allCommon(List<Token> tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.WORD && !common.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    private boolean trimmable(Token t, Entity.Label label) {
        if (NerInput.masked(t)) {
            return true;
        }
        if (t.kind() == Token.Kind.PUNCT || t.text().equalsIgnoreCase("'s")) {
            return true; // core splits "Holloway's" into "Holloway" and "'s": the 's is never part of a name
        }
        // place and organisation names end in stop words (Lincoln High School, Mercy Clinic): persons only
        return label == Entity.Label.PERSON && t.kind() == Token.Kind.WORD
                && stopwords.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** {@code Tom K.}: keep the dot of a trailing initial. */
    private static boolean isInitialDot(List<Token> tokens, int first, int end) {
        if (end - first < 3 || !tokens.get(end - 1).text().equals(".")) {
            return false;
        }
        Token prev = tokens.get(end - 2);
        return prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
                && prev.end() == tokens.get(end - 1).start();
    }

    private static boolean isAcronym(String s) {
        if (s.length() > 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
    }

    /** True if token {@code i} is the first word of its sentence (after mentions, emoji, punctuation). */
    private static boolean sentenceInitial(Post post, int i) {
        List<Token> tokens = post.tokens();
        int sentenceStart = post.sentences().get(tokens.get(i).sentence()).firstToken();
        for (int k = sentenceStart; k < i; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.ALNUM) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the sentence of token {@code i} has a capitalised word that is not sentence-initial:
     * its writer uses capitals, so an all-lower-case candidate is unlikely to be a name.
     */
    private static boolean writerCapitalises(Post post, int i) {
        List<Token> tokens = post.tokens();
        var s = post.sentences().get(tokens.get(i).sentence());
        boolean seenWord = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            if (seenWord && t.isCapitalized() && !t.text().equals("I") && !t.text().startsWith("I'")) {
                return true;
            }
            seenWord = true;
        }
        return false;
    }
}
