package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Personal medical advice in Spanish, French, Portuguese, German and Italian, where
 * {@code advice.personal} (English cues only) cannot see it: a directive about a medicine, a dose
 * or a place of care given to one reader, the writer's "in your place I would stop ...", or a
 * diagnosis of the reader's described symptoms. Education for everyone (campaigns, "ask your
 * doctor", "if you have chest pain call 112") does not fire. Cues are in {@code advice_intl.txt};
 * the post's language is the one the checker settled on ({@link AnalyzedPost#language()}), so
 * {@code lang.unsupported} still warns that the rest of the post was not checked.
 *
 * <p>A rule of its own, not part of {@code advice.personal}: rule ids are unique, and a policy can
 * set this one's severity or turn it off without touching the English rule.
 */
final class ForeignAdviceRule implements Rule {

    static final String ID = "advice.personal.intl";
    private static final String LEXICON = "advice_intl.txt";
    static final Set<String> LANGUAGES = Set.of("es", "fr", "pt", "de", "it");

    /** One language's cue phrases, one {@link PhraseSet} per section of the lexicon. */
    private record Cues(PhraseSet directive, PhraseSet modal, PhraseSet would, PhraseSet care, PhraseSet reader,
            PhraseSet possessive, PhraseSet situation, PhraseSet vocative, PhraseSet diagnosis, PhraseSet urgent,
            PhraseSet general, PhraseSet conditional, PhraseSet units, PhraseSet every, PhraseSet period,
            PhraseSet perDay, PhraseSet numbers, PhraseSet restriction, PhraseSet duration, PhraseSet months) {

        static Cues load(String lang) {
            return new Cues(section(lang, "directive"), section(lang, "modal"), section(lang, "would"),
                    section(lang, "care"), section(lang, "reader"), section(lang, "possessive"),
                    section(lang, "situation"), section(lang, "vocative"), section(lang, "diagnosis"),
                    section(lang, "urgent"), section(lang, "general"), section(lang, "conditional"),
                    section(lang, "units"), section(lang, "every"), section(lang, "period"),
                    section(lang, "per day"), section(lang, "numbers"), section(lang, "restriction"),
                    section(lang, "duration"), PhraseSet.lexicon("phi_intl.txt", lang + " months"));
        }

        private static PhraseSet section(String lang, String kind) {
            return PhraseSet.lexicon(LEXICON, lang + " " + kind);
        }
    }

    private static final Map<String, Cues> CUES = Map.of("es", Cues.load("es"), "fr", Cues.load("fr"),
            "pt", Cues.load("pt"), "de", Cues.load("de"), "it", Cues.load("it"));
    static final Stems DRUG_STEMS = Stems.load("drug stems");
    static final Stems CONDITION_STEMS = Stems.load("condition stems");

    /** Words before which a clause (and so an imperative) can open, in any of the five languages. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", ";", "-", "–", "—", "(", "!", ".", "…",
            "y", "e", "et", "und", "o", "ou", "oder", "ed", "pero", "mais", "mas", "aber", "ma", "però", "pues",
            "luego", "entonces", "alors", "puis", "então", "entao", "dann", "poi", "quindi", "bitte", "por",
            "favor", "plaît", "plait", "please", "franchement", "sinceramente", "ehrlich", "onestamente", "ok",
            "vale", "bon", "bueno", "pronto", "also", "allora", "sí", "si", "oui", "sim", "ja", "no", "non", "não",
            "nein", "nada", "mejor", "mieux", "melhor", "besser", "meglio", "ahora", "maintenant", "agora", "jetzt",
            "ora", "hoy", "aujourd'hui", "hoje", "heute", "oggi", "ya", "já", "sofort", "subito");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Category category() {
        return Category.ADVICE;
    }

    @Override
    public String summary() {
        return "Direct medical advice to a specific person in Spanish, French, Portuguese, German or Italian: "
                + "what to take, stop or change, doses for the reader, where to go, or a diagnosis of their symptoms.";
    }

    /** What one sentence holds, gathered in the single pass over the post's tokens. */
    private static final class Clause {
        int directive = -1;
        int looseDirective = -1;
        int modal = -1;
        int would = -1;
        int diagnosis = -1;
        boolean diagnosisOpens;
        int restriction = -1;
        String target;
        boolean dose;
        boolean urgent;
        boolean general;
        boolean conditional;
        int conditionAt = -1;

