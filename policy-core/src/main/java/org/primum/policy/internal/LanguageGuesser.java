package org.primum.policy.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.primum.policy.spi.Token;

/**
 * A cheap language guess from function words, used when no NLP detector is on the class path and
 * the draft declares no language. It only needs to tell English from the languages clinicians
 * commonly post in, so that a non-English post is never passed silently.
 */
final class LanguageGuesser {

    /**
     * Function words per language, in a fixed order (English first, then the order ties between
     * two other languages are settled in). Each language also lists the words that tell it from its
     * neighbours ("je", "você", "ich", "questo"); words that are also common English are left out.
     */
    private static final Map<String, Set<String>> FUNCTION_WORDS = ordered(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "for", "with", "on", "was", "my", "your", "you",
                    "this", "that", "at", "it", "we", "our", "are", "be", "from", "have", "has", "today", "his", "her",
                    "a", "an", "i", "he", "she", "they", "not", "so", "all", "just", "get", "if")),
            Map.entry("es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "para", "con", "una", "un",
                    "es", "se", "su", "sus", "hoy", "muy", "pero", "como", "paciente", "gracias", "nuestro",
                    "nuestra", "al", "lo", "le", "ayer", "años", "esta", "este", "está", "tu", "mi", "más", "usted",
                    "eso", "esa", "ese", "cuando", "porque", "hasta", "desde", "hay", "tiene", "tienes", "también", "doña")),
            Map.entry("pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "em", "para", "com", "uma", "um", "não", "hoje",
                    "obrigado", "obrigada", "nosso", "nossa", "você", "ao", "pelo", "pela", "de", "que", "é", "na",
                    "nas", "seu", "sua", "mas", "isso", "essa", "esse", "está", "tem", "ele", "ela", "muito", "até",
                    "quando", "depois", "também", "à", "por", "no", "mais", "ou", "se", "e", "seus", "suas", "anos", "senhora")),
            Map.entry("fr", Set.of("le", "la", "les", "des", "du", "et", "est", "pour", "dans", "une", "un", "avec", "sur", "au",
                    "aux", "nous", "vous", "ce", "cette", "qui", "pas", "aujourd'hui", "patient", "merci", "de", "en",
                    "que", "je", "tu", "il", "elle", "ne", "mais", "ou", "à", "très", "chez", "sont", "avez", "votre",
                    "vos", "ton", "tes", "mes", "ses", "c'est", "j'ai", "depuis", "ans", "mme", "mlle")),
            Map.entry("it", Set.of("il", "lo", "gli", "della", "di", "che", "è", "per", "con", "una", "un", "oggi", "nostro",
                    "nostra", "grazie", "del", "non", "sono", "la", "le", "ha", "hai", "ho", "questo", "questa",
                    "quello", "anche", "più", "molto", "suo", "tuo", "tua", "dal", "dalla", "nel", "nella", "alla",
                    "al", "da", "dei", "delle", "ci", "ti", "mi", "e", "questi", "queste", "quella", "quel", "sua", "anni",
                    "signora")),
            Map.entry("de", Set.of("der", "die", "das", "und", "ist", "mit", "für", "nicht", "ein", "eine", "heute", "wir",
                    "sie", "auf", "den", "dem", "zu", "im", "von", "patient", "danke", "ich", "du", "einen", "einem",
                    "einer", "nach", "bei", "auch", "noch", "aber", "oder", "wie", "wenn", "sich", "ihr", "ihre",
                    "ihren", "ihnen", "sind", "hat", "haben", "wird", "kann", "bitte", "des", "vom", "zum", "zur",
                    "nur", "schon", "sehr", "beim", "am", "vor", "über", "unser", "unsere", "unseren", "unserer", "jahre",
                    "frau", "herr")));

    /**
     * Letters that only one of the languages uses (ñ, ã and õ, ä ö ü ß, è ê œ, ò ù ì): a word with one
     * counts as a function word of that language, so "Glückwunsch ... Beförderung" reads as German.
     */
    private static final Map<String, String> LETTERS = Map.of("es", "ñ", "pt", "ãõ", "de", "äöüß", "fr", "èêœîûë",
            "it", "òùì");

    @SafeVarargs
    private static Map<String, Set<String>> ordered(Map.Entry<String, Set<String>>... entries) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    private static final LanguageGuesser INSTANCE = new LanguageGuesser();

    /** True when the post reads as English or is too short to tell. */
    static boolean looksEnglish(AnalyzedPost post) {
        String guess = INSTANCE.guess(post);
        return guess.equals("en") || guess.equals("und");
    }

    /** The guess for a post analysed outside a checker (see {@link AnalyzedPost#language()}). */
    static String guessOf(AnalyzedPost post) {
        return INSTANCE.guess(post);
    }

    String guess(AnalyzedPost post) {
        int letters = 0;
        int nonLatin = 0;
        String s = post.normalized();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    nonLatin++;
                }
            }
        }
        if (letters == 0) {
            return "und";
        }
        if (nonLatin * 2 > letters) {
            return scriptLanguage(s);
        }
        String best = "und";
        int bestScore = 0;
        int english = 0;
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int score = 0;
            String own = LETTERS.get(e.getKey());
            for (Token t : post.tokens()) {
                if (t.kind() == Token.Kind.WORD && (e.getValue().contains(post.lowerText(t))
                        || (own != null && hasAny(post.lowerText(t), own)))) {
                    score++;
                }
            }
            if (e.getKey().equals("en")) {
                english = score;
            }
            if (score > bestScore || (score == bestScore && e.getKey().equals("en"))) {
                best = e.getKey();
                bestScore = score;
            }
        }
        // English wins ties and near-ties: clinical English is full of borrowed words
        if (!best.equals("en") && bestScore < english + 2) {
            return english > 0 ? "en" : (bestScore >= 2 ? best : "und");
        }
        return bestScore == 0 ? "und" : best;
    }

    private static boolean hasAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String scriptLanguage(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case CYRILLIC: return "ru";
                case GREEK: return "el";
                case ARABIC: return "ar";
                case HEBREW: return "he";
                case HAN: return "zh";
                case HIRAGANA, KATAKANA: return "ja";
                case HANGUL: return "ko";
                case DEVANAGARI: return "hi";
                case THAI: return "th";
                default: break;
            }
        }
        return "und";
    }
}
