package org.primum.policy.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Patient context in Spanish, French, Portuguese, German and Italian posts, for the rules that read
 * English cues: {@link Signals} adds a language's patient, care, event and health cues to the
 * English ones, and the name, place, age and date rules ask here for titles ("doña", "Frau",
 * "sig.ra"), rooms ("Zimmer 214"), a person's town ("aus Bad Segeberg"), month names ("3 de
 * marzo") and ages in words ("noventa y tres años"). The cues are in {@code phi_intl.txt}, one
 * section per language and kind; the language is the one the checker settled on
 * ({@link AnalyzedPost#language()}), so an English post never sees them.
 */
final class ForeignPhi {

    private static final String LEXICON = "phi_intl.txt";

    /** One language's cues, one {@link PhraseSet} per section of the lexicon. */
    record Cues(PhraseSet strong, PhraseSet weak, PhraseSet events, PhraseSet health, PhraseSet titles,
            PhraseSet patientNouns, PhraseSet determiners, PhraseSet rooms, PhraseSet from, PhraseSet nameCues,
            Map<String, Integer> months, PhraseSet birthday, Map<String, Integer> units, Map<String, Integer> tens,
            Set<String> joiners, PhraseSet person, PhraseSet cohort, PhraseSet ageLead, PhraseSet streets,
            PhraseSet yourCare, PhraseSet review, PhraseSet you, PhraseSet conditional, PhraseSet greetings,
            PhraseSet occupations) {

        static Cues load(String lang) {
            for (String kind : List.of("strong", "weak", "events", "health", "titles", "months", "units", "tens")) {
                if (PhraseSet.readLexicon(LEXICON, lang + " " + kind).isEmpty()) {
                    throw new IllegalStateException(LEXICON + ": no section '" + lang + " " + kind + "'");
                }
            }
            return new Cues(section(lang, "strong"), section(lang, "weak"), section(lang, "events"),
                    section(lang, "health"), section(lang, "titles"), section(lang, "patient nouns"),
                    section(lang, "determiners"), section(lang, "rooms"), section(lang, "from"),
                    section(lang, "name cues"), months(lang), section(lang, "birthday"),
                    values(lang, "units"), values(lang, "tens"),
                    Set.copyOf(PhraseSet.readLexicon(LEXICON, lang + " joiners").keySet()), section(lang, "person"),
                    section(lang, "cohort"), section(lang, "age lead"), section(lang, "streets"),
                    section(lang, "your care"), section(lang, "review"), section(lang, "you"),
                    PhraseSet.lexicon("advice_intl.txt", lang + " conditional"), section(lang, "greetings"),
                    section(lang, "occupations"));
        }

        private static PhraseSet section(String lang, String kind) {
            return PhraseSet.lexicon(LEXICON, lang + " " + kind);
        }

        /** Month names to their number, through the English name each line starts with. */
        private static Map<String, Integer> months(String lang) {
            Map<String, Integer> out = new HashMap<>();
            PhraseSet.readLexicon(LEXICON, lang + " months").forEach((word, english) -> {
                Integer m = PhiContext.monthNumber(english);
                if (m == null) {
                    throw new IllegalStateException(LEXICON + ": '" + english + "' is no month");
                }
                out.put(word, m);
            });
            return Map.copyOf(out);
        }

        /** Number words of a section, each variant to the value its line starts with ("3|tres"). */
        private static Map<String, Integer> values(String lang, String kind) {
            Map<String, Integer> out = new HashMap<>();
            PhraseSet.readLexicon(LEXICON, lang + " " + kind).forEach((word, value) -> {
                if (!word.equals(value)) {
                    out.put(word, Integer.parseInt(value));
                }
            });
            return Map.copyOf(out);
        }
    }

    private static final Map<String, Cues> CUES = Map.of("es", Cues.load("es"), "fr", Cues.load("fr"),
            "pt", Cues.load("pt"), "de", Cues.load("de"), "it", Cues.load("it"));

    /** Room words of every language, for a room number whatever the post's language turned out to be. */
    private static final Set<String> ALL_ROOMS = allRooms();

    /** Lower-case words inside a street's name: "rue des Acacias", "calle de la Paz", "rua do Carmo". */
    private static final Set<String> STREET_PARTICLES = Set.of("de", "del", "la", "las", "los", "des", "du", "do",
            "da", "dos", "das", "di", "della", "dei", "delle", "der", "am");

    private ForeignPhi() {}

    private static Set<String> allRooms() {
        Set<String> out = new HashSet<>();
        for (String lang : CUES.keySet()) {
            out.addAll(PhraseSet.readLexicon(LEXICON, lang + " rooms").keySet());
        }
        return Set.copyOf(out);
    }

    /** Where a phone number without a country code in a post of each language most likely belongs. */
    private static final Map<String, String> PHONE_REGIONS = Map.of("es", "ES", "fr", "FR", "pt", "BR", "de", "DE",
            "it", "IT");

    /** The phone region of the post's language ("ES" for Spanish), or null for English and others. */
    static String phoneRegion(AnalyzedPost post) {
        return PHONE_REGIONS.get(post.language());
    }

    /**
     * For each of the five languages, {@code base} (a rule's English trigger words) together with
     * that language's section {@code kind} of the lexicon ("record labels": "historia clínica",
     * "Fallnummer"), and for {@code und} (too short to tell) all five; a rule picks the set for the
     * post's language and keeps {@code base} for English and the rest.
     */
    static Map<String, PhraseSet> withLabels(PhraseSet base, String kind) {
        Map<String, PhraseSet> out = new HashMap<>();
        PhraseSet all = base;
        for (String lang : CUES.keySet()) {
            PhraseSet own = PhraseSet.lexicon(LEXICON, lang + " " + kind);
            out.put(lang, PhraseSet.union(base, own));
            all = PhraseSet.union(all, own);
        }
        out.put("und", all); // a note too short to tell its language: any of the five
        return Map.copyOf(out);
    }

    /** The cues of the post's language, or null for English and languages without them. */
    static Cues of(AnalyzedPost post) {
        return CUES.get(post.language());
    }

    /** Length in tokens of a courtesy title of the post's language at token {@code i}, or 0. */
    static int title(AnalyzedPost post, int i) {
        Cues c = of(post);
        if (c == null || i < 0 || i >= post.tokens().size()) {
            return 0;
        }
        int len = c.titles().matchAt(post, i);
        if (len > 0 && post.lowerToken(i).equals("m") && !post.tokens().get(i).text().equals("M")) {
            return 0; // "m." is a title only as "M."
        }
        return len;
    }

    /** Length in tokens of a greeting or thanks of the post's language at token {@code i} ("Hola", "Merci"), or 0. */
    static int greeting(AnalyzedPost post, int i) {
        Cues c = of(post);
        return c == null || i < 0 || i >= post.tokens().size() ? 0 : c.greetings().matchAt(post, i);
    }

    /** "paciente", "Patientin": a patient noun of the post's language at token {@code i}. */
    static boolean patientNoun(AnalyzedPost post, int i) {
        Cues c = of(post);
        return c != null && c.patientNouns().matchAt(post, i) > 0;
    }

    /** "mi", "notre", "unsere": a word before a patient noun that makes it one patient. */
    static boolean determiner(AnalyzedPost post, int i) {
        Cues c = of(post);
        return c != null && i >= 0 && c.determiners().matchAt(post, i) > 0;
    }

    /**
     * "90. Geburtstag", "92° compleanno", "95 cumpleaños": when a birthday word of the post's
     * language follows the number ending before token {@code k} (an ordinal mark may sit between),
     * the index after it, else 0.
     */
    static int birthdayAfter(AnalyzedPost post, int k) {
        Cues c = of(post);
        if (c == null || k >= post.tokens().size()) {
            return 0;
        }
        int b = k;
        String mark = post.lowerToken(k);
        if ((mark.equals(".") || mark.equals("°") || mark.equals("º")) && post.tokens().get(k).start() == post.tokens().get(k - 1).end()) {
            b++;
        }
        int len = b < post.tokens().size() ? c.birthday().matchAt(post, b) : 0;
        return len > 0 ? b + len : 0;
    }

    /** True when a phrase of {@code set} (a section of the post's language) ends right before token {@code i}. */
    static boolean endsBefore(AnalyzedPost post, java.util.function.Function<Cues, PhraseSet> set, int i) {
        return startBefore(post, set, i) >= 0;
    }

    /** Where a phrase of {@code set} that ends right before token {@code i} starts, or -1. */
    static int startBefore(AnalyzedPost post, java.util.function.Function<Cues, PhraseSet> set, int i) {
        Cues c = of(post);
        if (c == null) {
            return -1;
        }
        PhraseSet phrases = set.apply(c);
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (phrases.matchAt(post, j) == i - j) {
                return j;
            }
        }
        return -1;
    }

    /** A cue of {@code set} (a section of the post's language) in [from, to) outside [skipFrom, skipTo), or null. */
    static String find(AnalyzedPost post, java.util.function.Function<Cues, PhraseSet> set, int from, int to,
            int skipFrom, int skipTo) {
        Cues c = of(post);
        return c == null ? null : PhiContext.find(set.apply(c), post, from, to, skipFrom, skipTo);
    }

    /**
     * A health detail in [from, to): a procedure or condition of the language's health section
     * (parts of hyphenated words count: "Hüft-OP"), or a medicine or condition by the stems the
     * foreign advice rule shares ("neumonía", "l'ibuprofène"). Null when none, or for English.
     */
    static String health(AnalyzedPost post, int from, int to) {
        Cues c = of(post);
        if (c == null) {
            return null;
        }
        String found = PhiContext.find(c.health(), post, from, to, -1, -1);
        if (found != null) {
            return found;
        }
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            Token t = post.tokens().get(i);
            if (!t.is(Kind.WORD)) {
                continue;
            }
            if (t.text().indexOf('-') > 0) {
                for (String part : post.lowerText(t).split("-")) {
                    if (c.health().contains(part)) {
                        return part;
                    }
                }
            }
            if (PhiContext.nameAfterTitle(post, i - 1) == i || (i > 1 && PhiContext.nameAfterTitle(post, i - 2) == i)) {
                continue; // "doña Remedios" is a name, not a medicine
            }
            String stem = ForeignAdviceRule.CONDITION_STEMS.match(post, i);
            if (stem == null) {
                stem = ForeignAdviceRule.DRUG_STEMS.match(post, i);
            }
            if (stem != null) {
                return stem;
            }
        }
        return null;
    }

    /** "Zimmer 214", "habitación 12B", "letto 7": a room or bed word of any of the five languages before a number. */
    static boolean room(AnalyzedPost post, int k) {
        return roomEnd(post, k) > 0;
    }

    /** Index after a room word of a Spanish, French, Portuguese, German or Italian post and its number ("hab. 512"), or -1. */
    static int roomEnd(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        if (!CUES.containsKey(post.language()) || k < 0 || k + 1 >= tokens.size()
                || !ALL_ROOMS.contains(post.lowerToken(k))) {
            return -1;
        }
        int n = k + 1;
        if (post.lowerToken(n).equals(".") && n + 1 < tokens.size()) {
            n++;
        }
        Token t = tokens.get(n);
        return t.is(Kind.NUMBER) || t.is(Kind.ALNUM) ? n + 1 : -1;
    }

    /** "calle Arenal 23", "rua Coronel Fonseca", "via Roma": a street word and a capitalised name; the index after, or -1. */
    static int streetEnd(AnalyzedPost post, int k) {
        Cues c = of(post);
        if (c == null) {
            return -1;
        }
        int len = c.streets().matchAt(post, k);
        int n = k + len;
        if (len == 0 || n >= post.tokens().size() || !post.tokens().get(n).isCapitalized()
                || !post.tokens().get(n).is(Kind.WORD) || notPlace(post, n)) {
            return -1;
        }
        while (n < post.tokens().size() && n < k + len + 5 && post.tokens().get(n).is(Kind.WORD)
                && (post.tokens().get(n).isCapitalized() || (STREET_PARTICLES.contains(post.lowerToken(n))
                        && n + 1 < post.tokens().size() && post.tokens().get(n + 1).isCapitalized()))) {
            n++; // "rue des Acacias", "calle de la Paz"
        }
        if (n < post.tokens().size() && post.tokens().get(n).is(Kind.NUMBER)) {
            n++; // the house number
        }
        return n;
    }

    /** A word of the post's language that names care, a time, a person or an event, not a place ("de Urgencias"). */
    static boolean notPlace(AnalyzedPost post, int k) {
        Cues c = of(post);
        return c != null && (c.weak().matchAt(post, k) > 0 || c.strong().matchAt(post, k) > 0
                || c.events().matchAt(post, k) > 0 || c.health().matchAt(post, k) > 0
                || c.person().matchAt(post, k) > 0 || c.titles().matchAt(post, k) > 0
                || c.months().containsKey(post.lowerToken(k)) || ForeignAdviceRule.CONDITION_STEMS.match(post, k) != null
                || ForeignAdviceRule.DRUG_STEMS.match(post, k) != null);
    }

    /** A person in [from, to) of a Spanish, French, Portuguese, German or Italian post: a titled name or a person word. */
    static boolean personIn(AnalyzedPost post, int from, int to) {
        Cues c = of(post);
        return c != null && (PhiContext.titledName(post, from, to) >= 0 || c.person().find(post, from, to) >= 0
                || someonesProcedure(post, c, from, to));
    }

    /**
     * "la biopsia de Hernán Castillo", "l'intervento di Mario Rossi", "die OP von Jana Weber": a
     * procedure or condition, "of", and a first and last name (two capitalised words that are no
     * place, staff or event words).
     */
    private static boolean someonesProcedure(AnalyzedPost post, Cues c, int from, int to) {
        int end = Math.min(to, post.tokens().size());
        for (int k = Math.max(0, from); k + 3 < end; k++) {
            String w = post.lowerToken(k);
            String bare = Signals.elided(w);
            boolean health = c.health().matchAt(post, k) > 0 || (bare != null && c.health().contains(bare))
                    || ForeignAdviceRule.CONDITION_STEMS.match(post, k) != null;
            if (!health || c.from().matchAt(post, k + 1) != 1) {
                continue;
            }
            Token first = post.tokens().get(k + 2);
            Token last = post.tokens().get(k + 3);
            if (first.is(Kind.WORD) && last.is(Kind.WORD) && first.isCapitalized() && last.isCapitalized()
                    && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k + 2))
                    && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k + 3))
                    && !notPlace(post, k + 2) && c.events().matchAt(post, k + 2) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A room of the post's language with its number in [from, to): "a patient's room". Null when none. */
    static String roomIn(AnalyzedPost post, int from, int to) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (room(post, i)) {
                return post.normalized().substring(post.tokens().get(i).start(), post.tokens().get(roomEnd(post, i) - 1).end());
            }
        }
        return null;
    }

    /** True when token {@code k} is a preposition of the post's language that introduces a town ("de", "aus"). */
    static boolean from(AnalyzedPost post, int k) {
        Cues c = of(post);
        return c != null && k >= 0 && k < post.tokens().size() && c.from().matchAt(post, k) == 1;
    }

    /** The month (1-12) a month name of the post's language names at token {@code t}, or 0. */
    static int month(AnalyzedPost post, Token t) {
        Cues c = of(post);
        if (c == null || !t.is(Kind.WORD)) {
            return 0;
        }
        return c.months().getOrDefault(post.lowerText(t), 0);
    }

    /**
     * An age written in words at token {@code i}: {value, index after the words}, or null. Forms:
     * one word ("noventa", "dreiundneunzig", "novantadue", "quatre-vingt-quinze"), or tens, a
     * joiner and a unit ("noventa y tres", "noventa e três").
     */
    static int[] numberWords(AnalyzedPost post, int i) {
        Cues c = of(post);
        if (c == null || i >= post.tokens().size() || !post.tokens().get(i).is(Kind.WORD)) {
            return null;
        }
        String w = post.lowerToken(i);
        Integer tens = c.tens().get(w);
        if (tens != null && i + 2 < post.tokens().size() && c.joiners().contains(post.lowerToken(i + 1))) {
            Integer unit = c.units().get(post.lowerToken(i + 2));
            if (unit != null && unit < 10) {
                return new int[] {tens + unit, i + 3};
            }
        }
        int v = wordValue(c, w);
        return v > 0 ? new int[] {v, i + 1} : null;
    }

    /** Value of one number word: a unit or tens word, tens glued to a unit, or a German unit + "und" + tens. */
    private static int wordValue(Cues c, String w) {
        Integer exact = c.units().get(w);
        if (exact == null) {
            exact = c.tens().get(w);
        }
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Integer> t : c.tens().entrySet()) {
            String tens = t.getKey();
            if (w.length() > tens.length() && w.startsWith(tens)) {
                String rest = w.substring(tens.length());
                if (rest.startsWith("-et-")) {
                    rest = rest.substring(4); // "soixante-et-onze"
                } else if (rest.startsWith("-")) {
                    rest = rest.substring(1); // "quatre-vingt-quinze"
                }
                Integer unit = c.units().get(rest);
                if (unit != null && unit < 20 && (unit < 10 || t.getValue() == 60 || t.getValue() == 80)) {
                    return t.getValue() + unit;
                }
            }
            if (c.joiners().contains("und") && w.endsWith("und" + tens) && t.getValue() < 100) {
                Integer unit = c.units().get(w.substring(0, w.length() - tens.length() - 3));
                if (unit != null && unit < 10) {
                    return t.getValue() + unit; // "dreiundneunzig"
                }
            }
        }
        return 0;
    }
}
