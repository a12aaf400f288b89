package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primum.policy.spi.PartOfSpeech;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;
import org.primum.policy.spi.TokenTags;

/**
 * What part-of-speech tags and lemmas ({@link org.primum.policy.spi.Post#tags()}) say about a
 * post: imperative clauses, second-person directives, treatment verbs in any inflection, runs of
 * proper nouns. Only posts a detector tagged get answers; callers keep their lexicon logic for the
 * rest, so core judges the same way with or without policy-nlp, only better with it.
 *
 * <p>Tagging a post costs about as much as finding its names, so each question first checks
 * cheaply that the words it needs are there, and only then reads the tags: most posts are never
 * tagged.
 */
final class Grammar {

    /** Words that may stand before an imperative verb in its clause: "pls just stop", "ok then take". */
    private static final Set<String> SOFTENERS = Set.of("pls", "plz", "please", "just", "then", "so", "ok", "okay",
            "now", "also", "honestly", "seriously", "definitely", "def", "really", "maybe", "prob", "probably", "first",
            "yes", "yeah", "no", "nope", "tbh", "imo", "imho", "hey", "oh", "um", "still", "only", "lol", "omg", "btw",
            "fyi", "ps", "pro-tip", "k");
    /** The writer's own conditional advice: "I'd stop it", "id just take". */
    private static final Set<String> ADVISORS = Set.of("i'd", "id", "i", "would", "honestly");
    /** Words that end a clause: what follows can open a new one. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "-", "--", "—", "–", "(", ")", ".", "!",
            "?", "…", "/");
    /** Negative imperatives: "don't stop your statin". */
    private static final Set<String> NEGATORS = Set.of("don't", "dont", "do", "not");
    /** Adverbs that make an order a rule for everyone: "never stop a blood thinner on your own". */
    private static final Set<String> GENERAL = Set.of("never", "always", "ever", "usually", "generally", "typically",
            "often", "sometimes", "rarely");
    /** Verbs that take a treatment as a gerund: "consider stopping", "try cutting back", "keep taking". */
    private static final Set<String> GERUND_TAKERS = Set.of("consider", "try", "keep", "avoid", "start", "stop", "quit",
            "continue", "begin", "resume");
    private static final Set<PartOfSpeech> NOUN_PHRASE = Set.of(PartOfSpeech.DET, PartOfSpeech.ADJ, PartOfSpeech.NOUN,
            PartOfSpeech.PROPN, PartOfSpeech.PRON, PartOfSpeech.NUM);
    /** Subjects that address the reader; "you'd" and "you'll" carry their modal. */
    private static final Set<String> YOU = Set.of("you", "u", "ya", "y'all", "yall");
    private static final Set<String> YOU_MODAL = Set.of("you'd", "youd", "you'll", "youll");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    /** Modals of obligation: "can", "could" and "may" are left to the lexicon ("you can't use it if ..."). */
    private static final Set<String> MODALS = Set.of("should", "must", "shall", "ought", "need", "will", "would",
            "'ll", "'d", "do", "shud", "shld");
    private static final Set<String> NEGATED_DO = Set.of("don't", "dont", "won't", "wont", "do", "doesn't");

