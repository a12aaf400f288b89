package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

/**
 * Everything the judgment rules need to know about a post, found in one pass over its tokens:
 * lexicon cues (patient context, research context, health details, quasi-identifiers, directives)
 * and, per sentence, whether it is about a specific patient.
 */
public final class Signals {

    /** What a cue says. */
    public enum Kind {
        PATIENT_STRONG(Lexicons.PATIENT_STRONG),
        PATIENT_WEAK(Lexicons.PATIENT_WEAK),
        NON_PATIENT(Lexicons.NON_PATIENT),
        DRUG(Lexicons.DRUGS),
        CONDITION(Lexicons.CONDITIONS),
        RARE_CONDITION(Lexicons.RARE_CONDITIONS),
        TEST_PROCEDURE(Lexicons.TESTS_PROCEDURES),
        DOSE_UNIT(Lexicons.DOSE_UNITS),
        SCHEDULE(Lexicons.SCHEDULES),
        TREATMENT_VERB(Lexicons.TREATMENT_VERBS),
        OCCUPATION(Lexicons.OCCUPATIONS),
        FAMILY_ROLE(Lexicons.FAMILY_ROLES),
        UNUSUAL_EVENT(Lexicons.UNUSUAL_EVENTS),
        TIMING(Lexicons.TIMING),
        DIRECTIVE(Lexicons.DIRECTIVES),
        DIAGNOSIS(Lexicons.DIAGNOSIS),
        SAFE(Lexicons.SAFE);

        final PhraseSet lexicon;

        Kind(PhraseSet lexicon) {
            this.lexicon = lexicon;
        }

        /** Health details: what turns a name or date next to them into health information. */
        boolean isHealthDetail() {
            return this == DRUG || this == CONDITION || this == RARE_CONDITION || this == TEST_PROCEDURE;
        }
    }

