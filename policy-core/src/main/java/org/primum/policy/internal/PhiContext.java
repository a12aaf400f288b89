package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Look-ups shared by the date, age and name rules: month names, and the context around a span
 * (patient cues, health details, non-patient cues such as conferences or teaching). All tables
 * are built once, when the class loads.
 */
final class PhiContext {

    /** The writer as the one taught: "teaching me to play", "taught us". */
    private static final java.util.Set<String> TAUGHT_WRITER = java.util.Set.of("me", "us", "myself");
    /** "... after finishing it himself": the giver was the one cared for. */
    private static final java.util.Set<String> REFLEXIVE_THIRD = java.util.Set.of("himself", "herself", "themselves");

    /** Month names and abbreviations, lower case, to month number 1-12. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static final PhraseSet WEEKDAYS = PhraseSet.of("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "weds",
            "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun");

    /** Conditions, tests, procedures and drugs: words that make a sentence about someone's health. */
    static final PhraseSet HEALTH = PhraseSet.of(words(
            PhraseSet.readLexicon("symptoms_conditions.txt", null).keySet(),
            PhraseSet.readLexicon("tests_procedures.txt", null).keySet(),
            PhraseSet.readLexicon("drugs.txt", null).keySet(),
            List.of("allergic", "allergy", "allergies", "meds", "medication", "medications", "pills", "diagnosed",
                    "diagnosis", "prognosis", "surgery", "vaccine", "vaccinated", "unvaccinated", "infusion",
                    "prescription", "refill", "symptoms", "recovery", "rehab", "hospice", "comfort care", "vitals",
                    "bruise", "fx", "injury", "injuries", "wound", "pregnant", "amputation", "post-op", "postop",
                    "transplant", "radiation", "discharge")));

    /** Care settings and encounters (the weak patient cues that are not mere times of day). */
    static final PhraseSet CARE = PhraseSet.of("admission", "ambulance", "appointment", "appt", "at bedside",
            "bedside", "clinic", "code blue", "consult", "dx", "ed", "ems", "er", "f/u", "follow-up", "hx",
            "history of", "icu", "nicu", "picu", "paramedics", "patient", "pts", "triage", "tx", "visit", "ward",
            "trauma", "sx", "pronounced", "chart", "nurses' station", "infusion suite", "or",
            "delivery", "labor and delivery", "l&d", "postpartum", "newborn",
            // the same in Spanish, French and Portuguese
            "paciente", "cirugía", "cirugia", "hospitalizado", "hospitalizada", "ingresado", "ingresada",
            "dimos de alta", "dado de alta", "dada de alta", "chirurgie", "hôpital", "cirurgia", "quimioterapia",
            "urgences", "urgencias", "quimio", "diálisis", "hemodiálisis", "hemodiálise", "greffe", "réa",
            "réanimation", "hémodialyse", "chimio");

    /** Weak patient cues from the lexicon (settings and times: 'ed', 'tonight', 'shift'). */
    static final PhraseSet WEAK = PhraseSet.lexicon("patient_context.txt", "weak");

    /** Teaching and research: the lexicon plus words of a teaching case, where an age is a vignette's. */
    private static final List<String> TEACHING_WORDS = words(
            PhraseSet.readLexicon("non_patient_context.txt", null).keySet(),
            List.of("teaching case", "case of the week", "mcq", "vignette", "next step", "ddx", "differential",
                    "what's your diagnosis", "what is the diagnosis", "lecture", "conference", "webinar"));

    static final PhraseSet TEACHING = PhraseSet.of(TEACHING_WORDS);

    /** Teaching plus the words of events, deadlines, publications and opening hours, around a date. */
    static final PhraseSet NON_PATIENT = PhraseSet.of(words(TEACHING_WORDS,
            List.of("deadline", "published", "publication", "event", "events", "session", "talk", "symposium",
                    "summit", "meeting", "journal club", "class", "course", "enroll", "rsvp", "tickets", "answer",
                    "question", "hours", "closed", "open house", "founded", "opened its doors")));

    /** A meeting's hashtag: letters and a year, {@code #ASH2026}. */
    private static final Pattern MEETING_TAG = Pattern.compile("#[A-Za-z]{2,12}(?:19|20)\\d\\d");