    /** Causatives: "let him take", "have her stop", "make him quit". */
    private static final Set<String> CAUSATIVES = Set.of("let", "have", "make", "help", "get");
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "me", "us");
    /** Verbs that make the next verb an obligation: "need to stop", "have to take", "want to switch". */
    private static final Set<String> OBLIGATION = Set.of("need", "have", "want", "ought", "got", "gotta", "better");
    /** A subject right after these is in a condition, not a directive: "if you need to stop ...". */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "unless", "whether", "once",
            "before", "after", "until");

    private Grammar() {}

    /** The post's tags, or null when no detector tagged it. */
    private static TokenTags tags(AnalyzedPost post) {
        return post.tags().orElse(null);
    }

    /**
     * The first imperative treatment directive in tokens [from, to): a verb in its base form that
     * opens its clause, possibly after softeners, interjections, adverbs, a vocative or a mention
     * ("pls just stop the ibuprofen", "Maria, take it with food", "@kay stop taking it"), and that is
     * a treatment verb or takes one as a gerund ("consider stopping it"). A word in
     * {@code openers} right before the verb also opens a clause ("... please stop it"). Returns the
     * index where the order starts (its verb, or a negation before it: "do NOT give him ..."), or
     * -1, always for untagged posts.
     */
    static int imperative(AnalyzedPost post, int from, int to, Set<String> openers) {
        boolean verb = false;
        for (int i = from; i < to && !verb; i++) {
            // an imperative is a base form, so the written word is enough to rule a sentence out untagged
            verb = Lexicons.TREATMENT_VERBS.matchAt(post, i) > 0 || GERUND_TAKERS.contains(post.lowerToken(i));
        }
        TokenTags tags = verb ? tags(post) : null;
        if (tags == null) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (!isBaseVerb(post, tags, i) || !opensClause(post, tags, from, i, openers)
                    || Lexicons.SAFE.matchAt(post, i) > 0 || insideCondition(post, tags, from, i)
                    || othersSubject(post, from, i)) { // "most folks just take ...": what others do
                continue;
            }
            if (treatmentVerbAt(post, tags, i) > 0 || treatmentGerundAfter(post, tags, i, to) > 0) {
                int start = i;
                while (start > from && NEGATORS.contains(post.lowerToken(start - 1))) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    /**
     * A second-person directive built from a modal or an obligation: "you should probably stop",
     * "you really need to be taking", "u might want to consider switching", "you'd better quit",
     * with a treatment verb in any form (by lemma). With {@code thirdPerson}, "he/she/they" may stand
     * for the reader's relative ("she needs to stop the ibuprofen"). Clauses opened by a condition
     * ("if you need to stop ...") do not count. Returns the subject's index, or -1 (always for
     * untagged posts).
     */
    static int secondPersonDirective(AnalyzedPost post, int from, int to, boolean thirdPerson) {
        TokenTags tags = Words.anyIn(post, from, to, YOU) || Words.anyIn(post, from, to, YOU_MODAL)
                || (thirdPerson && Words.anyIn(post, from, to, THIRD_PERSON)) ? tags(post) : null;
        if (tags == null) {
            return -1;
        }
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            boolean modal = YOU_MODAL.contains(w);
            boolean subject = modal || YOU.contains(w) || (thirdPerson && THIRD_PERSON.contains(w));
            // "so you don't double up": a purpose, not an order
            if (!subject || conditional(post, tags, from, i) || (i > from && post.lowerToken(i - 1).equals("so")
                    && i + 1 < to && NEGATED_DO.contains(post.lowerToken(i + 1)))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(to, i + 8); k++) {
                PartOfSpeech p = tags.pos(k);
                String lemma = tags.lemma(k);
                if ((p == PartOfSpeech.AUX && MODALS.contains(lemma)) || MODALS.contains(stem(post.lowerToken(k)))) {
                    modal = true; // should, must, will, 'd, do ("you do need to")
                } else if (OBLIGATION.contains(lemma) && k + 1 < to
                        && (post.lowerToken(k + 1).equals("to") || lemma.equals("gotta") || lemma.equals("better"))) {
                    modal = true; // "need to", "have to", "want to", "better"
                } else if (p == PartOfSpeech.VERB) {
                    if (modal && (treatmentVerbAt(post, tags, k) > 0 || (GERUND_TAKERS.contains(lemma)
                            && treatmentGerundAfter(post, tags, k, to) > 0))) {
                        return i;
                    }
                    break;
                } else if (!(p == PartOfSpeech.ADV || p == PartOfSpeech.PART || lemma.equals("be"))) {
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * Length of the treatment verb phrase at {@code i} in any inflection ("stopped", "stopping",
     * "stops" are "stop"; "cutting back on" is "cut back on"), or 0. The token must be a verb.
     */
    private static int treatmentVerbAt(AnalyzedPost post, TokenTags tags, int i) {
        if (tags.pos(i) != PartOfSpeech.VERB) {
            return 0;
        }
        int len = Lexicons.TREATMENT_VERBS.matchAt(post, i);
        return len > 0 ? len : Lexicons.TREATMENT_VERBS.matchAt(post, i, tags.lemma(i));
    }

    /**
     * Runs of proper nouns followed by {@code 's} ("Deshawn Carter's", "Pilar's"), as
     * {@code [first, end)} token ranges: capitalised words the tagger calls PROPN, at most three.
     * Empty for untagged posts.
     */
    static List<int[]> possessiveProperNouns(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        boolean possessive = false;
        for (int i = 1; i < tokens.size() && !possessive; i++) {
            possessive = tokens.get(i).text().equals("'s") && tokens.get(i - 1).isCapitalized();
        }
        TokenTags tags = possessive ? tags(post) : null;
        if (tags == null) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = properNounRun(post, tags, i);
            if (end > i && end < tokens.size() && tokens.get(end).text().equals("'s")) {
                out.add(new int[] {i, end});
            }
            i = Math.max(i, end - 1);
        }
        return out;
    }

    /**
     * End index (exclusive) of the run of proper nouns starting at {@code i}: capitalised words
     * the tagger calls PROPN, at most three; {@code i} when token {@code i} is not one.
     */
    private static int properNounRun(AnalyzedPost post, TokenTags tags, int i) {
        int k = i;
        while (k < post.tokens().size() && k < i + 3 && properNoun(post, tags, k)
                && post.tokens().get(k).sentence() == post.tokens().get(i).sentence()) {
            k++;
        }
        return k;
    }

    /**
     * True when token {@code i} is a capitalised word the tagger calls a proper noun ("Faith" in "Faith
     * went home", not "Hope" in "Hope you're well"); false for untagged posts. Callers check the written
     * word first: this tags the post.
     */
    static boolean properNoun(AnalyzedPost post, int i) {
        TokenTags tags = tags(post);
        return tags != null && properNoun(post, tags, i);
    }

    private static boolean properNoun(AnalyzedPost post, TokenTags tags, int i) {
        Token t = post.tokens().get(i);
        return tags.pos(i) == PartOfSpeech.PROPN && t.is(Kind.WORD) && t.isCapitalized();
    }

    /** "consider stopping", "try cutting back on": a treatment verb as a gerund right after {@code verb}. */
    private static int treatmentGerundAfter(AnalyzedPost post, TokenTags tags, int verb, int to) {
        int k = verb + 1;
        if (k < to && tags.pos(k) == PartOfSpeech.ADV) {
            k++;
        }
        if (k >= to || !GERUND_TAKERS.contains(tags.lemma(verb)) || !post.lowerToken(k).endsWith("ing")) {
            return 0;
        }
        return treatmentVerbAt(post, tags, k);
    }

    /** A verb in its base form: tagged VERB and its own lemma ("take", not "took", "takes" or "taking"). */
    private static boolean isBaseVerb(AnalyzedPost post, TokenTags tags, int i) {
        return tags.pos(i) == PartOfSpeech.VERB && post.tokens().get(i).is(Kind.WORD)
                && tags.lemma(i).equals(post.lowerToken(i));
    }

    /**
     * True when nothing but softeners stands between the start of token {@code i}'s clause and it:
     * no subject, so the verb is an order ("Ana, stop it", "ok Ana just take two", "and take two")
     * rather than a statement ("she stopped it", "patients take two"). A run of proper nouns is a
     * vocative here: with a base-form verb after it, it cannot be the subject. An imperative
     * causative counts as the order itself ("don't let him take it").
     */
    private static boolean opensClause(AnalyzedPost post, TokenTags tags, int from, int i, Set<String> openers) {
        if (i - 1 >= from && openers.contains(post.lowerToken(i - 1))) {
            return true;
        }
        for (int k = i - 1; k >= from; k--) {
            String w = post.lowerToken(k);
            var t = post.tokens().get(k);
            PartOfSpeech p = tags.pos(k);
            if (CLAUSE_BREAKS.contains(w) || t.is(Kind.EMOJI) || t.is(Kind.MENTION) || p == PartOfSpeech.CCONJ) {
                return true;
            }
            if (GENERAL.contains(w)) {
                return false;
            }
            if (k == i - 1 && OBJECTS.contains(w) && k - 1 >= from && CAUSATIVES.contains(post.lowerToken(k - 1))) {
                k--; // "let him": walk on from the causative
                continue;
            }
            boolean opener = SOFTENERS.contains(w) || NEGATORS.contains(w)
                    || p == PartOfSpeech.INTJ || p == PartOfSpeech.ADV
                    || (p == PartOfSpeech.PROPN && t.isCapitalized());
            if (!opener) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a tagged post shows that the directive-looking phrase at token {@code i} is not
     * one: it is in a condition ("if you need to stop warfarin, ...") or, for a phrase that opens
     * with its verb, the verb has a subject of its own ("patients often stop taking statins", "most
     * people just take it at night"). The reader ("you just take two") and the writer's conditional
     * ("I'd just stop it") are not such subjects. Untagged posts are judged by {@link #othersSubject} only.
     */
    static boolean notDirective(AnalyzedPost post, int from, int i) {
        if (othersSubject(post, from, i)) {
            return true; // "most folks just take ...", "runners usually take ...", tagged or not
        }
        TokenTags tags = tags(post);
        if (tags == null) {
            return false;
        }
        if (conditional(post, tags, from, i)) {
            return true;
        }
        int v = i; // "just take": the phrase's verb may follow a softener
        while (v + 1 < post.tokens().size() && SOFTENERS.contains(post.lowerToken(v))) {
            v++;
        }
        String w = post.lowerToken(v);
        boolean verbFirst = (tags.pos(v) == PartOfSpeech.VERB || tags.pos(v) == PartOfSpeech.AUX)
                && !YOU_MODAL.contains(w) && !ADVISORS.contains(w);
        return verbFirst && subjectBefore(post, tags, from, i);
    }

    /** Subjects that are always other people: "people take it for sprains", "most just take it". */
    private static final Set<String> OTHERS = Set.of("people", "everyone", "everybody", "others", "they", "most",
            "many", "some", "nobody");
    /** Words before a plural noun that make it a group: "most runners", "a lot of lifters". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "all", "of", "few", "lots",
            "plenty");
    /** Words ending in "s" that are no plural subject: "yes just take", "thanks, ...", "guys just take" (a vocative). */
    private static final Set<String> NOT_PLURAL = Set.of("yes", "thanks", "plus", "this", "its", "is", "was", "has",
            "does", "always", "sometimes", "perhaps", "unless", "guys", "ladies", "friends", "folks", "fellas",
            "peeps", "bros", "mins", "hrs", "days", "weeks", "lbs", "afterwards", "besides", "anyways", "ps", "pls");
    private static final Set<String> PREPOSITIONS = Set.of("for", "with", "of", "in", "on", "after", "before", "to",
            "from", "at", "about", "during", "like");

    /**
     * True when the verb at token {@code i} (after softeners and habit adverbs) has other people for
     * its subject: "most folks just take ibuprofen", "runners usually take 400 mg", "people often stop
     * it": a statement about others, not an order to the reader ("just take it", "@kay take 400 mg",
     * "for sprains usually take ..." are orders). Reads the words only, so it works untagged.
     */
    static boolean othersSubject(AnalyzedPost post, int from, int i) {
        String at = post.lowerToken(i);
        if (YOU.contains(at) || YOU_MODAL.contains(at) || ADVISORS.contains(at) || THIRD_PERSON.contains(at)) {
            return false; // "you should come off it": the phrase brings its own subject
        }
        int k = i - 1;
        boolean habit = false;
        while (k >= from && (SOFTENERS.contains(post.lowerToken(k)) || GENERAL.contains(post.lowerToken(k)))) {
            habit |= GENERAL.contains(post.lowerToken(k));
            k--;
        }
        if (k < from || !post.tokens().get(k).is(Kind.WORD)) {
            return false;
        }
        String w = post.lowerToken(k);
        String before = k - 1 >= from ? post.lowerToken(k - 1) : "";
        if (OTHERS.contains(w)) {
            return !PREPOSITIONS.contains(before) || before.equals("of"); // "lots of people stop ..."
        }
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && w.indexOf('\'') < 0
                && !(NOT_PLURAL.contains(w) && !QUANTIFIERS.contains(before)) && !YOU.contains(w);
        // "most runners", "a lot of lifters"; not "with most patients" (a prepositional phrase)
        String beforeQuantifier = k - 2 >= from ? post.lowerToken(k - 2) : "";
        return plural && ((habit && !PREPOSITIONS.contains(before)) || (QUANTIFIERS.contains(before)
                && (before.equals("of") || !PREPOSITIONS.contains(beforeQuantifier))));
    }

    /** True when a treatment verb in [from, to) has other people for its subject ({@link #othersSubject}). */
    static boolean othersDo(AnalyzedPost post, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Lexicons.TREATMENT_VERBS.matchAt(post, i) > 0 && othersSubject(post, from, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject before token {@code i} in its clause: a noun phrase that is not the object of a
     * preposition ("for your knee, ..." is not), nor the reader, nor the writer's "I'd".
     */
    private static boolean subjectBefore(AnalyzedPost post, TokenTags tags, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            String w = post.lowerToken(k);
            var t = post.tokens().get(k);
            PartOfSpeech p = tags.pos(k);
            if (CLAUSE_BREAKS.contains(w) || t.is(Kind.EMOJI) || t.is(Kind.MENTION) || p == PartOfSpeech.CCONJ) {
                return false;
            }
            if (SOFTENERS.contains(w) || ADVISORS.contains(w) || YOU.contains(w) || YOU_MODAL.contains(w)) {
                continue;
            }
            if (p == PartOfSpeech.NOUN || p == PartOfSpeech.PRON || p == PartOfSpeech.DET) {
                int start = k;
                while (start - 1 >= from && NOUN_PHRASE.contains(tags.pos(start - 1))
                        && !SOFTENERS.contains(post.lowerToken(start - 1))) {
                    start--;
                }
                if (start - 1 < from || tags.pos(start - 1) != PartOfSpeech.ADP) {
                    return true;
                }
                k = start - 1; // "for your knee": a prepositional phrase, walk on before it
            }
        }
        return false;
    }

    /**
     * "If you have diabetes and get a steroid shot, ...": a verb joined by "and"/"or" inside a
     * condition that no clause break has closed yet is part of the condition, not an order.
     */
    private static boolean insideCondition(AnalyzedPost post, TokenTags tags, int from, int i) {
        if (i == from || tags.pos(i - 1) != PartOfSpeech.CCONJ) {
            return false;
        }
        for (int k = i - 2; k >= from; k--) {
            String w = post.lowerToken(k);
            if (CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            if (CONDITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code i} follows a condition with only adverbs and a subject pronoun
     * between: "if you", "when u ever", "when you [stop]", "if she [stops]".
     */
    private static boolean conditional(AnalyzedPost post, TokenTags tags, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            String w = post.lowerToken(k);
            if (CONDITIONS.contains(w)) { // not every SCONJ: "I'm sure that you need to stop it" is a directive
                return true;
            }
            boolean between = tags.pos(k) == PartOfSpeech.ADV || SOFTENERS.contains(w)
                    || (k == i - 1 && (YOU.contains(w) || YOU_MODAL.contains(w) || THIRD_PERSON.contains(w)));
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /** "should've" → "should", "mustn't" → "must", "shouldn't" → "should": the word a contraction starts with. */
    private static String stem(String w) {
        int apostrophe = w.indexOf('\'');
        String s = apostrophe > 0 ? w.substring(0, apostrophe) : w;
        return s.endsWith("n") && apostrophe > 0 && w.endsWith("n't") ? s.substring(0, s.length() - 1) : s;
    }
}
