package org.primum.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Token;

/**
 * The post's language from OpenNLP's 183-language detector, returned only when the detector is
 * clearly sure. Short posts and posts where the best language is not well ahead of the runner-up
 * return empty, so that core falls back to its own function-word guess: a wrong answer here would
 * put a "language not covered" warning on an English post.
 *
 * <p>Posts that are plainly English (several English-only function words) are answered {@code en}
 * without the detector: most posts are English, and this keeps the 10 MB language model off the
 * critical path of checker start-up and of throughput. The rule depends only on the text, never on
 * whether the model has loaded yet, so answers are the same at start-up and later.
 */
final class LanguageSignal {

    /** Fewer words than this: no answer (a handful of words is not enough for character n-grams). */
    static final int MIN_WORDS = 4;
    /** The best language's score must be at least this many times the runner-up's. */
    static final double MIN_RATIO = 1.35;

    /**
     * English function words that are not also common words of other Latin-script languages
     * (no {@code a}, {@code in}, {@code on}, {@code was}, {@code will}, {@code for}, {@code do}, ...).
     */
    static final Set<String> ENGLISH = Set.of("the", "and", "with", "you", "your", "my", "this", "that", "we",
            "our", "have", "they", "she", "his", "her", "are", "were", "from", "what", "about", "can", "just",
            "not", "it's", "don't", "i'm", "been", "would", "should", "there", "their", "when", "who", "how", "it",
            "is", "to", "be", "but", "if", "had", "him", "them", "which", "could", "did", "does", "today");
    /** A post with at least this many English function words, making this share of its words, is English. */
    static final int ENGLISH_MIN_HITS = 3;
    static final double ENGLISH_MIN_SHARE = 0.2;

    private static final Map<String, String> ISO3_TO_BCP47 = iso3Map();

    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Models.languages()));

    private LanguageSignal() {}

    static Optional<String> detect(Post post) {
        StringBuilder sb = new StringBuilder(post.normalized().length());
        int words = 0;
        int english = 0;
        for (Token t : post.tokens()) {
            if (t.kind() == Token.Kind.WORD) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.text());
                if (t.length() > 1) {
                    words++;
                }
                if (ENGLISH.contains(post.lower().substring(t.start(), t.end()))) {
                    english++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        if (english >= ENGLISH_MIN_HITS && english >= ENGLISH_MIN_SHARE * words) {
            // plainly English: the answer the detector gives these posts, without waiting for or running it
            return Optional.of("en");
        }
        Language[] ranked = DETECTOR.get().predictLanguages(sb.toString());
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (second > 0 && ranked[0].getConfidence() < MIN_RATIO * second) {
            return Optional.empty();
        }
        return Optional.ofNullable(toBcp47(ranked[0].getLang()));
    }

    /** ISO 639-3 (as the model reports) to a BCP 47 primary tag, two letters where one exists. */
    static String toBcp47(String iso3) {
        return ISO3_TO_BCP47.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3Map() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // no three-letter code: skip
            }
        }
        // individual languages the model reports where BCP 47 prefers the macrolanguage
        m.put("cmn", "zh");
        m.put("pes", "fa");
        m.put("zlm", "ms");
        m.put("arb", "ar");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("swh", "sw");
        m.put("uzn", "uz");
        m.put("azj", "az");
        m.put("npi", "ne");
        m.put("khk", "mn");
        m.put("ory", "or");
        m.put("gug", "gn");
        m.put("quz", "qu");
        return Map.copyOf(m);
    }
}