    /** Capitalised words that are not names: stop words, drug names, months and weekdays. */
    static final PhraseSet NOT_NAMES = PhraseSet.of(words(
            PhraseSet.readLexicon("stopwords_capitalized.txt", null).keySet(),
            PhraseSet.readLexicon("drugs.txt", null).keySet(),
            PhraseSet.readLexicon("symptoms_conditions.txt", null).keySet(),
            PhraseSet.readLexicon("tests_procedures.txt", null).keySet(),
            PhraseSet.readLexicon("family_roles.txt", null).keySet(),
            MONTHS.keySet(),
            List.of("baby", "boy", "girl", "mr", "mrs", "miss", "mx", "dear", "sir", "madam", "ma'am", "lady",
                    "gentleman", "man", "woman", "pt", "sweetest", "room", "bed", "bay", "unit", "floor", "hall",
                    "is", "was", "has", "had", "who", "will", "can", "says", "said", "and", "or", "but", "the")));

    /** People: who an age or a name describes ("a 45 y/o woman", "her 19yo son"). */
    static final PhraseSet PERSON_NOUNS = PhraseSet.of(words(
            PhraseSet.readLexicon("family_roles.txt", null).keySet(),
            PhraseSet.readLexicon("occupations.txt", null).keySet(),
            List.of("woman", "women", "man", "men", "male", "female", "pt", "patient", "kid", "boy", "girl",
                    "gentleman", "gent", "lady", "guy", "gal", "m", "f", "yom", "yof", "veteran", "vet", "sisters",
                    "brothers", "twin", "twins", "person", "retiree")));

