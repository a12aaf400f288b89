package org.primum.policy.internal;

import static org.primum.policy.internal.PhiContext.is;
import static org.primum.policy.internal.PhiContext.isInitial;
import static org.primum.policy.internal.PhiContext.isNameWord;
import static org.primum.policy.internal.PhiContext.lower;
import static org.primum.policy.internal.PhiContext.token;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Patient names found by strong patterns only (statistical name finding belongs to the NLP
 * module): {@code pt John Smith}, {@code my patient Jane}, {@code patient named ...},
 * {@code Mrs. Alvarez} with health context nearby, {@code Baby Boy Lopez}, and a full name right
 * before an age or a date of birth ({@code Walter Brandt (93!)}, {@code Agnes K. (DOB ...)}).
 * {@code Dr.} names are colleagues and never match. The span is the name without its title.
 */
final class NameRule implements Rule {

    private static final PhraseSet PATIENT_WORDS = PhraseSet.of("pt", "pts", "patient", "patients", "paciente",
            "pacientes", "patiente");

    /** What makes "patient" point at one person: "my patient", "our patient", "notre patient". */
    private static final PhraseSet DETERMINERS = PhraseSet.of("my", "our", "the", "a", "this", "your", "his",
            "her", "their", "notre", "nuestra", "nuestro", "nossa", "nosso", "la", "el", "del", "do", "da", "unser",
            "unsere", "mon", "ma", "new", "sweetest", "favorite", "favourite", "real");

    private static final PhraseSet NAMED = PhraseSet.of("named", "called", "llamado", "llamada", "nommé", "nommée",
            "chamado", "chamada");

    private static final PhraseSet TIME_WORDS = PhraseSet.of("today", "tonight", "yesterday", "this morning",
            "this week", "last night");

    /** Lower-case words that may sit inside a name: "Maria de la Cruz". */
    private static final PhraseSet PARTICLES = PhraseSet.of("de", "da", "del", "della", "van", "von", "der", "la",
            "le", "di", "bin", "binti", "al", "dos", "das", "du", "ter", "ten");

    /** Labels that follow a patient's name on a face sheet: "Irina Volkova, DOB ...". */
    private static final PhraseSet ID_LABELS = PhraseSet.of("dob", "d.o.b", "date of birth", "mrn", "ssn", "born",
            "age", "aged", "mbi", "member id", "né", "née", "y/o", "yo");

    /** A patient's records and devices: "Helen Okonkwo's chart", "Nnamdi Eze's ICD". */
    private static final PhraseSet RECORDS = PhraseSet.of("chart", "labs", "lab results",
            "device", "pacemaker", "icd", "pump", "insulin pump", "cpap", "meds", "medications",
            "prescription", "refill", "medicare", "medicaid", "insurance", "bill", "account", "records",
            "medical records", "portal", "discharge summary", "face sheet", "path report", "pathology report",
            "prior auth", "referral", "wristband", "room", "bed", "call light", "iv pump", "feeding tube", "trach");

    /** Capitalised nouns after "Baby" that make a title, not a newborn's name ("Baby Shark"). */
    private static final PhraseSet BABY_NOT_NAMES = PhraseSet.of("shark", "boomer", "boomers", "boom", "shower",
            "bump", "monitor", "formula", "food", "steps", "blues", "doll", "yoda", "driver", "gear", "powder",
            "wipes", "bottle", "carrier", "seat", "friendly", "talk", "brain", "fever", "box", "names", "class");

    private static final PhraseSet FAMILY_OWNERS = PhraseSet.of("pt's", "patient's", "his", "her", "your", "their");

    private static final PhraseSet FAMILY = PhraseSet.lexicon("family_roles.txt", null);

    /** A patient's death as carers write it: "died overnight", "held her hand". */
    /** Care settings that are the staff's working life, not a patient's place ("the whole night shift"). */
    private static final PhraseSet STAFF_SHIFTS = PhraseSet.of("night shift", "day shift");

    private static final PhraseSet LOSS = PhraseSet.of("passed away", "died", "rip", "rest easy", "held his hand",
            "held her hand", "time of death", "we lost", "i lost", "passed peacefully", "passed quietly",
            "passed overnight", "passed this morning", "passed last night", "passed today", "passed yesterday",
            "passed on monday", "passed on tuesday", "passed on wednesday", "passed on thursday", "passed on friday",
            "passed on saturday", "passed on sunday", "passed monday", "passed tuesday", "passed wednesday",
            "passed thursday", "passed friday", "passed saturday", "passed sunday", "passed in our", "passed on our");