    /**
     * One lexicon match.
     *
     * @param kind what it says
     * @param canonical the lexicon entry it matched
     * @param first index of its first token
     * @param end index after its last token
     * @param sentence the sentence it is in
     */
    public record Cue(Kind kind, String canonical, int first, int end, int sentence) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + canonical + "'";
        }
    }

    private static final Kind[] KINDS = Kind.values();
    static final java.util.Set<String> SERVICE_NOUNS = java.util.Set.of("relations", "advocate", "advocates",
            "portal", "experience", "navigator", "navigators", "line", "services", "service", "safety", "education",
            "satisfaction", "access", "financial", "advisory", "council", "rights", "privacy", "representative",
            "liaison", "information", "handbook", "parking", "lounge", "transport", "transportation", "registration",
            "coordinator", "coordinators", "ambassador", "ambassadors");
    /** Job titles after "patient care": "our patient care coordinator", "the patient care team". */
    private static final java.util.Set<String> CARE_STAFF = java.util.Set.of("coordinator", "coordinators", "tech",
            "techs", "technician", "technicians", "assistant", "assistants", "associate", "associates", "team",
            "teams", "manager", "managers", "director", "specialist", "specialists", "aide", "aides", "staff");
    /** Units and people of a physical-therapy service: "our PT clinic", "the PT team", "PT students". */
    private static final java.util.Set<String> THERAPY_UNITS = java.util.Set.of("clinic", "clinics", "team", "teams",
            "dept", "department", "staff", "office", "gym", "program", "programme", "students", "student", "aide",
            "aides", "assistant", "assistants", "crew", "squad", "colleagues", "practice", "school", "residency",
            "residents", "folks", "techs", "hours", "schedule");

    /**
     * A patient cue of {@code len} tokens at {@code i} that is the first half of a service's or a unit's
     * name: "our patient relations line", "patient portal", "our PT clinic" (physical therapy), not a person.
     */
    static boolean namesAService(AnalyzedPost post, int i, int len) {
        if (len == 1 && therapistIntroduced(post, i)) {
            return true;
        }
        int next = i + len;
        if (next >= post.tokens().size()) {
            return false;
        }
        String w = post.lowerToken(next);
        String last = post.lowerToken(next - 1);
        if (w.equals("care") && next + 1 < post.tokens().size() && CARE_STAFF.contains(post.lowerToken(next + 1))) {
            return true; // "our patient care coordinator", "patient care techs": a job title
        }
        return SERVICE_NOUNS.contains(w) || ((last.equals("pt") || last.equals("pts")) && THERAPY_UNITS.contains(w))
                || ((last.equals("flyer") || last.equals("flier")) && AIRLINE_PROGRAM.contains(w));
    }

    /** Singular patient nouns a writer owns: "our longest-stay ICU patient", "my 3 o'clock pt". */
    private static final java.util.Set<String> ONE_PATIENT = java.util.Set.of("patient", "pt", "client");

    /**
     * "my" or "our", one to three describing words, then one patient ("our longest-stay ICU
     * patient", "my sweetest little patient"): the writer's own patient, as "my patient" is; the
     * adjacent "my patient" is the lexicon's. Not "our patient portal", "our patient care
     * coordinator" (a service or a role after it), nor "my patients" (many).
     * Returns the index after the patient noun, or 0.
     */
    private static int ownedPatient(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        if (!w.equals("my") && !w.equals("our")) {
            return 0;
        }
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        for (int k = i + 2; k <= i + 4 && k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            Token between = tokens.get(k - 1);
            if (!(between.is(Token.Kind.WORD) || between.is(Token.Kind.NUMBER) || between.text().equals("-"))
                    || ONE_PATIENT.contains(post.lowerToken(k - 1)) || Words.STAFF.contains(post.lowerToken(k - 1))) {
                return 0;
            }
            if (ONE_PATIENT.contains(post.lowerToken(k)) && tokens.get(k).is(Token.Kind.WORD)) {
                boolean capsPt = tokens.get(k).text().equals("PT");
                String next = k + 1 < tokens.size() ? post.lowerToken(k + 1) : "";
                return capsPt || namesAService(post, k, 1) || Words.STAFF.contains(next) || next.equals("care")
                        ? 0 : k + 1;
            }
        }
        return 0;
    }

    /** An airline's "frequent flyer miles", not the ward's word for a patient who keeps coming back. */
    private static final java.util.Set<String> AIRLINE_PROGRAM = java.util.Set.of("miles", "mile", "program",
            "programme", "points", "status", "club", "card", "number", "account", "perks");

    /** Words between "our" and a newly introduced colleague: "our newest PT", "my favorite PT". */
    private static final java.util.Set<String> STAFF_PRAISE = java.util.Set.of("new", "newest", "favorite", "favourite",
            "lead", "head", "senior", "amazing", "awesome", "wonderful", "fantastic", "incredible");

    /**
     * "Meet our newest PT, Marcus!": "PT" written in capitals after "our/my" and a word that introduces or
     * praises a colleague is a physical therapist, not a patient ("our new pt in bed 3" stays a patient).
     */
    static boolean therapistIntroduced(AnalyzedPost post, int i) {
        String text = post.tokens().get(i).text();
        return (text.equals("PT") || text.equals("DPT")) && i >= 2 && STAFF_PRAISE.contains(post.lowerToken(i - 1))
                && (post.lowerToken(i - 2).equals("our") || post.lowerToken(i - 2).equals("my"));
    }

    /** Public offices and fame, and the verbs by which such a person makes their own illness news. */
    private static final java.util.Set<String> PUBLIC_OFFICES = java.util.Set.of("president", "senator", "governor",
            "king", "queen", "prince", "princess", "celebrity", "actor", "actress", "singer", "rapper", "pope",
            "congressman", "congresswoman");
    private static final java.util.Set<String> ANNOUNCED = java.util.Set.of("announced", "announces", "revealed",
            "reveals", "disclosed", "discloses", "said", "says", "shared", "shares", "confirmed", "confirms");

    /** A sentence opened by these is a hypothetical or a general rule, not a case. */
    private static final java.util.Set<String> GENERAL_OPENERS = java.util.Set.of("if", "when", "whenever", "anyone",
            "always", "never", "every", "most", "many", "some");

    private final AnalyzedPost post;
    private final List<Cue> cues;
    private final List<List<Cue>> bySentence;
    private final boolean[] patient;
    private final boolean aboutPatient;
    private final boolean[] research;
    /** Sentences that decline to confirm care ({@link Words#NON_CONFIRMING}). */
    private final boolean[] declining;
    /** A quiz, board question or teaching file: its vignette cues ("presents with") describe no one. */
    private final boolean teaching;
    private String framing;
    private final Map<String, Boolean> memo = new java.util.HashMap<>();
    private final Map<String, Object> objects = new java.util.HashMap<>();

    private Signals(AnalyzedPost post, List<Cue> cues, boolean[] declining) {
        this.post = post;
        this.declining = declining;
        this.teaching = Lexicons.TEACHING.find(post, 0, post.tokens().size()) >= 0
                || hashtagIn(post, Lexicons.TEACHING);
        this.cues = List.copyOf(cues);
        int n = post.sentences().size();
        this.bySentence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Cue c : cues) {
            bySentence.get(c.sentence()).add(c);
        }
        this.patient = new boolean[n];
        boolean any = false;
        boolean[] direct = new boolean[n];
        this.research = new boolean[n];
        for (int i = 0; i < n; i++) {
            research[i] = has(i, Kind.NON_PATIENT) && !hasCaseCue(i) && !(onlyAlerts(i) && anyOnePerson());
        }
        for (int i = 0; i < n; i++) {
            boolean strong = hasCaseCue(i) || (has(i, Kind.PATIENT_STRONG) && !research[i]);
            // "Tuesday", "last night": when something happened to someone is as good as "today"
            boolean weak = has(i, Kind.PATIENT_WEAK) || has(i, Kind.TIMING);
            boolean health = hasHealthDetail(i);
            boolean framed = has(i, Kind.NON_PATIENT);
            // "if you have ...", "Si tu hijo tiene fiebre ...": a general rule, not a case
            boolean general = generalOpener(post, i);
            // a weak cue and a health detail make a case only with a person in it ("she", "my pt's mom")
            // (nor does a public figure's own announcement: "The governor announced yesterday he has cancer")
            var sn = post.sentences().get(i);
            boolean publicFigure = Words.anyIn(post, sn.firstToken(), sn.endToken(), PUBLIC_OFFICES)
                    && Words.anyIn(post, sn.firstToken(), sn.endToken(), ANNOUNCED);
            direct[i] = strong || (weak && health && !framed && !general && !publicFigure && personIn(post, i));
            // "8 month old from Tuesday's shift. NAT workup came back positive.": someone known by an age and
            // a time of care, whose health detail the next (or last) sentence gives without a person of its own
            direct[i] |= weak && !framed && !general && !publicFigure && ageIn(post, i)
                    && (healthAlone(post, i - 1) || healthAlone(post, i + 1));
            any |= direct[i];
        }
        for (int i = 0; i < n; i++) {
            boolean research = this.research[i];
            boolean near = (i > 0 && direct[i - 1]) || (i + 1 < n && direct[i + 1]);
            patient[i] = direct[i] || (any && !research && (near || n <= 3));
        }
        this.aboutPatient = any;
    }

    /**
     * The canonical form of non_patient_context.txt's public-alert line ("heat advisory|air quality
     * alert|boil water notice|..."): every alert on that line is reported under its first entry.
     */
    private static final String PUBLIC_ALERT = "heat advisory";

    /**
     * A public alert ("heat advisory", "boil water notice") frames a post for everyone, not one that
     * goes on to a single person ("... the only lifeguard in Wickenburg, 19, collapsed").
     */
    private boolean onlyAlerts(int sentence) {
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.NON_PATIENT && !c.canonical().equals(PUBLIC_ALERT)) {
                return false;
            }
        }
        return true;
    }

    /** One person in the sentence: he/she, a title, an age, a singular family role or occupation (not "kids"). */
    private boolean onePerson(int sentence) {
        return onePerson(sentence, true);
    }

    /**
     * One person in the sentence, not a group: "he", "the woman", an age ("58M"), a singular family
     * role or occupation ("their grandpa", "the crab boat captain"; not "kids", "new parents",
     * "women"), and with {@code titles} a courtesy title ("Mrs.").
     */
    boolean onePerson(int sentence, boolean titles) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = post.lowerToken(k);
            if ((Words.SEX.contains(w) && !w.equals("men") && !w.equals("women"))
                    || (titles && Words.COURTESY_TITLES.contains(w))
                    || (post.tokens().get(k).is(Token.Kind.NUMBER) && QuasiIdentifierRule.isAge(post, k))) {
                return true;
            }
        }
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.FAMILY_ROLE || c.kind() == Kind.OCCUPATION) {
                String last = post.lowerToken(c.end() - 1);
                if (!last.endsWith("s") || last.endsWith("ss")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the sentence gives someone's age ("8 month old", "a 45yo"). */
    private static boolean ageIn(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (post.tokens().get(k).is(Token.Kind.NUMBER) && QuasiIdentifierRule.isAge(post, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when sentence {@code sentence} exists and gives a health detail with no person, framing or
     * general opener of its own ("NAT workup came back positive."): it goes on about the case before.
     */
    private boolean healthAlone(AnalyzedPost post, int sentence) {
        return sentence >= 0 && sentence < post.sentences().size() && hasHealthDetail(sentence)
                && !has(sentence, Kind.NON_PATIENT) && !generalOpener(post, sentence) && !personIn(post, sentence);
    }

    /** True when the sentence opens as a general rule or a hypothetical ("if ...", "every ...", "Si tu hijo ..."). */
    static boolean generalOpener(AnalyzedPost post, int sentence) {
        int opener = post.sentences().get(sentence).firstToken();
        ForeignPhi.Cues foreign = ForeignPhi.of(post);
        return GENERAL_OPENERS.contains(post.lowerToken(opener))
                || (foreign != null && foreign.conditional().matchAt(post, opener) > 0);
    }

    /** True when the sentence names or points at one person: "she", "the ferry captain", "her grandson", "58M". */
    boolean personInSentence(int sentence) {
        return personIn(post, sentence);
    }

    private boolean personIn(AnalyzedPost post, int sentence) {
        if (writersOwnHealth(sentence)) {
            return false; // "your friendly pharmacist: I tore my ACL on Saturday": the writer, not a patient
        }
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.FAMILY_ROLE && writersRelative(post, c.first())) {
                return false; // "my mom's knee replacement": the writer's own family, not a patient
            }
        }
        if (has(sentence, Kind.FAMILY_ROLE) || has(sentence, Kind.OCCUPATION)) {
            return true; // "her grandson", "the ferry captain": one person
        }
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = post.lowerToken(k);
            if (Words.SEX.contains(w) || w.equals("patient") || w.equals("pt") || w.equals("someone")
                    || (post.tokens().get(k).is(Token.Kind.NUMBER) && QuasiIdentifierRule.isAge(post, k))
                    || (post.tokens().get(k).isCapitalized() && k > s.firstToken()
                            && Lexicons.GIVEN_NAMES.matchAt(post, k) > 0 && !afterSaint(post, k))) {
                return true;
            }
        }
        // "Frau K.", "doña Carmen", "un homme de 58 ans", "elle": a person in a Spanish, French, Portuguese,
        // German or Italian sentence
        ForeignPhi.Cues foreign = ForeignPhi.of(post);
        return foreign != null && (PhiContext.titledName(post, s.firstToken(), s.endToken()) >= 0
                || foreign.person().find(post, s.firstToken(), s.endToken()) >= 0);
    }

    /** "St. Joseph's parish hall", "Saint Luke's": a church or hospital named for a saint, no person. */
    private static boolean afterSaint(AnalyzedPost post, int k) {
        int b = k > 0 && post.lowerToken(k - 1).equals(".") ? k - 2 : k - 1;
        return b >= 0 && (post.lowerToken(b).equals("st") || post.lowerToken(b).equals("saint")
                || post.lowerToken(b).equals("san") || post.lowerToken(b).equals("santa"));
    }

    static Signals of(AnalyzedPost post) {
        List<Cue> cues = new ArrayList<>();
        List<Token> tokens = post.tokens();
        boolean[] declining = new boolean[post.sentences().size()];
        for (var s : post.sentences()) {
            declining[s.index()] = Words.NON_CONFIRMING.find(post, s.firstToken(), s.endToken()) >= 0;
        }
        ForeignPhi.Cues foreign = ForeignPhi.of(post);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.HASHTAG) {
                // #MedEd, #Research: a hashtag frames the post; match its word against the research cues
                String tag = post.lowerToken(i).substring(1);
                if (Lexicons.NON_PATIENT.contains(tag)) {
                    cues.add(new Cue(Kind.NON_PATIENT, tag, i, i + 1, t.sentence()));
                }
                continue;
            }
            if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.PUNCT && t.kind() != Token.Kind.NUMBER
                    && t.kind() != Token.Kind.ALNUM) {
                continue;
            }
            for (Kind k : KINDS) {
                int len = k.lexicon.matchAt(post, i);
                if (len > 0 && (k == Kind.PATIENT_STRONG || k == Kind.PATIENT_WEAK)) {
                    if (namesAService(post, i, len) || insideWritersRelative(post, i + len)) {
                        len = 0; // "our patient portal"; the "yo" of "my 6yo nephew"
                    }
                }
                if (len > 0 && (k == Kind.PATIENT_STRONG || k == Kind.PATIENT_WEAK)
                        && (negated(post, i) || declining[t.sentence()] || ContextualEntityRule.stateAfterTown(post, i)
                                || ContextualEntityRule.namedRoom(post, i))) {
                    len = 0; // "she's not my patient", "we can't confirm whether anyone is our patient"
                }
                if (len == 1 && (k == Kind.PATIENT_STRONG || k == Kind.PATIENT_WEAK) && credentialAfterName(post, i)) {
                    len = 0; // "Marisol Acevedo, PT, DPT": a physical therapist's credential, not a patient
                }
                if (len == 1 && k == Kind.PATIENT_WEAK && Words.executiveTitle(post, i)) {
                    len = 0; // "our ED Gérald Lacroix": an executive director, not the emergency department
                }
                if (len > 0 && k == Kind.PATIENT_STRONG && familyStatement(post, i, len)) {
                    len = 0; // "his family shared his Alzheimer's diagnosis publicly": the family's own public news
                }
                if (len > 0 && (k == Kind.PATIENT_STRONG || k == Kind.PATIENT_WEAK) && admittedToGroup(post, i)) {
                    len = 0; // "admitted to the bar", "admitted to our team ... as our new nurse practitioner"
                }
                if (len == 1 && k == Kind.NON_PATIENT && till(post, i)) {
                    len = 0; // "fainted at register 4": a shop's till, not "register now"
                }
                if (len == 1 && k == Kind.FAMILY_ROLE && churchTitle(post, i)) {
                    len = 0; // "Brother Amos and the ministry team", "Sister Lorraine": a congregation's title
                }
                if (len > 0 && k == Kind.NON_PATIENT && comparedWith(post, i)) {
                    len = 0; // "taught me more than any textbook": a comparison, not a teaching post
                }
                if (len > 0 && k == Kind.NON_PATIENT && careMilestone(post, i, len)) {
                    len = 0; // "her 'graduation' from cardiac rehab": one patient's milestone, not a ceremony
                }
                if (len == 1 && foreign != null && t.length() <= 3 && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                    len = 0; // Spanish "mi", Italian "ed": an English abbreviation counts in another language only in capitals
                }
                if (len > 0 && sameSentence(tokens, i, len)) {
                    cues.add(new Cue(k, k.lexicon.canonicalAt(post, i, len), i, i + len, t.sentence()));
                }
            }
            if (foreign != null) {
                foreignCues(post, foreign, i, cues);
            }
            if (gestationalAge(post, i)) {
                cues.add(new Cue(Kind.CONDITION, "pregnancy", i, i + 1, t.sentence()));
            }
            if (numberedBed(post, i)) {
                cues.add(new Cue(Kind.PATIENT_STRONG, "bed " + tokens.get(i + 1).text(), i, i + 2, t.sentence()));
            }
            int owned = ownedPatient(post, i);
            if (owned > 0) {
                cues.add(new Cue(Kind.PATIENT_STRONG, post.lowerToken(i) + " … " + post.lowerToken(owned - 1), i, owned,
                        t.sentence()));
            }
            int lost = organOutOrBoneBroken(post, i);
            if (lost > 0) {
                boolean broken = !post.lowerToken(lost - 1).equals("out") && !post.lowerToken(lost - 1).equals("removed");
                cues.add(new Cue(broken ? Kind.CONDITION : Kind.TEST_PROCEDURE, broken ? "broken bone" : "organ removed",
                        i, lost, t.sentence()));
            }
            int spot = personInNumberedSpot(post, i);
            if (spot > 0) {
                cues.add(new Cue(Kind.PATIENT_STRONG, "the " + post.lowerToken(i - 1) + " in "
                        + tokens.get(spot - 1).text(), i, spot, t.sentence()));
            }
        }
        return new Signals(post, withoutResearchInsideTests(cues, tokens.size()), declining);
    }

    /**
     * The cues of a Spanish, French, Portuguese, German or Italian post at token {@code i}, as the
     * English kinds they stand for: a patient ("mi paciente", "entlassen"), a place or time of care,
     * an event or colleague, a health detail ("cirugía", or a medicine or condition by its stem).
     */
    private static void foreignCues(AnalyzedPost post, ForeignPhi.Cues foreign, int i, List<Cue> cues) {
        Token t = post.tokens().get(i);
        if (t.kind() != Token.Kind.WORD) {
            return;
        }
        foreignCue(post, foreign.strong(), Kind.PATIENT_STRONG, i, cues);
        foreignCue(post, foreign.weak(), Kind.PATIENT_WEAK, i, cues);
        foreignCue(post, foreign.events(), Kind.NON_PATIENT, i, cues);
        foreignCue(post, foreign.health(), Kind.TEST_PROCEDURE, i, cues);
        foreignCue(post, foreign.occupations(), Kind.OCCUPATION, i, cues); // "el alcalde", "il campanaro"
        if (t.text().indexOf('-') > 0 && foreign.health().matchAt(post, i) == 0) {
            for (String part : post.lowerText(t).split("-")) {
                if (foreign.health().contains(part)) {
                    cues.add(new Cue(Kind.TEST_PROCEDURE, part, i, i + 1, t.sentence())); // "Hüft-OP"
                    break;
                }
            }
        }
        if (PhiContext.nameAfterTitle(post, i - 1) == i || (i > 1 && PhiContext.nameAfterTitle(post, i - 2) == i)) {
            return; // "doña Remedios": a name, not the medicine its stem spells
        }
        String drug = ForeignAdviceRule.DRUG_STEMS.match(post, i);
        if (drug != null) {
            cues.add(new Cue(Kind.DRUG, drug, i, i + 1, t.sentence()));
        } else {
            String condition = ForeignAdviceRule.CONDITION_STEMS.match(post, i);
            if (condition != null) {
                cues.add(new Cue(Kind.CONDITION, condition, i, i + 1, t.sentence()));
            }
        }
    }

    private static void foreignCue(AnalyzedPost post, PhraseSet set, Kind kind, int i, List<Cue> cues) {
        int len = set.matchAt(post, i);
        if (len > 0 && sameSentence(post.tokens(), i, len)) {
            cues.add(new Cue(kind, set.canonicalAt(post, i, len), i, i + len, post.tokens().get(i).sentence()));
            return;
        }
        String word = elided(post.lowerToken(i));
        if (word != null && set.contains(word)) {
            cues.add(new Cue(kind, word, i, i + 1, post.tokens().get(i).sentence())); // "l'accouchement", "dall'ospedale"
        }
    }

    /** Elisions a French or Italian word carries in front ("l'", "d'", "qu'", "dall'", "nell'"). */
    private static final java.util.Set<String> ELISIONS = java.util.Set.of("l", "d", "j", "qu", "n", "s", "c", "m",
            "t", "dell", "dall", "nell", "all", "sull", "un", "quell", "coll");

    /** The word after an elided article or preposition ("accouchement" in "l'accouchement"), or null. */
    static String elided(String lower) {
        int apostrophe = lower.indexOf('\'');
        if (apostrophe <= 0 || apostrophe > 5 || apostrophe + 2 >= lower.length()
                || !ELISIONS.contains(lower.substring(0, apostrophe))) {
            return null;
        }
        return lower.substring(apostrophe + 1);
    }

    private static final java.util.regex.Pattern WEEKS_AND_DAYS = java.util.regex.Pattern.compile("(\\d\\d)w(?:[0-6]d?)?");

    /**
     * A pregnancy's length as midwives and obstetricians write it: "40+5" (weeks and days), "38w2d",
     * "39w". A health detail of whoever carries it. Weeks from 20 to 44 only, so "40+ years" and
     * scores are not.
     */
    private static boolean gestationalAge(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        Token t = tokens.get(i);
        if (t.is(Token.Kind.ALNUM)) {
            java.util.regex.Matcher m = WEEKS_AND_DAYS.matcher(post.lowerToken(i));
            return m.matches() && weeks(Integer.parseInt(m.group(1)));
        }
        if (t.is(Token.Kind.NUMBER) && t.length() == 2 && i + 1 < tokens.size() && post.lowerToken(i + 1).equals("w")
                && tokens.get(i + 1).start() == t.end()) {
            return weeks(Integer.parseInt(t.text())); // "36w"
        }
        if (!t.is(Token.Kind.NUMBER) || t.length() != 2 || i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("+")
                || tokens.get(i + 1).start() != t.end() || tokens.get(i + 2).start() != tokens.get(i + 1).end()
                || !tokens.get(i + 2).is(Token.Kind.NUMBER) || tokens.get(i + 2).length() != 1
                || (i + 3 < tokens.size() && tokens.get(i + 3).text().equals("="))) {
            return false;
        }
        return weeks(Integer.parseInt(t.text())) && tokens.get(i + 2).text().charAt(0) <= '6';
    }

    private static boolean weeks(int n) {
        return n >= 20 && n <= 44;
    }

    /** Care a patient "graduates" from: "graduation from cardiac rehab", "PT graduation", "NICU graduation". */
    private static final java.util.Set<String> CARE_PROGRAMS = java.util.Set.of("rehab", "therapy", "pt", "ot",
            "physio", "nicu", "picu", "chemo", "chemotherapy", "radiation", "dialysis", "hospice", "speech",
            "physiotherapy", "treatment", "program");

    /** A graduation from a program of care, named right before it or within three words after. */
    private static boolean careMilestone(AnalyzedPost post, int i, int len) {
        if (!post.lowerToken(i).startsWith("graduat")) {
            return false;
        }
        if (i > 0 && CARE_PROGRAMS.contains(post.lowerToken(i - 1))) {
            return true;
        }
        List<Token> tokens = post.tokens();
        for (int k = i + len; k < Math.min(tokens.size(), i + len + 4); k++) {
            if (CARE_PROGRAMS.contains(post.lowerToken(k)) && !post.lowerToken(k).equals("program")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the lady in bed 3 ... her", "Pop Gene in bed 12B gave me his ...": the bed a person lies in, a
     * case cue whatever its number (the lexicon lists "bed 4" only as an example), when he or she is
     * in the sentence. Not a bed as furniture ("bed 12 already squeaks") nor "Bed 2" of a named room.
     */
    private static boolean numberedBed(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        if (!(i + 1 < tokens.size() && post.lowerToken(i).equals("bed")
                && (tokens.get(i + 1).is(Token.Kind.NUMBER) || tokens.get(i + 1).is(Token.Kind.ALNUM))
                && tokens.get(i + 1).length() <= 4 && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
                && !ContextualEntityRule.namedRoom(post, i) && !negated(post, i))) {
            return false;
        }
        Sentence s = post.sentences().get(tokens.get(i).sentence());
        return Words.anyIn(post, s.firstToken(), s.endToken(), Words.SEX);
    }

    /** People named by where they lie: "the lady in 7", "the guy in bay 12". */
    private static final java.util.Set<String> PEOPLE_BY_SPOT = java.util.Set.of("lady", "guy", "man", "woman",
            "gentleman", "gent", "kid", "baby", "girl", "boy", "dude", "grandpa", "grandma", "fella");
    private static final java.util.Set<String> SPOTS = java.util.Set.of("bed", "room", "rm", "bay", "pod");

    /**
     * "the lady in 7", "the guy in bay 12" at token {@code i} (the "in"), so that the cue covers "in" and the
     * number: the ward's way of naming a patient by the bed or room they lie in. A number of one or two
     * digits (not "the guy in 2019", "a man in 30 seconds"), right after a person noun. Returns the end
     * of the cue (after the number), or -1.
     */
    private static int personInNumberedSpot(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        if (i < 1 || !post.lowerToken(i).equals("in") || !PEOPLE_BY_SPOT.contains(post.lowerToken(i - 1))) {
            return -1;
        }
        String before = i >= 2 ? post.lowerToken(i - 2) : "";
        if (before.equals("one") || before.equals("every") || before.equals("each")
                || (i >= 2 && post.tokens().get(i - 2).is(Token.Kind.NUMBER))) {
            return -1; // "one woman in 8", "1 man in 4": a rate
        }
        int k = i + 1;
        if (k < tokens.size() && SPOTS.contains(post.lowerToken(k))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).is(Token.Kind.NUMBER) || tokens.get(k).length() > 2
                || tokens.get(k).sentence() != tokens.get(i).sentence()) {
            return -1;
        }
        String after = k + 1 < tokens.size() ? post.lowerToken(k + 1) : "";
        // "the man in 2 minutes", "a kid in 5 hours": a duration, not a room
        return !Lexicons.TIMING.contains(after) && !DURATIONS.contains(after) ? k + 1 : -1;
    }

    private static final java.util.Set<String> REMOVABLE = java.util.Set.of("appendix", "gallbladder", "tonsils",
            "adenoids", "spleen", "kidney", "thyroid", "uterus", "ovary", "ovaries", "prostate", "colon", "breast",
            "lung", "wisdom");
    private static final java.util.Set<String> BREAKS = java.util.Set.of("broke", "broken", "fractured", "shattered",
            "snapped", "cracked", "dislocated");
    private static final java.util.Set<String> BONES = java.util.Set.of("hip", "arm", "leg", "wrist", "ankle", "elbow",
            "collarbone", "clavicle", "femur", "pelvis", "ribs", "rib", "neck", "back", "jaw", "nose", "skull",
            "shoulder", "kneecap", "knee", "foot", "hand", "tibia", "humerus", "vertebra", "spine");

    /**
     * The end of "his appendix out", "her gallbladder removed", "their tonsils out" (an organ taken
     * out) or of "broke her hip", "fractured his wrist" (a bone broken) at token {@code i}, or 0: an
     * operation or injury told in everyday words. An owner is required ("broke the record", "the
     * appendix is" are no one's).
     */
    private static int organOutOrBoneBroken(AnalyzedPost post, int i) {
        int n = post.tokens().size();
        String w = post.lowerToken(i);
        if (Words.PERSONAL_POSSESSIVES.contains(w) && i + 2 < n && REMOVABLE.contains(post.lowerToken(i + 1))) {
            int k = post.lowerToken(i + 1).equals("wisdom") && post.lowerToken(i + 2).equals("teeth") ? i + 3 : i + 2;
            if (k < n && (post.lowerToken(k).equals("out") || post.lowerToken(k).equals("removed"))) {
                return k + 1;
            }
            return 0;
        }
        if (BREAKS.contains(w) && i + 2 < n && Words.PERSONAL_POSSESSIVES.contains(post.lowerToken(i + 1))) {
            int k = i + 2;
            if (k + 1 < n && (post.lowerToken(k).equals("left") || post.lowerToken(k).equals("right"))) {
                k++;
            }
            return BONES.contains(post.lowerToken(k)) ? k + 1 : 0;
        }
        return 0;
    }

    /** Words after a number that make it a duration or a count: "the man in 2 minutes", "a kid in 5 of them". */
    private static final java.util.Set<String> DURATIONS = java.util.Set.of("minutes", "minute", "min", "mins",
            "hours", "hour", "hrs", "days", "weeks", "months", "years", "seconds", "secs", "%", "percent", "a",
            "out", "of");

    /** "sleep study", "nerve conduction study": a word inside a test's name is not research framing. */
    private static List<Cue> withoutResearchInsideTests(List<Cue> cues, int tokens) {
        int[] reach = null; // for a token inside a multi-word test name (not its first word), where the name ends
        for (Cue t : cues) {
            if (t.kind() == Kind.TEST_PROCEDURE && t.end() - t.first() > 1) {
                if (reach == null) {
                    reach = new int[tokens];
                }
                for (int k = t.first() + 1; k < t.end(); k++) {
                    reach[k] = Math.max(reach[k], t.end());
                }
            }
        }
        if (reach == null) {
            return cues;
        }
        List<Cue> out = new ArrayList<>(cues.size());
        for (Cue c : cues) {
            if (c.kind() != Kind.NON_PATIENT || c.end() > reach[c.first()]) {
                out.add(c);
            }
        }
        return out;
    }

    /** Case-report phrasing that quiz questions and teaching files share. */
    private static final java.util.Set<String> VIGNETTE = java.util.Set.of("presented with", "c/o", "pmh", "s/p",
            "y/o", "admitted", "admitted with", "brought in");
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "isn't", "wasn't", "never",
            "aren't", "weren't", "isnt", "wasnt", "nor");

    private static boolean negated(AnalyzedPost post, int i) {
        if (i > 0 && post.lowerToken(i - 1).equals("no")) {
            return true; // "no appointment needed", "no referral required"
        }
        // "not a real pt", "isn't an actual patient"
        int from = i > 0 && (post.lowerToken(i - 1).equals("real") || post.lowerToken(i - 1).equals("actual")) ? i - 3 : i - 2;
        for (int k = Math.max(0, from); k < i; k++) {
            if (NEGATIONS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Marisol Acevedo, PT, DPT", "Jo Lee, DPT, PT": the token at {@code i} is a credential in capitals
     * ({@link ContextualEntityRule#isCredential}) in a comma list after a capitalised name.
     */
    static boolean credentialAfterName(AnalyzedPost post, int i) {
        if (!ContextualEntityRule.isCredential(post, i)) {
            return false;
        }
        int k = i - 1;
        while (k >= 1 && post.lowerToken(k).equals(",") && ContextualEntityRule.isCredential(post, k - 1)) {
            k -= 2; // over the credentials before it: "Ana Ruiz, DPT, PT"
        }
        return k >= 1 && post.lowerToken(k).equals(",") && post.tokens().get(k - 1).isCapitalized()
                && post.tokens().get(k - 1).is(Token.Kind.WORD);
    }

    private static final java.util.Set<String> STATEMENT_VERBS = java.util.Set.of("shared", "announced", "released",
            "confirmed", "disclosed", "posted", "revealed");

    /**
     * "his family shared his diagnosis publicly", "a statement released by his family": the family cue at
     * {@code i} ("his family", "her family") is who made the news public, with a statement verb right after
     * it or "by" and a statement verb right before it.
     */
    private static boolean familyStatement(AnalyzedPost post, int i, int len) {
        if (!post.lowerToken(i + len - 1).equals("family")) {
            return false;
        }
        int n = post.tokens().size();
        for (int k = i + len; k < Math.min(n, i + len + 3); k++) {
            if (STATEMENT_VERBS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return i >= 2 && post.lowerToken(i - 1).equals("by") && STATEMENT_VERBS.contains(post.lowerToken(i - 2));
    }

    /** Bodies one is admitted to as a member, never as a patient. */
    private static final java.util.Set<String> MEMBERSHIPS = java.util.Set.of("bar", "fellowship", "society",
            "college", "academy", "association", "faculty", "residency", "membership", "club", "chapter", "cohort",
            "university", "school", "guild", "honor", "honour", "fraternity", "sorority", "partnership", "board");
    private static final PhraseSet NEW_ROLE = PhraseSet.of("as our new", "as our newest", "as a new", "as the new",
            "as a member", "as a fellow", "as a partner", "as an associate", "as our first");

    /**
     * "admitted to the bar", "admitted into the Royal College", "admitted to our team ... as our new nurse
     * practitioner": "admitted" as joining a body or taking up a role, not a hospital admission.
     */
    static boolean admittedToGroup(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        if (!w.equals("admitted") && !w.equals("admits")) {
            return false;
        }
        int n = post.tokens().size();
        int sentenceEnd = Math.min(n, post.sentences().get(post.tokens().get(i).sentence()).endToken());
        int k = i + 1;
        while (k < Math.min(sentenceEnd, i + 4) && !post.tokens().get(k).is(Token.Kind.WORD)) {
            k++; // "ADMITTED 🎓 — to the bar": an emoji or a dash before "to"
        }
        if (k < sentenceEnd && (post.lowerToken(k).equals("to") || post.lowerToken(k).equals("into"))) {
            for (int j = k + 1; j < Math.min(n, k + 5); j++) {
                if (MEMBERSHIPS.contains(post.lowerToken(j))) {
                    return true;
                }
                if (!post.tokens().get(j).is(Token.Kind.WORD)) {
                    break;
                }
            }
        }
        // the role can come after a pause: "admitted to our team on Monday... as our new Nurse Practitioner"
        if (NEW_ROLE.find(post, i + 1, Math.min(n, i + 14)) >= 0) {
            return true;
        }
        // a submission admitted: "our abstract got ADMITTED to SAEM", or the pun "Admitted to the program! Our
        // abstract was accepted for oral presentation" (a submission accepted in the next two sentences)
        if (Words.anyIn(post, Math.max(0, i - 3), i, SUBMISSIONS)) {
            return true;
        }
        if (i != post.sentences().get(post.tokens().get(i).sentence()).firstToken()) {
            return false; // the pun opens its sentence with no one admitted: "Admitted to the program!"
        }
        // the reveal follows within the next two sentences (bounded work for a post of many "Admitted!")
        int sentence = post.tokens().get(i).sentence();
        int last = Math.min(post.sentences().size() - 1, sentence + 2);
        int to = Math.min(n, post.sentences().get(last).endToken());
        for (int a = i + 1; a < to; a++) {
            if (ACCEPTED.contains(post.lowerToken(a)) && Words.anyIn(post, Math.max(0, a - 6), a, SUBMISSIONS)) {
                return true;
            }
        }
        return false;
    }

    /** What a meeting or journal admits: "our abstract got admitted", "the poster was accepted". */
    private static final java.util.Set<String> SUBMISSIONS = java.util.Set.of("abstract", "abstracts", "poster",
            "posters", "paper", "papers", "manuscript", "manuscripts", "submission", "submissions", "proposal");
    private static final java.util.Set<String> ACCEPTED = java.util.Set.of("accepted", "admitted", "selected");

    /** "register 4", "the register": a shop's till (a number after it or "the" before it), not a call to sign up. */
    private static boolean till(AnalyzedPost post, int i) {
        return post.lowerToken(i).equals("register") && ((i + 1 < post.tokens().size()
                && post.tokens().get(i + 1).is(Token.Kind.NUMBER)) || (i > 0 && post.lowerToken(i - 1).equals("the")));
    }

    /**
     * "Brother Amos", "Sister Lorraine": a capitalised Brother or Sister before a given name, with no
     * one's possessive before it ("my sister Lorraine", "her Brother Amos" stay relatives).
     */
    private static boolean churchTitle(AnalyzedPost post, int i) {
        String text = post.tokens().get(i).text();
        if (!(text.equals("Brother") || text.equals("Sister")) || i + 1 >= post.tokens().size()
                || !post.tokens().get(i + 1).isCapitalized() || Lexicons.GIVEN_NAMES.matchAt(post, i + 1) == 0) {
            return false;
        }
        return i == 0 || !(Words.FIRST_PERSON.contains(post.lowerToken(i - 1)) || Words.SECOND_PERSON.contains(post.lowerToken(i - 1))
                || Words.THIRD_POSSESSIVES.contains(post.lowerToken(i - 1)) || post.lowerToken(i - 1).endsWith("'s"));
    }

    /** "than" one or two words before token {@code i}: "more than any textbook", "better than a lecture". */
    private static boolean comparedWith(AnalyzedPost post, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (post.lowerToken(k).equals("than")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(List<Token> tokens, int i, int len) {
        return tokens.get(i).sentence() == tokens.get(i + len - 1).sentence();
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Cues in one sentence. */
    public List<Cue> cues(int sentence) {
        return bySentence.get(sentence);
    }

    public boolean has(int sentence, Kind kind) {
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * A strong patient cue that research or teaching framing cannot explain away ("my pt",
     * "admitted", "on my shift"). An age written as "45 y/o" alone is a case shape that teaching
     * cases share, so it does not count here.
     */
    private boolean hasCaseCue(int sentence) {
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.PATIENT_STRONG && !c.canonical().equals("y/o")
                    && !(teaching && VIGNETTE.contains(c.canonical()))) {
                return true;
            }
        }
        return false;
    }

    /** True when some sentence has a case cue that teaching framing cannot explain away. */
    boolean caseCueAnywhere() {
        for (int i = 0; i < bySentence.size(); i++) {
            if (hasCaseCue(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hashtagIn(AnalyzedPost post, PhraseSet set) {
        for (int i = 0; i < post.tokens().size(); i++) {
            if (post.tokens().get(i).kind() == Token.Kind.HASHTAG && set.contains(post.lowerToken(i).substring(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first research, teaching or event cue of a post that has no case cue anywhere ("#MedEd",
     * "board review", "study"), or null: such a post describes no real patient.
     */
    public String framing() {
        if (framing == null) {
            framing = computeFraming();
        }
        return framing.isEmpty() ? null : framing;
    }

    private String computeFraming() {
        for (int i = 0; i < research.length; i++) {
            if (hasCaseCue(i)) {
                return "";
            }
        }
        for (Cue c : cues) {
            if (c.kind() == Kind.NON_PATIENT && !(c.canonical().equals(PUBLIC_ALERT) && anyOnePerson())) {
                return c.canonical(); // (an alert frames a post about no one person)
            }
        }
        return "";
    }

    private boolean anyOnePerson() {
        for (int i = 0; i < bySentence.size(); i++) {
            if (onePerson(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A per-post fact computed once on first use and kept, so that rules calling it for every
     * candidate stay linear in the length of the post. Posts are checked by one thread at a time.
     */
    @SuppressWarnings("unchecked")
    <T> T memoObject(String key, java.util.function.Supplier<T> compute) {
        Object known = objects.get(key);
        if (known == null) {
            known = compute.get();
            objects.put(key, known);
        }
        return (T) known;
    }

    boolean memo(String key, java.util.function.BooleanSupplier compute) {
        Boolean known = memo.get(key);
        if (known == null) {
            known = compute.getAsBoolean(); // may itself consult other memoised facts
            memo.put(key, known);
        }
        return known;
    }

    /** True when the sentence speaks of the writer's own family ("my mom's knee replacement"). */
    boolean writersFamily(int sentence) {
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.FAMILY_ROLE && writersRelative(post, c.first())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FIRST_SINGULAR = java.util.Set.of("i", "i'm", "i've", "i'd", "me",
            "my", "myself", "mine");
    /** Verbs of caring for someone else: "I admitted ...", "I saw ...". */
    private static final java.util.Set<String> CARE_GIVING = java.util.Set.of("admitted", "saw", "seen", "treated",
            "discharged", "delivered", "intubated", "coded", "transferred", "examined", "scoped", "operated", "stitched",
            "triaged", "sutured", "casted", "splinted", "prescribed", "diagnosed", "cared", "caring", "nursed");
    /** Words that place the writer's occupation on the writer: "your friendly pharmacist", "this school nurse". */
    private static final java.util.Set<String> SELF_REFERENCES = java.util.Set.of("your", "this", "my", "yours");

    /**
     * The sentence tells of the writer's own health ("I tore my ACL at pickleball on Saturday"): a
     * health detail, the writer in the first person singular, and no one else in it: no he or she, no
     * patient, relative (but the writer's), other person's occupation, or act of care given.
     */
    public boolean writersOwnHealth(int sentence) {
        if (!hasHealthDetail(sentence) || has(sentence, Kind.PATIENT_STRONG)) {
            return false;
        }
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind() == Kind.FAMILY_ROLE && !writersRelative(post, c.first())) {
                return false;
            }
            if (c.kind() == Kind.OCCUPATION && !selfReference(c.first())) {
                return false;
            }
        }
        var s = post.sentences().get(sentence);
        boolean me = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = post.lowerToken(k);
            Token t = post.tokens().get(k);
            boolean reader = Words.SECOND_PERSON.contains(w) && !(w.equals("your") && selfReferenceAfter(k));
            if (Words.SEX.contains(w) || CARE_GIVING.contains(w) || w.equals("someone") || w.equals("they")
                    || w.equals("their") || t.is(Token.Kind.MENTION) || reader
                    || (t.isCapitalized() && Lexicons.GIVEN_NAMES.matchAt(post, k) > 0)) {
                return false; // someone else: "Olga finally let me do the root canal", "you were the toughest labor"
            }
            me |= FIRST_SINGULAR.contains(w);
        }
        return me;
    }

    /** "your friendly pharmacist": an occupation within two words after {@code k}. */
    private boolean selfReferenceAfter(int k) {
        for (Cue c : cues) {
            if (c.kind() == Kind.OCCUPATION && c.first() > k && c.first() <= k + 3) {
                return true;
            }
        }
        return false;
    }

    /** "your friendly pharmacist", "this school nurse", or a label opening the sentence ("Hospice nurse confession: I ..."). */
    private boolean selfReference(int occupation) {
        for (int k = occupation - 1; k >= Math.max(0, occupation - 3); k--) {
            if (SELF_REFERENCES.contains(post.lowerToken(k))) {
                return true;
            }
        }
        int opener = post.sentences().get(post.tokens().get(occupation).sentence()).firstToken();
        if (occupation - opener <= 2) {
            for (int k = occupation + 1; k < Math.min(post.tokens().size(), occupation + 4); k++) {
                if (post.lowerToken(k).equals(":")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words between "my" and a relative that still make the relative the writer's: "my little brother". */
    private static final java.util.Set<String> RELATIVE_MODIFIERS = java.util.Set.of("little", "big", "baby", "own",
            "older", "younger", "oldest", "youngest", "eldest", "middle", "teenage", "twin", "sweet", "grown",
            "adult", "new", "newborn", "-", "year", "years", "yr", "yrs", "old", "yo", "y/o", "month", "months",
            "week", "weeks", "mo", "year-old", "yr-old", "month-old", "week-old", "day-old");

    /**
     * An age word ending at {@code end} that describes the writer's relative: "my 6 yo nephew" (not one
     * of the organisation's own people, "our 91-year-old volunteer", who may be the patient).
     */
    private static boolean insideWritersRelative(AnalyzedPost post, int end) {
        for (int j = end; j < Math.min(post.tokens().size(), end + 4); j++) {
            if (Lexicons.FAMILY_ROLES.matchAt(post, j) > 0) {
                return writersRelative(post, j);
            }
            if (!post.tokens().get(j).is(Token.Kind.WORD) || post.tokens().get(j).isCapitalized()) {
                return false; // (a family role is judged by writersRelative, which allows only modifiers between)
            }
        }
        return false;
    }

    /**
     * A health detail, an unusual event or a care setting in the sentence ("had a stroke", "collapsed",
     * "admitted to our ICU"): one of the organisation's own people may be the patient. Reads the
     * lexicons, so it works before the cues exist.
     */
    static boolean careWordIn(AnalyzedPost post, int sentence) {
        var sn = post.sentences().get(sentence);
        for (int i = sn.firstToken(); i < sn.endToken(); i++) {
            for (Kind k : KINDS) {
                if ((k.isHealthDetail() || k == Kind.UNUSUAL_EVENT) && k.lexicon.matchAt(post, i) > 0) {
                    return true;
                }
            }
            if (organOutOrBoneBroken(post, i) > 0) {
                return true; // "had his appendix out", "broke her hip"
            }
        }
        int c = Words.careSetting(post, sn.firstToken(), sn.endToken());
        while (c >= 0 && post.lowerToken(c).equals("night")) {
            c = Words.careSetting(post, c + 1, sn.endToken()); // "the night shift" is a colleague's hours
        }
        return c >= 0;
    }

    /**
     * The family role at token {@code role} is the writer's own relative: "my mom", "our son", "my
     * 8-year-old son", "my 6yo nephew", "my little sister" (an age or a modifier between).
     */
    static boolean writersRelative(AnalyzedPost post, int role) {
        for (int k = role - 1; k >= Math.max(0, role - 6); k--) {
            String w = post.lowerToken(k);
            if (Words.FIRST_PERSON.contains(w)) {
                return k == role - 1 || w.equals("my");
            }
            Token t = post.tokens().get(k);
            boolean age = (t.is(Token.Kind.NUMBER) || t.is(Token.Kind.ALNUM)) && Character.isDigit(w.charAt(0))
                    && w.length() <= 5;
            if (!age && !RELATIVE_MODIFIERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** True when the sentence declines to confirm care ("we cannot confirm", "did not provide care"). */
    public boolean declines(int sentence) {
        return declining[sentence];
    }

    /** True when the sentence has research, teaching or event framing and no case cue. */
    public boolean isNonPatient(int sentence) {
        return research[sentence];
    }

    public boolean hasHealthDetail(int sentence) {
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind().isHealthDetail()) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence is about a specific patient (directly or by its neighbours). */
    public boolean isPatientContext(int sentence) {
        return patient[sentence];
    }

    /** True when some sentence of the post is directly about a specific patient. */
    public boolean aboutPatient() {
        return aboutPatient;
    }

    /** Cues of these kinds in the post, grouped by kind, for explanations. */
    public Map<Kind, List<Cue>> byKind() {
        Map<Kind, List<Cue>> out = new EnumMap<>(Kind.class);
        for (Cue c : cues) {
            out.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** The reasons a sentence counts (or not) as patient context, for a finding's explanation. */
    public List<String> patientReasons(int sentence) {
        List<String> out = new ArrayList<>();
        int n = post.sentences().size();
        for (int i = Math.max(0, sentence - 1); i <= Math.min(n - 1, sentence + 1); i++) {
            for (Cue c : bySentence.get(i)) {
                if (c.kind() == Kind.PATIENT_STRONG || (c.kind() == Kind.PATIENT_WEAK && i == sentence)) {
                    out.add("patient context: " + c.canonical() + (i == sentence ? "" : " (adjacent sentence)"));
                }
            }
        }
        for (Cue c : bySentence.get(sentence)) {
            if (c.kind().isHealthDetail()) {
                out.add("health detail: " + c.canonical());
            }
        }
        return out;
    }

    /** The sentence a normalised-text offset falls in. */
    public int sentenceAt(int offset) {
        int t = post.tokenAt(offset);
        if (t >= post.tokens().size()) {
            return post.sentences().size() - 1;
        }
        return post.tokens().get(t).sentence();
    }

    Sentence sentence(int i) {
        return post.sentences().get(i);
    }
}