    /** Courtesy titles of a patient or relative (not Dr.: a doctor is a colleague). */
    static final PhraseSet TITLES = PhraseSet.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
            "mme", "mlle", "sr.", "sra.", "srta.", "señor", "señora", "señorita", "herr", "frau", "don", "doña", "dona",
            "dom", "seu");

    private PhiContext() {}

    @SafeVarargs
    private static List<String> words(Collection<String>... sets) {
        List<String> out = new ArrayList<>();
        for (Collection<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    // ---------------------------------------------------------------- months

    /**
     * The month (1-12) a word names, or 0. Words that are also ordinary English words ({@code may},
     * {@code march}, {@code mar}) count only when capitalised.
     */
    static int month(AnalyzedPost post, Token t) {
        if (!t.is(Kind.WORD) || t.length() < 3 || t.length() > 9) {
            return 0;
        }
        String w = post.lowerText(t);
        Integer m = MONTHS.get(w);
        if (m == null) {
            return ForeignPhi.month(post, t); // "3 de marzo", "am 14. März"
        }
        if ((w.equals("may") || w.equals("march") || w.equals("mar")) && !t.isCapitalized()) {
            return 0;
        }
        return m;
    }

    /** The month (1-12) of a lower-case month name or abbreviation, or null. */
    static Integer monthNumber(String lower) {
        return MONTHS.get(lower);
    }

    /** Largest day in a month (29 for February). */
    static int daysIn(int month) {
        return switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True for a plausible calendar year written with four digits. */
    static boolean isYear(int y) {
        return y >= 1900 && y <= 2099;
    }

    /** Integer value of an all-digit token of at most {@code maxDigits} digits, or -1. */
    static int intValue(Token t, int maxDigits) {
        String s = t.text();
        if (!t.is(Kind.NUMBER) || s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True for st, nd, rd, th glued to the number before. */
    static boolean isOrdinalSuffix(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (!t.is(Kind.WORD) || t.start() != tokens.get(i - 1).end()) {
            return false;
        }
        String w = post.lowerText(t);
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th");
    }

    // ---------------------------------------------------------------- tokens

    /** {@link PhraseSet#matchAt} that answers 0 outside the post instead of failing. */
    static int at(PhraseSet set, AnalyzedPost post, int i) {
        return i >= 0 && i < post.tokens().size() ? set.matchAt(post, i) : 0;
    }

    static Token token(AnalyzedPost post, int i) {
        return i >= 0 && i < post.tokens().size() ? post.tokens().get(i) : null;
    }

    /** Lower-case text of token {@code i}, or "" outside the post. */
    static String lower(AnalyzedPost post, int i) {
        Token t = token(post, i);
        return t == null ? "" : post.lowerText(t);
    }

    /** True when token {@code i} exists and its lower-case text is {@code w}. */
    static boolean is(AnalyzedPost post, int i, String w) {
        return lower(post, i).equals(w);
    }

    // ---------------------------------------------------------------- context

    /** Token range [first, end) of the sentences holding tokens {@code a} and {@code b - 1}. */
    static int[] sentenceRange(AnalyzedPost post, int a, int b) {
        List<Sentence> ss = post.sentences();
        Sentence first = ss.get(post.tokens().get(a).sentence());
        Sentence last = ss.get(post.tokens().get(Math.max(a, b - 1)).sentence());
        return new int[] {first.firstToken(), last.endToken()};
    }

    /** Token range of the sentences around the one holding {@code i}: the one before, it, the one after. */
    static int[] adjacentRange(AnalyzedPost post, int i) {
        List<Sentence> ss = post.sentences();
        int s = post.tokens().get(i).sentence();
        return new int[] {ss.get(Math.max(0, s - 1)).firstToken(), ss.get(Math.min(ss.size() - 1, s + 1)).endToken()};
    }

    /** First phrase of {@code set} starting in [from, to) and not overlapping [skipFrom, skipTo), or null. */
    static String find(PhraseSet set, AnalyzedPost post, int from, int to, int skipFrom, int skipTo) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = set.matchAt(post, i);
            if (len > 0 && (i + len <= skipFrom || i >= skipTo)) {
                return set.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    /** The first phrase of {@code set} in [from, to) whose first token {@code skip} does not reject. */
    static String find(PhraseSet set, AnalyzedPost post, int from, int to, java.util.function.IntPredicate skip) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = set.matchAt(post, i);
            if (len > 0 && !skip.test(i)) {
                return set.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    /** Number of phrases of {@code set} in [from, to), outside [skipFrom, skipTo). */
    static int count(PhraseSet set, AnalyzedPost post, int from, int to, int skipFrom, int skipTo) {
        int n = 0;
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = set.matchAt(post, i);
            if (len > 0 && (i + len <= skipFrom || i >= skipTo)) {
                n++;
                i += len - 1;
            }
        }
        return n;
    }


    /**
     * A phrase of {@code set} that ends within {@code window} tokens before token {@code first}, in
     * the same sentence, or null.
     */
    static String cueBefore(PhraseSet set, AnalyzedPost post, int first, int window) {
        if (first <= 0 || first > post.tokens().size()) {
            return null;
        }
        int sentenceStart = post.sentences().get(post.tokens().get(first - 1).sentence()).firstToken();
        for (int i = first - 1; i >= Math.max(sentenceStart, first - window); i--) {
            int len = set.matchAt(post, i);
            if (len > 0 && i + len <= first) {
                return set.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    /**
     * Why the tokens [from, to) read as about one patient, or null: a strong patient cue outside
     * [skipFrom, skipTo), or a titled person (Mr., Mrs., Ms.) together with health details.
     */
    static String patientContext(AnalyzedPost post, int from, int to, int skipFrom, int skipTo) {
        String cue = patientCue(post, from, to, skipFrom, skipTo);
        if (cue != null) {
            return "patient cue '" + cue + "'";
        }
        if (from < post.tokens().size()) {
            int sentence = post.tokens().get(from).sentence();
            Signals signals = post.signals();
            if (signals.isPatientContext(sentence) && !signals.has(sentence, Signals.Kind.NON_PATIENT)) {
                List<String> why = signals.patientReasons(sentence);
                return why.isEmpty() ? "a post about a patient" : why.get(0);
            }
        }
        if (titledName(post, from, to) >= 0) {
            String health = healthTerm(post, from, to);
            if (health == null) {
                health = find(CARE, post, from, to, skipFrom, skipTo);
            }
            if (health == null) {
                health = ForeignPhi.find(post, ForeignPhi.Cues::weak, from, to, skipFrom, skipTo);
            }
            if (health != null) {
                return "a titled person and '" + health + "'";
            }
        }
        return null;
    }

    /**
     * Index of the first name token after a courtesy title (Mr. Okafor, Mrs Delgado) in [from, to),
     * or -1. English titles count only when capitalised, so {@code ms} and {@code MS} do not.
     */
    static int titledName(AnalyzedPost post, int from, int to) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int name = nameAfterTitle(post, i);
            if (name >= 0) {
                return name;
            }
        }
        return -1;
    }

    /** If token {@code i} is a courtesy title followed by a name word, the name's index, else -1. */
    static int nameAfterTitle(AnalyzedPost post, int i) {
        if (i < 0 || i >= post.tokens().size()) {
            return -1;
        }
        Token t = post.tokens().get(i);
        int foreign = t.is(Kind.WORD) ? ForeignPhi.title(post, i) : 0;
        if (foreign > 1) {
            Token name = token(post, i + foreign); // "Sig.ra Rossi"
            return name != null && isNameWord(post, name) ? i + foreign : -1;
        }
        if (!t.is(Kind.WORD) || (at(TITLES, post, i) == 0 && foreign == 0)) {
            return -1;
        }
        String w = post.lowerText(t);
        boolean english = w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("miss") || w.equals("mx");
        if (english && !(t.isCapitalized() && !t.text().equals("MS") && !t.text().equals("MR"))) {
            return -1;
        }
        if ((w.equals("don") || w.equals("dom") || w.equals("seu")) && t.isCapitalized() && foreign == 0) {
            return -1; // "Don Smith" is a name; "don Ramón" (and in a Spanish post "Don Ramón") is a title
        }
        int n = i + 1;
        if (is(post, n, ".") && post.tokens().get(n).start() == t.end()) {
            n++;
        }
        Token name = token(post, n);
        return name != null && isNameWord(post, name) ? n : -1;
    }

    /** A strong patient cue in [from, to) outside the span's own tokens, or null. */
    static String patientCue(AnalyzedPost post, int from, int to, int skipFrom, int skipTo) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Lexicons.PATIENT_STRONG.find(post, Math.max(0, from), end); i >= 0;
                i = Lexicons.PATIENT_STRONG.find(post, i + 1, end)) {
            int len = Lexicons.PATIENT_STRONG.matchAt(post, i);
            boolean skipped = i < skipTo && skipFrom < i + len;
            if (!skipped && !ContextualEntityRule.namedRoom(post, i) && !ContextualEntityRule.stateAfterTown(post, i)
                    && !Signals.namesAService(post, i, len) && !Signals.admittedToGroup(post, i)
                    && !(len == 1 && Signals.credentialAfterName(post, i))) {
                // not "Community Room 12", "Kerrville TX", "our patient portal", "our PT clinic", "admitted to the
                // bar", "Marisol Acevedo, PT"
                return Lexicons.PATIENT_STRONG.canonicalAt(post, i, len);
            }
        }
        String foreign = ForeignPhi.find(post, ForeignPhi.Cues::strong, from, to, skipFrom, skipTo);
        if (foreign != null) {
            return foreign;
        }
        for (int i = Math.max(0, from); i < end; i++) {
            Token t = post.tokens().get(i);
            if ((i < skipFrom || i >= skipTo) && t.is(Kind.WORD) && t.length() > 3 && t.text().endsWith("'s")) {
                String stem = post.lowerText(t).substring(0, t.length() - 2);
                if (Lexicons.PATIENT_STRONG.contains(stem)) {
                    return stem + "'s"; // "our pt's SSN"
                }
            }
        }
        return null;
    }

    /**
     * A health detail in [from, to): a condition, test, procedure or drug; the parts of hyphenated
     * words count ({@code cancer-free}). Returns the term or null.
     */
    static String healthTerm(AnalyzedPost post, int from, int to) {
        String found = find(HEALTH, post, from, to, -1, -1);
        if (found != null) {
            return found;
        }
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            Token t = post.tokens().get(i);
            if (t.is(Kind.WORD) && t.text().indexOf('-') > 0) {
                for (String part : post.lowerText(t).split("-")) {
                    if (HEALTH.contains(part)) {
                        return part;
                    }
                }
            }
        }
        return ForeignPhi.health(post, from, to);
    }

    /** A non-patient cue (conference, study, teaching, deadline, hours...) in [from, to), or null. */
    static String nonPatientCue(AnalyzedPost post, int from, int to) {
        return cue(NON_PATIENT, post, from, to);
    }

    /** A teaching, research or event cue in [from, to) (no date words such as 'closed'), or null. */
    static String teachingCue(AnalyzedPost post, int from, int to) {
        String cue = cue(TEACHING, post, from, to);
        return cue != null ? cue : post.signals().framing();
    }

    private static String cue(PhraseSet set, AnalyzedPost post, int from, int to) {
        String cue = find(set, post, from, to, -1, -1);
        if (cue != null) {
            return cue;
        }
        int end = Math.min(to, post.tokens().size());
        Matcher m = MEETING_TAG.matcher("");
        for (int i = Math.max(0, from); i < end; i++) {
            Token t = post.tokens().get(i);
            if (t.is(Kind.HASHTAG) && m.reset(t.text()).matches()) {
                return t.text(); // #ASH2026, #AAN2026: a meeting
            }
        }
        return null;
    }

    /** A capitalised word that can be part of a person's name (not a stop word, drug, month...). */
    /** Offices used after a courtesy title instead of a name. */
    /** Roles of the organisation's own people: "our volunteer", "our beloved retired nurse", "my preceptor". */
    private static final java.util.Set<String> OWN_ROLES = java.util.Set.of("volunteer", "volunteers", "nurse",
            "nurses", "chaplain", "founder", "co-founder", "cofounder", "colleague", "coworker", "co-worker",
            "employee", "staffer", "receptionist", "secretary", "aide", "tech", "technician", "pharmacist",
            "therapist", "physician", "doctor", "surgeon", "midwife", "medic", "paramedic", "instructor",
            "preceptor", "mentor", "educator", "director", "manager", "housekeeper", "janitor", "custodian",
            "greeter", "trustee", "retiree", "scribe", "chief", "ceo", "nun", "priest", "librarian", "donor",
            "donors", "sponsor", "sponsors", "benefactor", "clerk", "registrar", "porter", "transporter", "cook", "chef",
            "dietitian", "interpreter", "sitter", "phlebotomist", "hygienist", "assistant", "navigator", "coordinator",
            "administrator", "intern", "fellow", "attending", "hospitalist", "doc", "guard", "officer",
            "courier", "rn", "lpn", "cna", "np", "emt");
    /** Work for or gifts to the organisation: "who founded our clinic", "donated quilts to our NICU". */
    private static final java.util.Set<String> SERVICE_VERBS = java.util.Set.of("founded", "co-founded",
            "cofounded", "volunteered", "volunteers", "volunteering", "worked", "served", "taught", "retired",
            "retiring", "staffed", "donated", "donates", "donating", "gifted", "funded", "sponsored", "sponsors",
            "knitted", "knit", "sewed", "baked");
    private static final java.util.Set<String> OURS = java.util.Set.of("our", "here", "us");
    /** Giving, in a sentence of its own: "thank you to Armen and Lilit for sponsoring this year's gala". */
    static final java.util.Set<String> GIVING = java.util.Set.of("sponsoring", "sponsored", "donating",
            "donated", "donation", "donations", "donor", "donors", "gala", "fundraiser", "proceeds", "benefactor",
            "philanthropist", "endowed", "endowment", "scholarship", "gift", "gifts");

    /**
     * True when the sentence around [from, to) honours one of the organisation's own people (a
     * staff member, volunteer, founder or donor: "our volunteer Ida Marsh, 92", "Sister Ann, 98, who
     * founded our clinic", "Marty Klein, whose company donated tablets to our peds floor") rather
     * than describing a patient: an own role after "our" or "my" (up to two words between), or
     * founding, working for or giving to "our"/"here"; never with a strong patient cue or health
     * details in the sentence.
     */
    static boolean honoursOwnPeople(AnalyzedPost post, int from, int to) {
        int[] s = sentenceRange(post, from, to);
        Signals signals = post.signals();
        int sentence = post.tokens().get(from).sentence();
        if (signals.has(sentence, Signals.Kind.PATIENT_STRONG)) {
            return false;
        }
        if (giverNamed(post, to)) {
            return true; // "Doug Peltier, whose donation paid for 300 flu shots": the donor, whatever the gift bought
        }
        if (instructorNamed(post, to)) {
            return true; // "Tom Wells, 72, taught hands-only CPR to 40 teens": the teacher, whatever the lesson
        }
        if (signals.hasHealthDetail(sentence)) {
            return false;
        }
        for (int k = s[0]; k < s[1]; k++) {
            String w = post.lowerToken(k);
            if (ownRoleOfName(post, k, s[1]) || GIVING.contains(w)) {
                return true;
            } else if (SERVICE_VERBS.contains(w)) {
                for (int j = k + 1; j <= Math.min(s[1] - 1, k + 6); j++) {
                    if (OURS.contains(post.lowerToken(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> GIFT_VERBS = java.util.Set.of("donated", "funded", "gave", "gifted",
            "sponsored", "endowed", "bought");

    /** A name ending before {@code end} followed by "whose donation/gift" or "who donated/funded/gave". */
    private static boolean giverNamed(AnalyzedPost post, int end) {
        int k = end < post.tokens().size() && post.lowerToken(end).equals(",") ? end + 1 : end;
        if (k + 1 >= post.tokens().size()) {
            return false;
        }
        String rel = post.lowerToken(k);
        String next = post.lowerToken(k + 1);
        return (rel.equals("whose") && GIVING.contains(next)) || (rel.equals("who") && GIFT_VERBS.contains(next))
                || givesMoney(post, k);
    }

    private static final java.util.Set<String> LEADING = java.util.Set.of("taught", "teaches", "teaching", "teach",
            "led", "leads", "leading", "ran", "runs", "running", "hosted", "hosts", "hosting", "demonstrated",
            "demonstrates", "trained", "trains");
    private static final java.util.Set<String> LESSONS = java.util.Set.of("class", "classes", "course", "courses",
            "session", "sessions", "workshop", "workshops", "training", "lesson", "lessons", "demo", "seminar",
            "webinar", "talk", "to");

    /**
     * A name ending before {@code end} that teaches, leads or runs a lesson later in its sentence: "Tom
     * Wells, 72, taught hands-only CPR to 40 teens", "Ms. Harper, the librarian, is running a free CPR
     * class". Not in a sentence with a patient cue, a place of care, an unusual event (someone's
     * collapse at the class is a patient's story) or he or she, nor one teaching the writer.
     */
    static boolean instructorIn(AnalyzedPost post, int sentence) {
        var sn = post.sentences().get(sentence);
        for (int k = sn.firstToken(); k < sn.endToken(); k++) {
            if (isNameWord(post, post.tokens().get(k)) && (k + 1 >= sn.endToken() || !isNameWord(post, post.tokens().get(k + 1)))
                    && instructorNamed(post, k + 1)) {
                return true; // the last word of a name, then the lesson it leads
            }
        }
        return false;
    }

    private static boolean instructorNamed(AnalyzedPost post, int end) {
        if (end >= post.tokens().size()) {
            return false;
        }
        int sentence = post.tokens().get(end).sentence();
        var sn = post.sentences().get(sentence);
        Signals s = post.signals();
        if (s.has(sentence, Signals.Kind.PATIENT_STRONG) || s.has(sentence, Signals.Kind.UNUSUAL_EVENT)
                || Words.careSetting(post, sn.firstToken(), sn.endToken()) >= 0
                || Words.anyIn(post, sn.firstToken(), sn.endToken(), Words.SEX)) {
            // (nor "Mr. Oduya teaching me mancala while we waited on his CT results": his care is in it)
            return false;
        }
        for (int k = end; k < Math.min(sn.endToken(), end + 12); k++) {
            if (LEADING.contains(post.lowerToken(k)) && !(k + 1 < sn.endToken()
                    && TAUGHT_WRITER.contains(post.lowerToken(k + 1)))) { // not "teaching me to play"
                for (int j = k + 1; j < Math.min(sn.endToken(), k + 7); j++) {
                    if (LESSONS.contains(post.lowerToken(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> HAVE = java.util.Set.of("has", "have", "had", "just", "kindly",
            "generously", "recently");

    /**
     * At token {@code k}, after a name and perhaps its home town ("of Stevens Point"): a gift of money,
     * "have given $250,000", "donated $5,000", "pledged £10k" (not "gave birth", "gave consent"), in a
     * sentence with no he, she or himself in it (the giver's own care).
     */
    private static boolean givesMoney(AnalyzedPost post, int k) {
        int n = post.tokens().size();
        if (k < n && post.lowerToken(k).equals("of")) {
            k++;
            while (k < n && post.tokens().get(k).isCapitalized() && post.tokens().get(k).is(Kind.WORD)) {
                k++; // "of Stevens Point"
            }
        }
        while (k < n && HAVE.contains(post.lowerToken(k))) {
            k++;
        }
        if (k + 1 >= n || !(GIFT_VERBS.contains(post.lowerToken(k)) || post.lowerToken(k).equals("given")
                || post.lowerToken(k).equals("pledged") || post.lowerToken(k).equals("raised"))) {
            return false;
        }
        var sn = post.sentences().get(post.tokens().get(k).sentence());
        if (Words.anyIn(post, sn.firstToken(), sn.endToken(), Words.SEX)
                || Words.anyIn(post, sn.firstToken(), sn.endToken(), REFLEXIVE_THIRD)) {
            return false; // "gave $10,000 to our rehab program after finishing it himself": a patient who gives
        }
        String amount = post.tokens().get(k + 1).text();
        return amount.startsWith("$") || amount.startsWith("£") || amount.startsWith("€");
    }

    /** "our volunteer", "my old preceptor": "our" or "my" at {@code k}, an own role within three words, before {@code to}. */
    static boolean ownRole(AnalyzedPost post, int k, int to) {
        return ownRoleAt(post, k, to) >= 0;
    }

    /** The index of the role word of {@link #ownRole} ("volunteer" in "our gift shop volunteer"), or -1. */
    static int ownRoleAt(AnalyzedPost post, int k, int to) {
        String w = post.lowerToken(k);
        if (!w.equals("our") && !w.equals("my")) {
            return -1;
        }
        for (int j = k + 1; j <= Math.min(Math.min(to, post.tokens().size()) - 1, k + 4); j++) {
            if (OWN_ROLES.contains(post.lowerToken(j))) {
                return j;
            }
            Token t = post.tokens().get(j);
            boolean acronym = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
            if (!t.is(Kind.WORD) || (t.isCapitalized() && !acronym)) {
                return -1; // "our ICU nurse", "our longest-serving gift shop volunteer", not "our Dr. ..."
            }
        }
        return -1;
    }

    /**
     * "our volunteer Ida Marsh", "Ida Marsh, our volunteer": an own role at {@code k} (see
     * {@link #ownRole}) right before a name, or right after a name and its comma.
     */
    private static boolean ownRoleOfName(AnalyzedPost post, int k, int to) {
        int role = ownRoleAt(post, k, to);
        if (role < 0) {
            return false;
        }
        Token next = token(post, role + 1);
        if (next != null && next.sentence() == post.tokens().get(k).sentence() && isNameWord(post, next)) {
            return true;
        }
        Token name = token(post, k - 2);
        if (is(post, k - 1, ",") && name != null && name.is(Kind.NUMBER) && is(post, k - 3, ",")) {
            name = token(post, k - 4); // "Gloria, 74, our gift shop volunteer"
        }
        return is(post, k - 1, ",") && name != null && isNameWord(post, name);
    }

    /** True when the word at {@code k} is a role of the organisation's own people ("preceptor", "volunteer"). */
    /** {@code w} is one of the roles of {@link #isOwnRole} ("nurse", "volunteer", ...). */
    static boolean isOwnRoleWord(String w) {
        return OWN_ROLES.contains(w);
    }

    static boolean isOwnRole(AnalyzedPost post, int k) {
        return k >= 0 && k < post.tokens().size() && OWN_ROLES.contains(post.lowerToken(k));
    }

    /** Public offices: a capitalised one is a title, not a name; its holder's announcement is news. */
    static final java.util.Set<String> OFFICES = java.util.Set.of("president", "speaker", "chairman",
            "chairwoman", "chair", "secretary", "mayor", "governor", "justice", "chief", "ambassador", "senator",
            "vice", "prime", "minister", "commissioner", "director", "principal", "dean", "superintendent");

    static boolean isNameWord(AnalyzedPost post, Token t) {
        if (!t.is(Kind.WORD) || !t.isCapitalized() || t.length() < 2 || t.length() > 20) {
            return false;
        }
        String word = post.lowerText(t);
        if (Signals.SERVICE_NOUNS.contains(word) || OFFICES.contains(word)) {
            return false; // "Patient Experience", "Mr. President"
        }
        String s = t.text();
        if (s.endsWith("'s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
            if (s.length() < 2) {
                return false;
            }
        }
        boolean lower = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!(Character.isUpperCase(c) || c == '-' || c == '\'')) {
                return false;
            }
        }
        if (!lower) {
            return false; // acronyms: ICU, COVID
        }
        String w = s.toLowerCase(java.util.Locale.ROOT);
        return !NOT_NAMES.contains(w) && !WEEKDAYS.contains(w) && !HEALTH.contains(w);
    }

    /** True for a one-letter capital initial followed directly by a full stop ({@code K.}). */
    static boolean isInitial(AnalyzedPost post, int i) {
        Token t = token(post, i);
        Token dot = token(post, i + 1);
        return t != null && dot != null && t.is(Kind.WORD) && t.length() == 1 && Character.isUpperCase(t.text().charAt(0))
                && dot.text().equals(".") && dot.start() == t.end();
    }
}