    /**
     * Honorifics a community or a family gives a person, not a clinic's staff titles: "Pastor Gene",
     * "Coach Dale Pettibone", "Sgt. Daniel Brooks", "Grandpa Vito", "Pop Gene" ("Sister",
     * "Father" and "Captain" are left out: a ward sister, a chaplain and a crew's captain are colleagues).
     * Such a person is a patient as surely as "Mr. X" when their care is beside them.
     */
    private static final PhraseSet PRONOUNS = PhraseSet.of("he", "she", "his", "her", "him", "he's", "she's");

    private static final PhraseSet HONORIFICS = PhraseSet.of("pastor", "coach", "sgt", "sergeant", "cpl", "corporal",
            "trooper", "deacon", "grandpa", "grandma", "granny", "gramps", "grampa", "grandpop", "granddad", "grandad",
            "nana", "papa", "pop", "pops", "mama", "abuela", "abuelo", "abuelita", "abuelito", "auntie", "aunt",
            "uncle", "tía", "tío", "tia", "tio", "lil"); // "Lil Mateo": a nickname a family or a unit gives a child

    @Override
    public String id() {
        return "phi.name";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Patient names in strong patterns: 'pt John Smith', 'Mrs. Alvarez' with health context, "
                + "'Baby Boy Lopez', a name before an age or a DOB.";
    }