        /** A condition opens before token {@code at}: "si tienes fiebre, toma ..." (not "toma ..., y si empeora"). */
        boolean conditionalAt(int at) {
            return conditionAt >= 0 && conditionAt < at;
        }
        boolean question;
        boolean situation;
        boolean situationInIf;
        String readerCue;
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        Cues cues = CUES.get(post.language());
        if (cues == null || tokens.isEmpty()) {
            return;
        }
        List<Sentence> sentences = post.sentences();
        Clause[] clauses = new Clause[sentences.size()];
        String postReader = null;
        if (post.draft().replyTo() != null || tokens.get(0).is(Kind.MENTION)) {
            postReader = "reply to a person";
        } else if (vocative(post, cues)) {
            postReader = "addresses one reader: '" + tokens.get(0).text() + "'";
        } else if (tokens.get(0).text().equals(">")) {
            postReader = "answers a quoted question";
        } else if (CareRelationshipRule.greetedName(post) != null) {
            postReader = "addresses one reader by name"; // "Marta, puedes seguir con ..."
        }
        boolean postGeneral = false;
        boolean postSituation = false;
        for (Sentence s : sentences) {
            Clause c = new Clause();
            clauses[s.index()] = c;
            int from = s.firstToken();
            int to = s.endToken();
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                String w = post.lowerToken(i);
                boolean tag = w.equals("¿") && i + 2 < to && TAG_QUESTIONS.contains(post.lowerToken(i + 1))
                        && post.lowerToken(i + 2).equals("?"); // "..., ¿vale?"
                if ((w.equals("?") && !(i > from && TAG_QUESTIONS.contains(post.lowerToken(i - 1))))
                        || (w.startsWith("¿") && !tag)) {
                    c.question = true; // (not "..., combinado?", "..., d'accord ?": a tag on an instruction)
                }
                if (cues.conditional().matchAt(post, i) > 0) {
                    c.conditional = true;
                    c.conditionAt = c.conditionAt < 0 ? i : c.conditionAt;
                }
                if (cues.general().matchAt(post, i) > 0) {
                    c.general = true;
                }
                if (cues.urgent().matchAt(post, i) > 0) {
                    c.urgent = true;
                }
                int len = cues.reader().matchAt(post, i);
                // "si vous prenez déjà ...": a reader in a condition is everyone's
                boolean inIf = (i - 1 >= from && cues.conditional().matchAt(post, i - 1) > 0)
                        || (i - 2 >= from && cues.conditional().matchAt(post, i - 2) > 0);
                if (len > 0 && c.readerCue == null && !inIf) {
                    c.readerCue = cues.reader().canonicalAt(post, i, len);
                }
                len = cues.possessive().matchAt(post, i);
                if (len > 0 && !lowerCaseIhr(post, i) && i + len < to
                        && (cues.situation().matchAt(post, i + len) > 0
                                || (i + len + 1 < to && cues.situation().matchAt(post, i + len + 1) > 0))) {
                    c.situation = true;
                    c.situationInIf |= c.conditional; // "si tu hijo tiene fiebre": everyone's child
                    if (c.readerCue == null) {
                        c.readerCue = post.lowerToken(i) + " " + post.lowerToken(i + len);
                    }
                }
                // "con glicemie a 350", "fiebre de 39,5": a reading of the reader's own
                if (!c.conditional && cues.situation().matchAt(post, i) > 0 && numberSoonAfter(post, i + 1, to)) {
                    c.situation = true;
                    if (c.readerCue == null) {
                        c.readerCue = post.lowerToken(i) + " " + post.tokens().get(Math.min(to - 1, i + 2)).text();
                    }
                }
                if (c.directive < 0 && cues.directive().matchAt(post, i) > 0) {
                    if (opensClause(post, from, i)) {
                        c.directive = i;
                    } else if (c.looseDirective < 0) {
                        c.looseDirective = i; // "con esa presión vaya a urgencias": counts once a reader is addressed
                    }
                }
                if (c.modal < 0 && cues.modal().matchAt(post, i) > 0) {
                    c.modal = i;
                }
                if (c.would < 0 && cues.would().matchAt(post, i) > 0) {
                    c.would = i;
                }
                if (c.diagnosis < 0 && cues.diagnosis().matchAt(post, i) > 0
                        && conditionAfter(post, i + cues.diagnosis().matchAt(post, i), to)) {
                    c.diagnosis = i;
                    // "Es una infección muy común en verano": a bare copula opening a sentence defines, it
                    // does not judge; "Parece ...", "Tienes una ...", "Eso es ..." do
                    boolean copula = COPULAS.contains(post.lowerToken(i));
                    c.diagnosisOpens = (opensClause(post, from, i) && !copula)
                            || (i > from && DEIXIS.contains(post.lowerToken(i - 1)) && opensClause(post, from, i - 1));
                }
                if (c.target == null) {
                    c.target = target(post, cues, i, to);
                }
                if (c.restriction < 0 && restriction(post, cues, i, to)) {
                    c.restriction = i;
                }
                if (!c.dose && dose(post, cues, t, i, to)) {
                    c.dose = true;
                }
            }
            postGeneral |= c.general;
            postSituation |= c.situation && !c.situationInIf && !c.question && !c.general;
            // "tu hija" in "si tu hijo tiene fiebre ..." or an FAQ question is everyone's child
            if (postReader == null && c.readerCue != null && (!c.situation || !(c.question || c.situationInIf))) {
                postReader = "refers to the reader's own situation: '" + c.readerCue + "'";
            }
        }
        for (Sentence s : sentences) {
            Clause c = clauses[s.index()];
            Clause before = s.index() > 0 ? clauses[s.index() - 1] : null;
            String target = c.target != null ? c.target : before != null ? before.target : null;
            // in "if your child has a fever, ..." the child is everyone's, unless a time or dose makes it one case
            boolean reader = postReader != null
                    || (c.situation && (!(c.situationInIf || c.question) || c.urgent || c.dose));
            int directive = c.directive >= 0 ? c.directive : reader ? c.looseDirective : -1;
            // "pour votre toux, ... dès ce soir, et appelez votre médecin lundi": the reader's own case, with a
            // referral after it, is still theirs; "votre médecin" alone in a post for everyone is education
            boolean generic = postReader == null && (c.general || (postGeneral && !postSituation));
            if (generic) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            int at = -1;
            double confidence = 0;
            if (c.would >= 0 && target != null) {
                at = c.would;
                confidence = 0.75;
                reasons.add("the writer's choice for the reader: '" + phrase(post, cues.would(), at) + "'");
            } else if (directive >= 0 && target != null
                    && (reader || (!c.conditionalAt(directive) && (c.urgent || c.dose)))) {
                at = directive;
                confidence = 0.7;
                reasons.add("directive: '" + phrase(post, cues.directive(), at) + "'");
            } else if (c.modal >= 0 && target != null && !c.question && !impersonal(post, c.modal)
                    && (reader || (c.urgent && !c.conditionalAt(c.modal)))) {
                at = c.modal;
                confidence = 0.7;
                reasons.add("tells the person what they may or must do: '" + phrase(post, cues.modal(), at) + "'");
            } else if (c.diagnosis >= 0 && (reader || (c.diagnosisOpens && !c.conditionalAt(c.diagnosis) && !postGeneral))
                    && !c.question) {
                // "Sembra una tendinite.", "Klingt nach Hexenschuss.": a verdict that opens its sentence answers
                // someone's described symptoms, as "sounds like shingles" does in English
                at = c.diagnosis;
                confidence = 0.75;
                reasons.add("diagnosis of described symptoms: '" + phrase(post, cues.diagnosis(), at) + "'");
            } else if (c.dose && c.target != null && reader && !c.question && (!c.conditional || postReader != null)) {
                // "Doliprane 1 g max 3 fois par jour" in a reply: a dose for this reader, verb or not
                at = s.firstToken();
                confidence = 0.65;
                reasons.add("a dose of '" + c.target + "' for the reader");
            } else if (c.restriction >= 0 && reader && !c.question && !c.conditionalAt(c.restriction)) {
                at = c.restriction;
                confidence = 0.65;
                reasons.add("bars an activity for a time: '" + phrase(post, cues.restriction(), at) + "'");
            }
            if (at < 0) {
                continue;
            }
            if (target != null) {
                reasons.add("aimed at '" + target + "'");
            }
            if (postReader != null) {
                confidence += 0.1;
                reasons.add(postReader);
            } else if (c.situation) {
                confidence += 0.1;
                reasons.add("refers to the reader's own situation: '" + c.readerCue + "'");
            }
            if (c.urgent) {
                reasons.add("a time for one person's situation");
            }
            if (c.dose) {
                confidence += 0.1;
                reasons.add("specific dose or schedule");
            }
            reasons.add("language: " + post.language());
            out.accept(new Detection(FindingType.ADVICE, tokens.get(at).start(), tokens.get(s.endToken() - 1).end(),
                    Math.min(0.95, confidence),
                    "This tells a specific person what to do about their own health (post in '" + post.language()
                            + "'). Individual advice needs an examination and a care relationship, and a public "
                            + "post cannot give either.",
                    "Share general information instead and ask the person to talk with their own clinician; move "
                            + "individual questions to a private, secure channel.",
                    reasons));
        }
    }

    private static final Set<String> COPULAS = Set.of("es", "c'est", "è", "e'", "é", "ist", "sind", "son", "sont", "são");

    /** Pointers before a verdict: "eso es", "ça, c'est", "isso parece", "das klingt nach". */
    private static final Set<String> DEIXIS = Set.of("eso", "esto", "ça", "ca", "cela", "isso", "isto", "das", "questo",
            "questa", "tá", "ta", "ya");

    /** Words that turn "?" into a tag on an instruction: "..., combinado?", "..., d'accord ?". */
    private static final Set<String> TAG_QUESTIONS = Set.of("combinado", "ok", "okay", "vale", "d'accord", "bene",
            "capito", "chiaro", "ja", "oder", "né", "ne", "tá", "certo", "claro", "entendido", "entendu", "compris",
            "verstanden", "gut", "sí", "si", "sim", "oui");

    /** A number within two tokens: "glicemie a 350", "Fieber 39". */
    private static boolean numberSoonAfter(AnalyzedPost post, int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (post.tokens().get(k).is(Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** "¿Se puede tomar ...?", "on peut": an impersonal "one can", not "you can". */
    private static boolean impersonal(AnalyzedPost post, int modal) {
        return modal > 0 && (post.lowerToken(modal - 1).equals("se") || post.lowerToken(modal - 1).equals("on")
                || post.lowerToken(modal - 1).equals("man") || post.lowerToken(modal - 1).equals("si"));
    }

    /** "nada de correr durante 2 semanas", "pas de sport pendant 15 jours": an activity barred for a time. */
    private static boolean restriction(AnalyzedPost post, Cues cues, int i, int to) {
        int len = cues.restriction().matchAt(post, i);
        if (len == 0) {
            return false;
        }
        for (int k = i + len; k < Math.min(to, i + len + 6); k++) {
            int d = cues.duration().matchAt(post, k);
            // "durante 2 semanas", "até março", "bis Montag": a length of time or the day it ends
            if (d > 0 && k + d < to && (post.tokens().get(k + d).is(Kind.NUMBER)
                    || cues.numbers().matchAt(post, k + d) > 0 || cues.months().matchAt(post, k + d) > 0
                    || cues.urgent().matchAt(post, k + d) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** "Señora, ...", "Chère Inès, ...": the post opens by calling one reader. */
    private static boolean vocative(AnalyzedPost post, Cues cues) {
        int len = cues.vocative().matchAt(post, 0);
        if (len == 0) {
            return false;
        }
        List<Token> tokens = post.tokens();
        for (int i = len; i < Math.min(tokens.size(), len + 3); i++) {
            if (post.lowerToken(i).equals(",") || post.lowerToken(i).equals(":")) {
                return true;
            }
            if (!tokens.get(i).is(Kind.WORD) || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** German lower-case "ihr/ihre" means her or their; only the capitalised form addresses the reader. */
    private static boolean lowerCaseIhr(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        return w.startsWith("ihr") && Character.isLowerCase(post.tokens().get(i).text().charAt(0));
    }

    private static boolean opensClause(AnalyzedPost post, int from, int i) {
        if (i == from) {
            return true;
        }
        Token prev = post.tokens().get(i - 1);
        return prev.is(Kind.MENTION) || prev.is(Kind.EMOJI) || CLAUSE_OPENERS.contains(post.lowerToken(i - 1));
    }

    /** A condition named within four tokens: "eso es una infección", "parece dengue". */
    private static boolean conditionAfter(AnalyzedPost post, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (CONDITION_STEMS.match(post, k) != null || Lexicons.CONDITIONS.matchAt(post, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** What a directive at or after token {@code i} can be about: a medicine, a test or a place of care. */
    private static String target(AnalyzedPost post, Cues cues, int i, int to) {
        String stem = DRUG_STEMS.match(post, i);
        if (stem != null) {
            return stem;
        }
        int len = Lexicons.DRUGS.matchAt(post, i);
        if (len > 0) {
            return Lexicons.DRUGS.canonicalAt(post, i, len);
        }
        len = cues.care().matchAt(post, i);
        if (len > 0) {
            return cues.care().canonicalAt(post, i, len);
        }
        len = Lexicons.TESTS_PROCEDURES.matchAt(post, i);
        if (len > 0 && post.lowerToken(i).length() > 2) {
            return Lexicons.TESTS_PROCEDURES.canonicalAt(post, i, len);
        }
        return null;
    }

    /** "47,5 mg", "2 comprimidos", "cada 8 horas", "toutes les 6 heures", "tres veces al día". */
    private static boolean dose(AnalyzedPost post, Cues cues, Token t, int i, int to) {
        List<Token> tokens = post.tokens();
        if (t.is(Kind.NUMBER) && i + 1 < to) {
            if (Lexicons.DOSE_UNITS.matchAt(post, i + 1) > 0 || cues.units().matchAt(post, i + 1) > 0
                    || cues.perDay().matchAt(post, i + 1) > 0 || DRUG_STEMS.match(post, i + 1) != null
                    || (post.lowerToken(i + 1).equals("x") && i + 2 < to && cues.perDay().matchAt(post, i + 2) > 0)) {
                return true;
            }
        }
        if (cues.numbers().matchAt(post, i) > 0 && i + 1 < to && cues.perDay().matchAt(post, i + 1) > 0) {
            return true; // "tres veces al día"
        }
        int len = cues.every().matchAt(post, i);
        if (len > 0) {
            int k = i + len;
            if (k < to && tokens.get(k).is(Kind.NUMBER)) {
                k++;
                // "cada 6-8 horas", "toutes les 4 à 6 heures"
                if (k + 1 < to && (post.lowerToken(k).equals("-") || post.lowerToken(k).equals("a")
                        || post.lowerToken(k).equals("à") || post.lowerToken(k).equals("bis")
                        || post.lowerToken(k).equals("o") || post.lowerToken(k).equals("ou"))
                        && tokens.get(k + 1).is(Kind.NUMBER)) {
                    k += 2;
                }
                return k < to && cues.period().matchAt(post, k) > 0;
            }
        }
        return Lexicons.SCHEDULES.matchAt(post, i) > 0 && post.lowerToken(i).startsWith("q");
    }

    private static String phrase(AnalyzedPost post, PhraseSet set, int i) {
        return set.canonicalAt(post, i, Math.max(1, set.matchAt(post, i)));
    }

    /**
     * Word beginnings shared by the five languages ("ibuprof" for ibuprofeno, ibuprofène,
     * Ibuprofen): a token matches when, accents folded and an elided article dropped, it starts
     * with a stem of five letters or more, or equals a shorter one. Indexed by the first four letters.
     */
    static final class Stems {

        private final Map<String, List<String[]>> byPrefix = new HashMap<>();
        private final Map<String, String> whole = new HashMap<>();

        static Stems load(String section) {
            Stems s = new Stems();
            for (Map.Entry<String, String> e : PhraseSet.readLexicon(LEXICON, section).entrySet()) {
                String stem = fold(e.getKey());
                if (stem.length() < 5) {
                    s.whole.put(stem, e.getValue());
                } else {
                    s.byPrefix.computeIfAbsent(stem.substring(0, 4), k -> new ArrayList<>())
                            .add(new String[] {stem, e.getValue()});
                }
            }
            return s;
        }

        /** The canonical name of the stem token {@code i} begins with, or {@code null}. */
        String match(AnalyzedPost post, int i) {
            if (!post.tokens().get(i).is(Kind.WORD)) {
                return null;
            }
            String w = post.lowerToken(i);
            if (w.length() < 3) {
                return null;
            }
            String word = fold(stripElision(w));
            String canon = whole.get(word);
            if (canon != null || word.length() < 5) {
                return canon;
            }
            List<String[]> candidates = byPrefix.get(word.substring(0, 4));
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (word.startsWith(c[0])) {
                        return c[1];
                    }
                }
            }
            return null;
        }

        /** "l'ibuprofène" -> "ibuprofène", "dell'antibiotico" -> "antibiotico". */
        static String stripElision(String w) {
            int apostrophe = w.indexOf('\'');
            return apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < w.length() ? w.substring(apostrophe + 1) : w;
        }

        /** Lower-case Latin letters without their accents (ß -> ss), allocating only when one changes. */
        static String fold(String w) {
            StringBuilder sb = null;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                String r = switch (c) {
                    case 'á', 'à', 'â', 'ä', 'ã' -> "a";
                    case 'é', 'è', 'ê', 'ë' -> "e";
                    case 'í', 'ì', 'î', 'ï' -> "i";
                    case 'ó', 'ò', 'ô', 'ö', 'õ' -> "o";
                    case 'ú', 'ù', 'û', 'ü' -> "u";
                    case 'ç' -> "c";
                    case 'ñ' -> "n";
                    case 'ß' -> "ss";
                    default -> null;
                };
                if (r != null && sb == null) {
                    sb = new StringBuilder(w.length()).append(w, 0, i);
                }
                if (sb != null) {
                    sb.append(r != null ? r : String.valueOf(c));
                }
            }
            return sb == null ? w : sb.toString();
        }
    }
}