    private record Found(int start, int end, double confidence, List<String> reasons) {}

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        if (Placeholders.trainingRecord(post) || Placeholders.madeUp(post)) {
            return; // "fake patient named 'Jane Sandbox, MRN ...'": a test record's name is no one's
        }
        List<Token> tokens = post.tokens();
        TreeMap<Integer, Found> found = new TreeMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.WORD)) {
                continue;
            }
            if (PhiContext.at(PATIENT_WORDS, post, i) > 0 || ForeignPhi.patientNoun(post, i)) {
                afterPatientWord(post, i, found);
            } else if (PhiContext.at(NAMED, post, i) > 0
                    && PhiContext.find(PATIENT_WORDS, post, i - 4, i, -1, -1) != null) {
                int[] name = name(post, i + 1); // "both pts are named Maria Garcia"
                if (name != null) {
                    add(found, name, 0.85, "name after 'named' in a sentence about patients");
                }
            }
            int titled = PhiContext.nameAfterTitle(post, i);
            if (titled < 0 && t.text().equals("M") && is(post, i + 1, ".") && token(post, i + 2) != null
                    && isNameWord(post, tokens.get(i + 2)) && (i == 0 || !isNameWord(post, tokens.get(i - 1)))) {
                titled = i + 2; // French "M. Benali"
            }
            if (titled >= 0) {
                titled(post, i, titled, found);
            } else {
                initialAfterTitle(post, i, found);
                honorific(post, i, found);
            }
            if (post.lowerText(t).equals("baby")) {
                baby(post, i, found);
            }
            int owner = PhiContext.at(FAMILY_OWNERS, post, i);
            if (owner > 0 && PhiContext.at(FAMILY, post, i + owner) > 0) {
                relative(post, i, found);
            }
            if (isNameWord(post, t) && (i == 0 || !isNameWord(post, tokens.get(i - 1)))) {
                beforeAgeOrDob(post, i, found);
            }
            if (post.lowerText(t).equals("the")) {
                family(post, i, found);
            }
            recordBanner(post, i, found);
        }
        for (Found f : found.values()) {
            if (ContextualEntityRule.historical(post, post.tokens().get(post.tokenAt(f.start)).sentence())) {
                continue; // "Lou Gehrig, 36, retired from baseball in 1939": a case from the history books
            }
            out.accept(new Detection(FindingType.NAME, f.start, f.end, f.confidence,
                    "Contains a patient's name. Names are HIPAA identifiers, even a first name with other details.",
                    "Remove the name, or use a description that cannot identify the person ('a patient').",
                    f.reasons));
        }
    }

    private static void add(TreeMap<Integer, Found> found, int[] name, double confidence, String... reasons) {
        Found old = found.get(name[0]);
        if (old == null || old.confidence < confidence) {
            found.put(name[0], new Found(name[0], name[1], confidence, List.of(reasons)));
        }
    }

    /**
     * The name starting at token {@code k}: one to three name words (particles between them, an
     * initial at the end), as {start char, end char, index after}; null if no name starts there.
     * A possessive {@code 's} ends the name and is left out of the span.
     */
    static int[] name(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        Token first = token(post, k);
        if (first == null || !isNameWord(post, first)) {
            return null;
        }
        int start = first.start();
        int end = first.end();
        int next = k + 1;
        int words = 1;
        if (!possessive(first)) {
            while (words < 3 && next < tokens.size()) {
                int n = next;
                while (n < tokens.size() && n < next + 2 && tokens.get(n).is(Kind.WORD) && !tokens.get(n).isCapitalized()
                        && PhiContext.at(PARTICLES, post, n) > 0) {
                    n++;
                }
                Token t = token(post, n);
                if (t != null && t.start() - tokens.get(n - 1).end() <= 1 && isNameWord(post, t)) {
                    end = t.end();
                    next = n + 1;
                    words++;
                    if (possessive(t)) {
                        break;
                    }
                } else if (t != null && n == next && isInitial(post, n) && t.start() - tokens.get(n - 1).end() == 1) {
                    end = tokens.get(n + 1).end(); // "Tom K."
                    next = n + 2;
                    break;
                } else {
                    break;
                }
            }
        }
        Token last = tokens.get(next - 1);
        if (possessive(last) && last.end() == end) {
            end -= 2;
        }
        if (next < tokens.size() && isSplitPossessive(tokens.get(next)) && tokens.get(next).start() == end) {
            next++; // the tokenizer splits "Okonkwo's" into "Okonkwo" and "'s": the 's is not part of the name
        }
        return new int[] {start, end, next};
    }

    private static boolean possessive(Token t) {
        String s = t.text();
        return isSplitPossessive(t) || (s.length() > 2 && (s.endsWith("'s") || s.endsWith("'S")));
    }

    private static boolean isSplitPossessive(Token t) {
        return t.text().equalsIgnoreCase("'s");
    }

    /** Name words in a {@link #name} result starting at {@code i}, not counting a trailing {@code 's}. */
    private static int nameWords(AnalyzedPost post, int i, int[] name) {
        int n = name[2] - i;
        return isSplitPossessive(post.tokens().get(name[2] - 1)) ? n - 1 : n;
    }

    /** "pt John Smith", "our patient, Jane Doe", "patient named Deborah", "the sweetest pt today, Amara". */
    private static void afterPatientWord(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        Token t = post.tokens().get(i);
        String w = post.lowerText(t);
        if (t.text().equals("PT") || t.text().equals("PTS")) {
            return; // physical therapy
        }
        int k = i + 1;
        boolean named = PhiContext.at(NAMED, post, k) > 0;
        if (named) {
            k++;
        }
        boolean determiner = i > 0 && (PhiContext.at(DETERMINERS, post, i - 1) > 0 || ForeignPhi.determiner(post, i - 1));
        if (!w.equals("pt") && !named && !determiner) {
            return; // "Patient Safety Week"
        }
        int time = PhiContext.at(TIME_WORDS, post, k);
        if (time > 0 && is(post, k + time, ",")) {
            k += time;
        }
        boolean comma = is(post, k, ",") || is(post, k, ":");
        if (comma) {
            k++;
        } else if (!named && (is(post, k, "is") || is(post, k, "was"))) {
            k++;
        }
        if ((w.equals("patients") || w.equals("pacientes") || w.equals("pts")) && !comma) {
            return;
        }
        int titled = k < post.tokens().size() ? PhiContext.nameAfterTitle(post, k) : -1;
        if (titled >= 0) {
            k = titled;
        } else if (is(post, k, "m") && post.tokens().get(k).text().equals("M") && is(post, k + 1, ".")) {
            k += 2;
        }
        int[] name = name(post, k);
        if (name != null) {
            add(found, name, named ? 0.9 : 0.85, "name after '" + lower(post, i) + (named ? " named" : "") + "'");
        }
    }

    /** "Mrs. Alvarez": a name after a courtesy title, if the text around is about health care. */
    private static void titled(AnalyzedPost post, int title, int k, TreeMap<Integer, Found> found) {
        int[] name = name(post, k);
        if (name == null) {
            return;
        }
        if (PhiContext.isOwnRole(post, title - 1) || (is(post, name[2], ",") && PhiContext.ownRole(post, name[2] + 1,
                post.sentences().get(post.tokens().get(title).sentence()).endToken()))) {
            return; // "my instructor Ms. Rivera", "Mrs. Obi, our receptionist": a colleague
        }
        int sentence = post.tokens().get(title).sentence();
        if (ContextualEntityRule.staffIntroducedInAnotherSentence(post, name[2] - 1)
                && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)
                && !post.signals().hasHealthDetail(sentence)) {
            return; // "Mr. Frost is back! After 30 years, Kevin Frost, our nurse manager, ...": a colleague
        }
        if (ContextualEntityRule.namesAThing(post, k, name[2])) {
            return; // "'Mr. Smith', our SimMan": a mannequin's name
        }
        String t = post.tokens().get(title).text();
        int[] around = PhiContext.adjacentRange(post, title);
        String teaching = post.signals().framing() == null ? null : PhiContext.teachingCue(post, around[0], around[1]);
        if (teaching != null) {
            // "Teaching case: Mrs. Halvorsen, a fictional 67-year-old": a vignette's patient
            add(found, name, 0.35, "name after the title '" + t + "'", "teaching case ('" + teaching + "')");
            return;
        }
        String context = context(post, title, name[2]);
        if (context != null && PhiContext.honoursOwnPeople(post, k, name[2])) {
            // "Ms. Ada Finch, who volunteered at our front desk for 30 years": the organisation's own person
            add(found, name, 0.35, "name after the title '" + t + "'", "one of the organisation's own people");
        } else if (context != null) {
            add(found, name, 0.85, "name after the title '" + t + "'", context);
        } else {
            add(found, name, 0.35, "name after the title '" + t + "'", "no patient or health context nearby");
        }
    }

    /** A patient cue in {@code range} (the name's sentence and its neighbours) outside the name, as a reason, or null. */
    private static String patientCueNearby(AnalyzedPost post, int[] range, int from, int to) {
        String cue = PhiContext.patientCue(post, range[0], range[1], from, to);
        return cue == null ? null : "patient cue '" + cue + "' nearby";
    }

    /**
     * Patient or health context in the sentence of the name or the ones next to it, or null. A
     * sentence about teaching, events or professional life ("thanks Mr. Patel for the talk at grand
     * rounds", "congrats Ms. Johnson") gives none unless it also has a strong patient cue.
     */
    private static String context(AnalyzedPost post, int from, int to) {
        int[] range = PhiContext.adjacentRange(post, from);
        String cue = patientCueNearby(post, range, from, to);
        if (cue != null) {
            return cue;
        }
        int[] sentence = PhiContext.sentenceRange(post, from, to);
        if (PhiContext.find(PhiContext.TEACHING, post, sentence[0], sentence[1], -1, -1) != null
                || ForeignPhi.find(post, ForeignPhi.Cues::events, sentence[0], sentence[1], -1, -1) != null) {
            return null; // "el caso de doña Remedios ... era inventado para la sesión de formación"
        }
        String health = PhiContext.healthTerm(post, range[0], range[1]);
        if (health != null) {
            return "health details nearby ('" + health + "')";
        }
        String care = PhiContext.find(PhiContext.CARE, post, range[0], range[1], from, to);
        if (care == null) {
            care = ForeignPhi.find(post, ForeignPhi.Cues::weak, range[0], range[1], from, to);
        }
        if (care == null) {
            care = ForeignPhi.roomIn(post, range[0], range[1]); // "Herr Becker aus Zimmer 214"
        }
        if (care != null) {
            return "care setting nearby ('" + care + "')";
        }
        String record = PhiContext.find(Words.CARE_RECORDS, post, range[0], range[1], from, to);
        if (record != null) {
            return "a patient's records or bills nearby ('" + record + "')";
        }
        String procedure = PhiContext.find(Words.CARE_PROCEDURES, post, range[0], range[1], from, to);
        if (procedure == null) {
            procedure = PhiContext.find(Words.CARE_EPISODES, post, range[0], range[1], from, to);
        }
        if (procedure != null) {
            return "care nearby ('" + procedure + "')";
        }
        int setting = Words.careSetting(post, range[0], range[1]);
        int afterSetting = setting < 0 ? -1 : setting + Math.max(1, Words.CARE_SETTINGS.matchAt(post, setting));
        boolean staffOfIt = afterSetting > 0 && afterSetting < post.tokens().size()
                && Words.STAFF.contains(post.lowerToken(afterSetting)); // "our unit secretary Mrs. Kaminski"
        if (setting >= 0 && (setting < from || setting >= to) && STAFF_SHIFTS.matchAt(post, setting) == 0 && !staffOfIt) {
            return "care setting nearby ('" + post.lowerToken(setting) + "')"; // "the step-down unit", "hospice"
        }
        String loss = PhiContext.find(LOSS, post, range[0], range[1], from, to);
        return loss == null ? null : "a patient's death nearby ('" + loss + "')";
    }

    /**
     * "Pastor Gene", "Grandpa Vito", "Sgt. Daniel Brooks": a capitalised community or family
     * honorific before a name, where the care beside it is a patient's (a patient cue, a procedure,
     * an episode of care, a death; see {@link #context}). Not the author's own ("my Grandpa Joe",
     * "our Sister Ann"), not in a post about a public figure or framed as teaching, news or an event.
     */
    private static void honorific(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        Token t = post.tokens().get(i);
        int len = PhiContext.at(HONORIFICS, post, i);
        if (len == 0 || !t.isCapitalized() || t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                || PhiContext.at(PhiContext.TITLES, post, i) > 0) {
            return; // "Mr."/"Mrs." are the title rule's; "SGT" or "LT" in capitals are units and codes
        }
        int k = i + len;
        if (is(post, k, ".") && post.tokens().get(k).start() == post.tokens().get(k - 1).end()) {
            k++;
        }
        int[] name = name(post, k);
        if (name == null || PhiContext.at(HONORIFICS, post, k) > 0) {
            return;
        }
        if (i > 0 && (is(post, i - 1, "my") || is(post, i - 1, "our") || is(post, i - 1, "your")
                || PhiContext.isOwnRole(post, i - 1))) {
            return; // the writer's or the reader's own family, or the organisation's own people
        }
        Signals s = post.signals();
        if (s.framing() != null || s.isNonPatient(t.sentence())
                || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0
                || ContextualEntityRule.namesAThing(post, k, name[2]) || PhiContext.honoursOwnPeople(post, k, name[2])) {
            return;
        }
        String context = honorificContext(post, i, name[2]);
        if (context != null) {
            add(found, name, 0.8, "name after the honorific '" + t.text() + "'", context);
        }
    }

    /**
     * Care that makes an honoured person a patient, or null: a patient cue, a procedure or episode
     * of care, or a death in the sentence or the ones beside it; a health detail in the sentence
     * itself; a place of care only in a sentence already about a patient ("Coach Reyes toured our
     * new clinic" is no patient).
     */
    private static String honorificContext(AnalyzedPost post, int from, int to) {
        int[] range = PhiContext.adjacentRange(post, from);
        String cue = patientCueNearby(post, range, from, to);
        if (cue != null) {
            return cue;
        }
        int[] sentence = PhiContext.sentenceRange(post, from, to);
        if (PhiContext.find(PhiContext.TEACHING, post, sentence[0], sentence[1], -1, -1) != null) {
            return null;
        }
        String procedure = careNotInName(post, Words.CARE_PROCEDURES, range[0], range[1], from, to);
        if (procedure == null) {
            procedure = careNotInName(post, Words.CARE_EPISODES, range[0], range[1], from, to);
        }
        if (procedure != null) {
            return "care nearby ('" + procedure + "')";
        }
        String loss = PhiContext.find(LOSS, post, range[0], range[1], from, to);
        if (loss != null) {
            return "a patient's death nearby ('" + loss + "')";
        }
        String health = PhiContext.healthTerm(post, sentence[0], sentence[1]);
        if (health != null && PhiContext.find(PRONOUNS, post, sentence[0], sentence[1], from, to) != null) {
            return "health details ('" + health + "') of a person in the sentence"; // not "our cancer center"
        }
        int setting = Words.careSetting(post, range[0], range[1]);
        if (setting >= 0 && post.signals().isPatientContext(post.tokens().get(from).sentence())) {
            return "care setting nearby ('" + post.lowerToken(setting) + "') in a sentence about a patient";
        }
        return null;
    }

    /**
     * A phrase of {@code set} in [from, to) outside [skipFrom, skipTo), unless every word of it is
     * capitalised past a sentence's start: "Riverbend Physical Therapy" is a clinic's name, not care.
     */
    private static String careNotInName(AnalyzedPost post, PhraseSet set, int from, int to, int skipFrom, int skipTo) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = set.matchAt(post, i);
            if (len == 0 || (i < skipTo && skipFrom < i + len) || (i > 0 && post.lowerToken(i - 1).equals("no"))) {
                continue; // (nor a service's "no appointment needed")
            }
            boolean titleCase = post.sentences().get(post.tokens().get(i).sentence()).firstToken() != i;
            for (int k = i; k < i + len && titleCase; k++) {
                titleCase = post.tokens().get(k).isCapitalized();
            }
            if (!titleCase) {
                return set.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    /** "Mrs. K", "Mr. D.": a courtesy title and one initial, a common way to half-hide a patient. */
    private static void initialAfterTitle(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        Token t = post.tokens().get(i);
        int foreign = ForeignPhi.title(post, i);
        if (!t.is(Kind.WORD) || !t.isCapitalized() || (PhiContext.at(PhiContext.TITLES, post, i) == 0 && foreign == 0)
                || t.text().equals("MS") || t.text().equals("MR")) {
            return;
        }
        int k = i + Math.max(1, foreign > 1 && is(post, i + foreign - 1, ".") ? foreign - 1 : foreign);
        if (is(post, k, ".") && post.tokens().get(k).start() == t.end()) {
            k++;
        }
        Token initial = token(post, k);
        if (initial == null || !initial.is(Kind.WORD) || initial.length() != 1
                || !Character.isUpperCase(initial.text().charAt(0)) || initial.start() - post.tokens().get(k - 1).end() > 1) {
            return;
        }
        Token after = token(post, k + 1);
        int end = initial.end();
        if (after != null && after.text().equals(".") && after.start() == initial.end()) {
            Token next = token(post, k + 2);
            if (next != null && isNameWord(post, next) && next.start() - after.end() == 1) {
                return; // "Mr. J. Smith": the name rule proper
            }
            end = after.end();
        } else if (after != null && isNameWord(post, after)) {
            return;
        }
        if (post.signals().framing() != null || PhiContext.teachingCue(post, 0, post.tokens().size()) != null) {
            return; // "Mrs. J, 88" in a teaching case is a vignette's patient
        }
        String context = context(post, i, k + 1);
        add(found, new int[] {initial.start(), end}, context != null ? 0.8 : 0.35,
                "initial after the title '" + t.text() + "'", context != null ? context : "no patient or health context nearby");
    }

    /** "Baby Boy Lopez" (the hospital's naming of a newborn), "baby Amara". */
    private static void baby(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        int k = i + 1;
        boolean sex = is(post, k, "boy") || is(post, k, "girl");
        if (sex) {
            k++;
        }
        int[] name = name(post, k);
        if (name == null || (!sex && PhiContext.at(BABY_NOT_NAMES, post, k) > 0)) {
            return;
        }
        if (sex) {
            add(found, name, 0.85, "newborn named '" + post.tokens().get(i).text() + " " + lower(post, i + 1) + " ...'");
            return;
        }
        String context = context(post, i, name[2]);
        add(found, name, context != null ? 0.8 : 0.35, "name after 'baby'",
                context != null ? context : "no patient or health context nearby");
    }

    /** "pt's son Dmitri", "your husband Klaus": a patient's relative, named. */
    private static void relative(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        int ownerLength = PhiContext.at(FAMILY_OWNERS, post, i);
        int role = PhiContext.at(FAMILY, post, i + ownerLength);
        int k = i + ownerLength + role;
        if (is(post, k, ",")) {
            k++;
        }
        int[] name = name(post, k);
        if (name == null) {
            return;
        }
        String owner = lower(post, i);
        String context = owner.startsWith("pt") || owner.startsWith("patient") ? "a patient's relative"
                : context(post, i, name[2]);
        if (context != null && staffRelative(post, i)) {
            return; // "congrats to our office manager Denise on the birth of her grandson, Eli"
        }
        if (context != null) {
            add(found, name, 0.75, "relative named after '" + owner + " " + lower(post, i + ownerLength) + "'", context);
        }
    }

    /**
     * "our office manager Denise ... her grandson Eli": a his/her/their whose antecedent, earlier in the
     * sentence, is one of the organisation's own people, with no patient cue and no care setting in the
     * sentence: the staff member's family news, not a patient's relative ("... her grandson, born in our NICU"
     * still counts).
     */
    private static boolean staffRelative(AnalyzedPost post, int owner) {
        String w = lower(post, owner);
        if (!w.equals("his") && !w.equals("her") && !w.equals("their")) {
            return false;
        }
        var sentence = post.sentences().get(post.tokens().get(owner).sentence());
        int from = sentence.firstToken();
        int to = sentence.endToken();
        boolean staff = false;
        int roleAt = from;
        for (int k = from; k < owner && !staff; k++) {
            staff = PhiContext.ownRole(post, k, owner);
            roleAt = k;
        }
        if (!staff || PhiContext.patientCue(post, from, to, -1, -1) != null) {
            return false;
        }
        // a care setting in the role itself ("our ICU pharmacist Omar ... his wife Leila") is where they work
        int setting = Words.careSetting(post, from, to);
        int afterRole = roleAt + 1;
        while (afterRole < to && !PhiContext.isOwnRole(post, afterRole)) {
            afterRole++; // the role word ends the phrase: "our ICU pharmacist"
        }
        afterRole++;
        if (setting >= 0 && (setting < roleAt || setting >= afterRole
                || Words.careSetting(post, afterRole, to) >= 0 || Words.careSetting(post, from, roleAt) >= 0)) {
            return false;
        }
        // "our nurse sat with the patient until her son Marco arrived": the patient's son
        return PhiContext.find(PATIENT_WORDS, post, from, to, -1, -1) == null;
    }

    /**
     * "the Okonkwo family", "the Garza family's SUV": a family named by its surname, where a
     * patient's care or death is beside it (see {@link #honorificContext}). Not a family thanked for
     * a gift or honoured by the organisation.
     */
    private static void family(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        Token surname = token(post, i + 1);
        if (surname == null || !isNameWord(post, surname) || !(is(post, i + 2, "family") || is(post, i + 2, "family's")
                || (is(post, i + 2, "family") && is(post, i + 3, "'s")))) {
            return;
        }
        if (GIFTS.find(post, 0, post.tokens().size()) >= 0 || post.signals().framing() != null
                || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0
                || PhiContext.honoursOwnPeople(post, i + 1, i + 2)) {
            return; // "the Patel family donated 40 blankets to our NICU"
        }
        String context = honorificContext(post, i, i + 3);
        if (context != null) {
            add(found, new int[] {surname.start(), surname.end()}, 0.8, "a family named 'the " + surname.text()
                    + " family'", context);
        }
    }

    /** Gifts, thanks and honours: a family named in them is a donor, not a patient's. */
    private static final PhraseSet GIFTS = PhraseSet.of("donated", "donation", "donating", "donate", "gift",
            "gifted", "fund", "scholarship", "endowed", "sponsored", "sponsor", "in memory of", "in honor of",
            "in honour of", "thank you to", "thanks to", "grateful to",
            // giving days and matched gifts: "our Giving Tuesday match from the Haddad family"
            "giving tuesday", "giving day", "day of giving", "matching gift", "match from", "pledged", "pledge");

    /** Labels of a record banner or a wristband after a name: "LEBLANC, JOSEPH MRN ...", "| DOB ...". */
    private static final PhraseSet BANNER_LABELS = PhraseSet.of("mrn", "dob", "d.o.b", "acct", "fin", "csn",
            "mr#", "med rec", "allergy", "allergies", "sex", "age");

    /**
     * "LEBLANC, JOSEPH MRN 7730041", "ARCHULETA, BENITO | DOB 04/11/1939", "WILKERSON, T · MRN ...":
     * a surname and a given name (or an initial) in capitals, as record banners, wristbands and
     * census boards print them, followed by a record label. The label makes it a patient's.
     */
    private static void recordBanner(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        Token last = token(post, i);
        Token given = token(post, i + 2);
        if (last == null || given == null || !capitalsOnly(last, 2) || !is(post, i + 1, ",") || !capitalsOnly(given, 1)
                || (i > 0 && is(post, i - 1, ",") && token(post, i - 2) != null && capitalsOnly(post.tokens().get(i - 2), 2))
                || Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerText(last))
                || PhiContext.at(BANNER_LABELS, post, i) > 0 || PhiContext.at(BANNER_LABELS, post, i + 2) > 0) {
            return;
        }
        int k = i + 3;
        if (is(post, k, ".") && given.length() == 1) {
            k++;
        }
        while (k < post.tokens().size() && k < i + 6 && post.tokens().get(k).is(Kind.PUNCT)) {
            k++; // "|", "·", "-"
        }
        if (PhiContext.at(BANNER_LABELS, post, k) > 0) {
            add(found, new int[] {last.start(), given.end()}, 0.85, "a name in capitals, surname first, before '"
                    + post.tokens().get(k).text() + "'");
        }
    }

    /** A word of at least {@code min} letters, all of them capitals. */
    private static boolean capitalsOnly(Token t, int min) {
        if (!t.is(Kind.WORD) || t.length() < min) {
            return false;
        }
        for (int c = 0; c < t.text().length(); c++) {
            char ch = t.text().charAt(c);
            if (!Character.isUpperCase(ch) && ch != '-' && ch != '\'') {
                return false;
            }
        }
        return true;
    }

    /** "Walter Brandt (93!)", "Priya Raman turns 95", "Agnes Kowalczyk's (DOB ...)", "Irina Volkova, DOB". */
    private static void beforeAgeOrDob(AnalyzedPost post, int i, TreeMap<Integer, Found> found) {
        int[] name = name(post, i);
        Token t = post.tokens().get(i);
        if (name != null && nameWords(post, i, name) == 3 && post.sentences().get(t.sentence()).firstToken() == i) {
            i++; // a capitalised sentence opener: "Interrogated Helen Okonkwo's device"
            name = name(post, i);
        }
        if (name == null || nameWords(post, i, name) < 2 || !isNameWord(post, post.tokens().get(i + nameWords(post, i, name) - 1))
                || (i > 0 && (is(post, i - 1, ".") || PhiContext.at(PhiContext.TITLES, post, i - 1) > 0))) {
            return; // one capitalised word alone is too weak here
        }
        if (ContextualEntityRule.PLACE_SUFFIXES.matchAt(post, i + nameWords(post, i, name) - 1) > 0
                || ContextualEntityRule.isOrganisationWord(post, i + nameWords(post, i, name) - 1)) {
            return; // "Holmes County, 52": a place, then the age; "Stroud Maternity turns 10": a unit's birthday
        }
        String reason = whatFollows(post, name[2]);
        if (reason != null && reason.startsWith("followed by an age") && (PhiContext.honoursOwnPeople(post, i, name[2])
                || ContextualEntityRule.nurseTitleAt(post, i)
                        && !post.signals().has(t.sentence(), Signals.Kind.PATIENT_STRONG))) {
            return; // "our volunteer Ida Marsh, 92, retires": a colleague's age, not a patient's
        }
        if (reason != null) {
            add(found, name, 0.85, "full name " + reason);
        }
    }

    /** Why what follows a full name ending before token {@code k} marks a patient, or null. */
    private static String whatFollows(AnalyzedPost post, int k) {
        if (possessive(post.tokens().get(k - 1))) {
            int r = k;
            Token between = token(post, k);
            if (between != null && between.is(Kind.WORD) && !between.isCapitalized()
                    && PhiContext.at(RECORDS, post, k) == 0) {
                r++; // "Gustavo Pereira's recalled CPAP"
            }
            int len = PhiContext.at(RECORDS, post, r);
            if (len > 0) {
                return "followed by '" + RECORDS.canonicalAt(post, r, len) + "'";
            }
        }
        String open = lower(post, k);
        if (open.equals(",") || open.equals("(")) {
            Token n = token(post, k + 1);
            int v = n == null ? -1 : PhiContext.intValue(n, 3);
            String close = lower(post, k + 2);
            if (v >= 0 && v <= 125 && (close.equals(",") || close.equals(")") || close.equals("!"))) {
                return "followed by an age";
            }
            return PhiContext.at(ID_LABELS, post, k + 1) > 0 ? "followed by '" + lower(post, k + 1) + "'" : null;
        }
        if ((open.equals("turns") || open.equals("turned")) && token(post, k + 1) != null
                && PhiContext.intValue(post.tokens().get(k + 1), 3) >= 0) {
            return "followed by an age ('" + open + " " + post.tokens().get(k + 1).text() + "')";
        }
        int label = PhiContext.at(ID_LABELS, post, k);
        if (label > 0) {
            int n = k + label;
            if (is(post, n, ":") || is(post, n, "on")) {
                n++;
            }
            if (token(post, n) != null && post.tokens().get(n).is(Kind.NUMBER)) {
                return "followed by '" + open + "' and a number"; // "Esperanza Villanueva born 3/4/61"
            }
        }
        return null;
    }
}
