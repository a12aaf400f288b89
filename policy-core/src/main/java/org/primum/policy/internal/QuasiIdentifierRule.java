package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Re-identification risk: with or without direct identifiers, counts the details about one
 * patient that a neighbour could put together (age, sex, occupation, place, timing, rare
 * condition, unusual event, family role). One instance blocks at the policy's {@code blockAt};
 * a second ({@code .partial}) warns from {@code warnAt}. Both need a care relationship in the post.
 */
final class QuasiIdentifierRule implements Rule {

    /** "back to school", "after school": the school day, not a named school. */
    private static final Set<String> SCHOOL_TIMES = Set.of("to", "at", "after", "before");
    /** "a friend of mine", "the choice is mine": a pronoun, not a mine. */
    private static final Set<String> MINE_NOT_A_PLACE = Set.of("of", "is", "was", "are", "were", "yours");

    private static final PhraseSet CARE_VERBS = PhraseSet.of("came in", "came through", "came into", "in for",
            "delivered", "treated", "discharged", "out of surgery", "went home", "going home", "admitted", "saw",
            "seen", "had the", "operated", "scoped", "managed", "cared for", "caring for", "patient", "pt",
            "brought", "transferred", "airlifted", "diagnosed", "diagnosis", "in clinic", "our unit", "my patient",
            "stitched", "casted", "intubated", "resuscitated", "coded", "rushed in", "checked in", "seeing", "born at",
            "born in our", "our hospital", "at our hospital", "in my ed", "in my er", "in our ed", "in our er",
            "my icu", "our icu", "in our icu", "with us", "is home", "home now", "back home", "out of the icu",
            "out of surgery", "flown in", "life-flighted", "lifeflighted", "medevaced", "ended up in", "rolled in",
            "wheeled in", "in our care", "on our unit", "on my unit", "our ccu", "our nicu", "our picu",
            "out of the burn unit", "out of the nicu", "out of the picu", "out of the ccu", "out of the hospital",
            "home from the hospital", "home from the nicu", "out of rehab", "is awake", "is conscious", "is on the mend",
            "woke up from", "looking after", "looked after", "look after", "taking care of", "took care of",
            // a patient's condition as a hospital reports it
            "is stable", "in stable condition", "critical condition", "serious condition", "fair condition");
    /** Many people, not one: "so many kids", "lots of flu", "a few broken wrists". */
    private static final PhraseSet MANY = PhraseSet.of("so many", "lots of", "a lot of", "several", "dozens",
            "a few", "many", "multiple", "tons of", "so much", "all the", "everyone", "everybody", "a bunch of", "plenty of",
            "thousands of", "hundreds of", "millions of", "each year", "every year", "per year", "a year", "annually",
            "nationwide", "worldwide", "in the us", "every summer", "every winter");
    private static final PhraseSet PUBLIC_REPORT = PhraseSet.of("reported", "announced", "according to",
            "shared by her family", "shared by his family", "was shared by", "went public", "told reporters",
            "former first lady", "first lady",
            "news", "statement", "press", "publicly", "revealed", "disclosed", "shared publicly", "in an interview",
            "his office", "her office", "the palace", "white house", "spoken openly", "spoke openly", "speaks openly",
            "talked openly", "talks openly", "talking openly", "speaking openly", "talk openly", "speak openly",
            "celebrities", "public figures", "opened up about", "opens up about", "monday night football",
            "sunday night football", "super bowl");
    private static final PhraseSet LOCALITY = PhraseSet.of("small town", "little town", "our town", "our county",
            "the county", "our village", "nursing home", "high school", "middle school", "elementary",
            "kindergarten", "small towns", "the fair", "county fair", "church", "parish", "bakery", "diner", "farm", "plant",
            "factory", "mill", "mine", "base", "campus", "dorm", "street", "road", "highway", "bridge", "lake",
            "reservation", "team", "school", "neighborhood", "block", "trailer park", "apartment complex", "pier",
            "island", "inn", "beach", "river", "mountain", "trail", "park", "airport", "stadium", "arena", "mall",
            "warehouse", "ferry", "marina", "harbor", "ranch", "county", "township", "parish hall", "ski lift",
            "ski resort", "campground", "high", "hs", "elementary school", "university", "college", "channel");
    private static final PhraseSet UNIQUENESS = PhraseSet.of("the only", "one of only", "only one", "first ever",
            "first case", "only case", "only pediatric", "youngest", "oldest", "first time in", "record",
            "only female", "only male", "one of a few", "a handful of", "won the lottery", "lottery");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at", "near", "outside", "of", "behind");
    /** Last words of a street's name, after "on" or "off" ("on Fulton Ave", "off Dix Hwy"). */
    private static final Set<String> STREET_WORDS = Set.of("st", "street", "ave", "avenue", "rd", "road", "blvd",
            "boulevard", "hwy", "highway", "ln", "lane", "drive", "pike", "parkway", "pkwy");
    /** A hospital unit's side after its floor number ("6 West", "4 North"). */
    private static final Set<String> COMPASS = Set.of("west", "east", "north", "south");
    private static final Set<String> AGE_UNITS = Set.of("yo", "y/o", "year-old", "yr", "yrs", "yom", "yof", "y",
            "m", "f", "yr-old", "years-old");
    private static final Set<String> OWNERS = Set.of("our", "my", "fellow", "your", "their");

    record Detail(String kind, String text, int start, int end) {}

    private final boolean partial;
    private final int warnAt;
    private final int blockAt;

    QuasiIdentifierRule(Policy policy, boolean partial) {
        this.partial = partial;
        this.warnAt = policy.reidentification().warnAt();
        this.blockAt = policy.reidentification().blockAt();
    }

    @Override
    public String id() {
        return partial ? "phi.quasi_id.partial" : "phi.quasi_id";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return partial
                ? "Warns when a few details about one patient (age, sex, job, place, timing, rare condition, "
                        + "unusual event, family role) start to identify them."
                : "Blocks when enough details about one patient combine to let a neighbour recognise them.";
    }

    @Override
    public Severity defaultSeverity() {
        return partial ? Severity.WARN : Severity.BLOCK;
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        Signals s = post.signals();
        // the blocking and the warning instance share one count per post
        if (post.tokens().isEmpty() || !careRelation(post)) {
            return;
        }
        Map<String, Detail> details = s.memoObject("quasiDetails", () -> details(post));
        int n = details.size();
        boolean fire = partial ? n >= warnAt && n < blockAt : n >= blockAt;
        if (!fire) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        List<String> reasons = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Detail d : details.values()) {
            start = Math.min(start, d.start());
            end = Math.max(end, d.end());
            reasons.add(d.kind() + ": " + d.text());
            named.add(d.kind() + " (" + d.text() + ")");
        }
        reasons.add(n + " details about one patient; policy warns at " + warnAt + " and blocks at " + blockAt);
        String message = (partial ? "These details start to identify a patient: " : "Together these details could "
                + "let someone recognise the patient: ") + String.join(", ", named) + ".";
        out.accept(new Detection(FindingType.QUASI_ID, start, end, partial ? 0.7 : 0.85, message,
                "Remove or blur details that single the person out: give an age range instead of an age, drop the "
                        + "job, town and timing, and say 'a patient' instead.", reasons));
        for (int[] place : places(post, details)) {
            out.accept(new Detection(FindingType.LOCATION, place[0], place[1], 0.6,
                    "This place is one of the details that together could let someone recognise the patient.",
                    "Remove the place or make it general ('a nearby town').", reasons));
        }
    }

    /**
     * The named places among the details, reported as LOCATION findings of their own (at this
     * instance's severity) so that they are redacted and counted by type: the place detail, widened
     * to the capitalised words before it ("Brown County fair"), if it has a name in it ("our little
     * town" has none), and the places the entity detectors found.
     */
    private static List<int[]> places(AnalyzedPost post, Map<String, Detail> details) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = post.tokens();
        for (String kind : PLACE_KINDS) {
            Detail place = details.get(kind);
            if (place == null) {
                continue;
            }
            int first = post.tokenAt(place.start());
            int limit = first - 3;
            while (first > 0 && first > limit && isPlaceWord(post, first - 1)
                    && tokens.get(first - 1).sentence() == tokens.get(first).sentence()) {
                first--;
            }
            boolean named = false;
            for (int k = first; k < tokens.size() && tokens.get(k).start() < place.end(); k++) {
                named |= isPlaceWord(post, k);
            }
            if (named) {
                out.add(new int[] {tokens.get(first).start(), place.end()});
            }
        }
        for (var e : post.entities()) {
            int first = post.tokenAt(e.start());
            if (first >= tokens.size()) {
                continue;
            }
            int sentence = tokens.get(first).sentence();
            int end = post.tokenAt(e.end() - 1) + 1;
            boolean isPlace = e.label() == org.primum.policy.spi.Entity.Label.LOCATION
                    ? !ContextualEntityRule.knownPerson(post, first, end) // "yes I saw it, Linda"
                    : e.label() == org.primum.policy.spi.Entity.Label.PERSON && ContextualEntityRule.knownPlace(post, first, end);
            if (isPlace && !PatientCues.nonPatient(post, sentence) && !aboutMany(post, sentence)) {
                out.add(new int[] {e.start(), e.end()});
            }
        }
        return out;
    }

    /** The kinds of detail that name a place: a town, a street, a workplace. */
    private static final List<String> PLACE_KINDS = List.of("place", "street", "workplace");

    private static boolean isPlaceWord(AnalyzedPost post, int k) {
        Token t = post.tokens().get(k);
        return t.is(Kind.WORD) && t.isCapitalized() && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k));
    }

    /** True when the sentence speaks of many people at once, not one patient. */
    static boolean aboutMany(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int len = MANY.matchAt(post, k);
            if (len > 0 && k + len <= s.endToken() && !readers(post, k + len) && !rarity(post, k)
                    && !(len == 1 && EVERYONE.contains(post.lowerToken(k)) && notACrowd(post, k))) {
                return true;
            }
        }
        return counted(post, s.firstToken(), s.endToken()) || everyOne(post, sentence);
    }

    private static final Set<String> EACH = Set.of("every", "each", "all");

    private static final Set<String> OFFERED_TO = Set.of("for", "to");

    /**
     * "Flu shots for every Little League coach and parent", "All teachers welcome": a service offered to
     * everyone with a job or role, at the head of the sentence or after "for"/"to" (not "he made every
     * nurse help", where one patient is still the subject).
     */
    private static boolean everyOne(AnalyzedPost post, int sentence) {
        int opener = post.sentences().get(sentence).firstToken();
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if ((c.kind() == Signals.Kind.OCCUPATION || c.kind() == Signals.Kind.FAMILY_ROLE) && c.first() > 0) {
                for (int k = Math.max(opener, c.first() - 3); k < c.first(); k++) {
                    if (EACH.contains(post.lowerToken(k)) && (k == opener || OFFERED_TO.contains(post.lowerToken(k - 1)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> EVERYONE = Set.of("everyone", "everybody");
    /** Verbs that make "everyone" the post's readers: "asking everyone to respect the family's privacy". */
    private static final Set<String> ADDRESSING = Set.of("asking", "ask", "thank", "thanks", "urge", "urging",
            "remind", "reminding", "begging", "beg", "telling", "please");
    private static final Set<String> BE = Set.of("is", "was", "'s", "are", "were");
    private static final Set<String> WELL = Set.of("healthy", "fine", "ok", "okay", "safe", "well", "home", "stable",
            "doing", "good", "great", "thriving");

    /**
     * "everyone" that is not a crowd of patients: the post's readers ("asking everyone to respect ..."),
     * a town that will hear of it ("everyone in Ely will know"), or one family's members ("everyone is healthy").
     */
    private static boolean notACrowd(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        if (k > 0 && ADDRESSING.contains(post.lowerToken(k - 1))) {
            return true;
        }
        if (k + 2 < tokens.size() && post.lowerToken(k + 1).equals("in") && tokens.get(k + 2).isCapitalized()) {
            return true;
        }
        return k + 2 < tokens.size() && BE.contains(post.lowerToken(k + 1)) && WELL.contains(post.lowerToken(k + 2));
    }

    /** What the readers of a post do: "to everyone asking", "all who reached out". */
    private static final PhraseSet AUDIENCE = PhraseSet.of("asking", "asked", "who asked", "that asked", "who's asked",
            "who has asked", "who have asked", "checking in", "who checked in", "reaching out", "who reached out",
            "praying", "sending prayers", "sending love", "who messaged", "who texted", "who called", "who commented",
            "wondering", "following along", "who sent");

    /**
     * "so many of you asked", "a few of us cried", "to everyone asking": the post's readers or its
     * team, not many patients.
     */
    private static boolean readers(AnalyzedPost post, int k) {
        if (k >= post.tokens().size()) {
            return false;
        }
        return (k + 1 < post.tokens().size() && post.lowerToken(k).equals("of")
                && (post.lowerToken(k + 1).equals("you") || post.lowerToken(k + 1).equals("us")))
                || AUDIENCE.matchAt(post, k) > 0;
    }

    private static final Set<String> RARE_AMONG = Set.of("only", "just", "the", "a", "maybe", "perhaps");

    /** "one of only a few hundred people worldwide": how rare the one patient is, not a crowd. */
    private static boolean rarity(AnalyzedPost post, int k) {
        int from = post.sentences().get(post.tokens().get(k).sentence()).firstToken();
        for (int j = Math.max(from, k - 7); j < k; j++) {
            if (post.lowerToken(j).equals("one") && post.lowerToken(j + 1).equals("of") && j + 2 < k
                    && RARE_AMONG.contains(post.lowerToken(j + 2))) { // not "one of our nurses said many ..."
                return true;
            }
        }
        return false;
    }

    /** "23 firework injuries, 9 hand surgeries": a tally of cases, not one patient. */
    private static boolean counted(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            Token t = post.tokens().get(i);
            if (t.is(Kind.NUMBER) && PhiContext.intValue(t, 6) >= 5) { // (three kids in one small town still stand out)
                int k = i + 1;
                if (k + 1 < to && post.tokens().get(k).is(Kind.WORD) && !COUNTED.contains(post.lowerToken(k))) {
                    k++; // "23 firework injuries"
                }
                if (COUNTED.contains(post.lowerToken(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> COUNTED = Set.of("injuries", "patients", "cases", "surgeries", "admissions",
            "visits", "deliveries", "births", "babies", "kids", "children", "burns", "fractures", "transports",
            "intubations", "codes", "overdoses", "traumas", "consults", "procedures", "encounters", "amputations",
            "people", "folks", "shots", "vaccines", "vaccinations", "screenings", "cleanings", "exams", "physicals");

    /** Written authorisation to share a patient's story: "shared with Hector's written permission". */
    private static final PhraseSet WRITTEN_CONSENT = PhraseSet.of("written permission", "written consent",
            "written authorization", "written authorisation", "signed consent", "signed authorization",
            "signed a release", "signed release", "signed media release", "signed our media release");
    /** Authorisation, written or said: "shared with permission", "with their blessing". */
    private static final PhraseSet CONSENT = PhraseSet.union(WRITTEN_CONSENT, PhraseSet.of("shared with permission",
            "shared with their permission", "shared with her permission", "shared with his permission",
            "with their blessing"));

    /**
     * True when the post says the patient (or their parents) gave written permission to share their
     * story: HIPAA allows an authorised disclosure, so their name and details are theirs to share.
     */
    static boolean consented(AnalyzedPost post) {
        return post.signals().memo("consented", () -> CONSENT.find(post, 0, post.tokens().size()) >= 0);
    }

    /**
     * True when the post says the permission was written ("with her written consent", "signed our media
     * release"): a family's word passed on ("shared with permission from her family") is not enough to lift
     * the patient-story model's findings.
     */
    static boolean consentedInWriting(AnalyzedPost post) {
        return post.signals().memo("consentedInWriting",
                () -> WRITTEN_CONSENT.find(post, 0, post.tokens().size()) >= 0);
    }

    /**
     * True when the sentence is about a named doctor ("Dr. O has practiced in Cuthbert since 1998")
     * or a named colleague with a credential ("Linda Okafor, RN, retires after 38 years in L&D").
     */
    static boolean aboutClinician(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (PhiContext.honoursOwnPeople(post, s.firstToken(), s.endToken()) || PhiContext.instructorIn(post, sentence)) {
            return true; // "our ICU nurse Daniela finished her first Ironman in Kona"
        }
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (post.tokens().get(k).isCapitalized() && ((post.lowerToken(k + 1).equals(",")
                    && ContextualEntityRule.isCredential(post, k + 2)) || (ContextualEntityRule.roleInBrackets(post, k + 1)
                            && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)))) {
                return true; // "Linda Okafor, RN", "Lena Ortiz (charge nurse)"
            }
        }
        if (!post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)
                && (!Signals.careWordIn(post, sentence) || ContextualEntityRule.staffNews(post))) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (ContextualEntityRule.nurseTitled(post, k)) {
                    return true; // "Happy 100th to Sister Agnes", "Nurse Ama Boateng, 67, retires Friday"
                }
            }
        }
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (post.lowerToken(k).equals("dr")) {
                int n = post.lowerToken(k + 1).equals(".") ? k + 2 : k + 1;
                if (n < s.endToken() && post.tokens().get(n).isCapitalized()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> INTRODUCES = Set.of("is", "was", "'s", "’s", "she's", "he's", "they're", "are",
            "as", "welcome", "meet", "introducing");
    private static final Set<String> SPOTLIT = Set.of("staff", "team", "employee", "member", "volunteer", "donor");

    /**
     * A post introducing one of the organisation's own people: "she's our newest dental assistant",
     * "welcome our new night clerk", "joins us as our billing coordinator", "Donor spotlight", with no
     * patient in it. Its age, home town and likes are a staff or donor profile's, not a patient's.
     */
    static boolean staffSpotlight(AnalyzedPost post) {
        return post.signals().memo("staffSpotlight", () -> {
            if (post.signals().aboutPatient() || post.signals().caseCueAnywhere()) {
                return false;
            }
            int n = post.tokens().size();
            for (int k = 1; k < n; k++) {
                if (INTRODUCES.contains(post.lowerToken(k - 1)) && PhiContext.ownRole(post, k, n)) {
                    return true;
                }
                if (post.lowerToken(k).equals("spotlight") && (PhiContext.isOwnRole(post, k - 1)
                        || SPOTLIT.contains(post.lowerToken(k - 1)))) {
                    return true; // "Donor spotlight", "Staff spotlight" (not "Patient spotlight")
                }
            }
            return false;
        });
    }

    /** Public faces beyond {@link PhiContext#OFFICES} and {@link Words#PUBLIC_FIGURE}: "KCRG anchor Dana ...". */
    private static final Set<String> PUBLIC_FACES = Set.of("anchor", "councilman", "councilwoman", "sheriff", "judge");

    /**
     * The sentence gives a public figure's own announced news, "Governor Whitfield, who announced this morning
     * she's starting chemo", "The mayor of Tupelo announced on his own page ...": a public statement and an
     * office or public figure, no patient cue and no care the writer gave (not "the quarterback we treated").
     */
    private static boolean publicFiguresOwnNews(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        int from = s.firstToken();
        int to = s.endToken();
        return PUBLIC_REPORT.find(post, from, to) >= 0
                && (Words.PUBLIC_FIGURE.find(post, from, to) >= 0 || Words.anyIn(post, from, to, PhiContext.OFFICES)
                        || Words.anyIn(post, from, to, PUBLIC_FACES))
                && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG) && !writersCare(post, from, to)
                && Words.careSetting(post, from, to) < 0;
    }

    /** True when the sentence reports news or a public statement ("announced", "according to"). */
    static boolean publicReport(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (PUBLIC_REPORT.find(post, s.firstToken(), s.endToken()) >= 0) {
            return true;
        }
        // "Singer Lana Okoye shared that she lives with type 1 diabetes": a public figure's own news, unless
        // a case cue, a place of care or a patient's records put the person in someone's care ("came to our ED")
        return Words.PUBLIC_FIGURE.find(post, s.firstToken(), s.endToken()) >= 0
                && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG) && !writersCare(post, s.firstToken(), s.endToken())
                && Words.careSetting(post, s.firstToken(), s.endToken()) < 0
                && Words.CARE_RECORDS.find(post, s.firstToken(), s.endToken()) < 0;
    }

    private static final Set<String> CARERS = Set.of("i", "we", "just", "i've", "we've", "i'd", "we'd");

    /**
     * The writer's own act of care in [from, to): "Just treated ...", "We stitched up ...", "I admitted ...":
     * a public figure's title beside it ("the starting quarterback") does not make the sentence news.
     */
    private static boolean writersCare(AnalyzedPost post, int from, int to) {
        if (received(post, from, to) || arrived(post, from, to)) {
            return true; // "we got the JV quarterback from Alma", "the QB limped into our ED"
        }
        for (int k = from; k < to; k++) {
            if (HANDS.contains(post.lowerToken(k)) && (k == from || CARERS.contains(post.lowerToken(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A clinician or organisation describing someone they cared for. */
    static boolean careRelation(AnalyzedPost post) {
        return post.signals().memo("careRelation", () -> careRelationOf(post));
    }

    private static boolean careRelationOf(AnalyzedPost post) {
        Signals s = post.signals();
        int n = post.sentences().size();
        for (int i = 0; i < n; i++) {
            var sentence = post.sentences().get(i);
            int careAt = CARE_VERBS.find(post, sentence.firstToken(), sentence.endToken());
            while (careAt >= 0 && Signals.therapistIntroduced(post, careAt)) { // "our newest PT, Marcus": a colleague
                careAt = CARE_VERBS.find(post, careAt + 1, sentence.endToken());
            }
            boolean care = careAt >= 0;
            boolean publicReport = publicReport(post, i);
            boolean firstPersonCare = Words.anyIn(post, sentence.firstToken(), sentence.endToken(), Words.FIRST_PERSON)
                    && s.hasHealthDetail(i) && !s.writersFamily(i) && !s.writersOwnHealth(i);
            boolean strong = s.has(i, Signals.Kind.PATIENT_STRONG)
                    || (s.has(i, Signals.Kind.PATIENT_WEAK) && s.has(i, Signals.Kind.UNUSUAL_EVENT)); // "... out of the ICU"
            // "she's on our rehab unit now", "the judge on our hospice service": the writer's own ward or service
            int first = sentence.firstToken();
            int end = sentence.endToken();
            boolean ownService = ownCareService(post, first, end) && (thirdPerson(post, i)
                    || (i + 1 < n && thirdPerson(post, i + 1)) || (i > 0 && thirdPerson(post, i - 1)));
            // "the Uber driver ... is on 7 West", "we got the chemistry teacher from ...": a patient arrived or lies here
            ownService |= (onNumberedUnit(post, first, end) || received(post, first, end) || arrived(post, first, end))
                    && (thirdPerson(post, i) || onePerson(post, i));
            // "... fell through a porch and we pinned his ankle": the writer's own hands on someone's care
            ownService |= handsOnCare(post, first, end) && (thirdPerson(post, i) || onePerson(post, i));
            // "the crab boat captain ... got 3 extractions", "their grandpa's dialysis chair": one person's health,
            // told by someone who is not their family, in a post that is no study, lesson or event notice and
            // does not speak to the reader ("if your baby ...") or of a public figure
            boolean someonesCase = s.hasHealthDetail(i) && !s.writersFamily(i) && onePerson(post, i)
                    && s.framing() == null && !Words.anyIn(post, first, end, Words.SECOND_PERSON)
                    && !Signals.generalOpener(post, i) && Words.PUBLIC_FIGURE.find(post, first, end) < 0;
            if ((strong || care || firstPersonCare || ownService || someonesCase || s.isPatientContext(i)) && !publicReport
                    && !PatientCues.nonPatient(post, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIES = Set.of("is", "was", "'s", "now", "still", "currently", "are", "were",
            "been", "back", "stays", "staying");

    /** "he is on 7 West", "she's still on 4 North": someone lying on a hospital unit named by its floor and side. */
    private static boolean onNumberedUnit(AnalyzedPost post, int from, int to) {
        for (int k = Math.max(from, 1); k + 2 < to; k++) {
            if (post.lowerToken(k).equals("on") && LIES.contains(post.lowerToken(k - 1))
                    && post.tokens().get(k + 1).is(Kind.NUMBER)
                    && post.tokens().get(k + 1).length() <= 2 && post.tokens().get(k + 2).isCapitalized()
                    && COMPASS.contains(post.lowerToken(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARRIVALS = Set.of("rolled", "came", "walked", "wheeled", "limped", "stumbled",
            "crawled", "brought", "carried", "rushed", "showed", "drove", "flew", "flown", "went", "moved", "sent",
            "transferred");
    private static final Set<String> INTO = Set.of("in", "into", "to", "up", "at", "through");

    /** "rolled into our ER at 2am", "limped into the clinic": someone arriving at a place of care. */
    private static boolean arrived(AnalyzedPost post, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ARRIVALS.contains(post.lowerToken(k))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                String w = post.lowerToken(j);
                if (!INTO.contains(w) && !OWNERS.contains(w) && !w.equals("the")) {
                    if (Words.careSetting(post, j, j + 1) == j) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static final Set<String> GOT = Set.of("got", "had", "get", "getting");
    private static final Set<String> WE_OR_I = Set.of("we", "i");

    /** "we got the chemistry teacher from ...", "I had a 19yo ...": the ward's way of saying a patient arrived. */
    private static boolean received(AnalyzedPost post, int from, int to) {
        for (int k = Math.max(from, 1); k + 1 < to; k++) {
            if (GOT.contains(post.lowerToken(k)) && WE_OR_I.contains(post.lowerToken(k - 1))
                    && ARTICLES.contains(post.lowerToken(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Care done with the hands: "we pinned his ankle", "I stitched her up", "Just treated the quarterback". */
    private static final Set<String> HANDS = Set.of("pinned", "splinted", "casted", "stitched", "sutured", "sewed",
            "operated", "reduced", "intubated", "tubed", "scoped", "cathed", "shocked", "cardioverted", "coded",
            "treated", "admitted", "discharged", "resuscitated", "debrided", "drained", "lanced", "irrigated",
            "relocated");

    private static boolean handsOnCare(AnalyzedPost post, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            if (HANDS.contains(post.lowerToken(k)) && WE_OR_I.contains(post.lowerToken(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a ward or service that "our" or "my" makes the writer's own: "our COVID unit", "my hospice caseload". */
    private static final Set<String> SERVICES = Set.of("unit", "service", "floor", "ward", "caseload", "census",
            "panel", "wing", "pod");

    /** "our rehab unit", "my hospice caseload", "our ICU": the writer's own place or list of care. */
    static boolean ownCareService(AnalyzedPost post, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String w = post.lowerToken(k);
            if (!w.equals("our") && !w.equals("my")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                if (SERVICES.contains(post.lowerToken(j)) || Words.careSetting(post, j, j + 1) == j) {
                    return true;
                }
                if (!post.tokens().get(j).is(Kind.WORD)) {
                    break;
                }
            }
        }
        return false;
    }

    /** A third person in the sentence: "she", "the man", "her grandson" (not the writer, not "Nurse of the Year", not "kids"). */
    private static boolean thirdPerson(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (Words.anyIn(post, s.firstToken(), s.endToken(), Words.SEX)) {
            return true;
        }
        for (Signals.Cue c : post.signals().cues(sentence)) {
            String last = post.lowerToken(c.end() - 1);
            if (c.kind() == Signals.Kind.FAMILY_ROLE && !post.signals().writersFamily(sentence)
                    && (!last.endsWith("s") || last.endsWith("ss"))) {
                return true; // "her grandson", not "kids entering 7th grade"
            }
        }
        return false;
    }

    /** One person in the sentence, not a group (titles aside): see {@link Signals#onePerson(int, boolean)}. */
    private static boolean onePerson(AnalyzedPost post, int sentence) {
        return post.signals().onePerson(sentence, false);
    }

    /**
     * The job of cue {@code c} is in the plural ("first responders"): many people, no one patient's job. The
     * occupations lexicon writes a plural beside its singular, the singular first ("first responder|first
     * responders"), so the cue's canonical form tells which it is.
     */
    private static boolean plural(AnalyzedPost post, Signals.Cue c) {
        String last = post.lowerToken(c.end() - 1);
        return last.endsWith("s") && !last.endsWith("'s") && !c.canonical().endsWith("s");
    }

    /** The post speaks as a care team ("we", "our") or of care given ("caring for", "treated"). */
    private static boolean teamOrCare(AnalyzedPost post) {
        int n = post.tokens().size();
        return CARE_VERBS.find(post, 0, n) >= 0 || Words.anyIn(post, 0, n, TEAM);
    }

    private static final Set<String> TEAM = Set.of("we", "our", "us", "we're", "we've", "ours");

    /** Distinct kinds of identifying detail, first occurrence of each. */
    static Map<String, Detail> details(AnalyzedPost post) {
        Map<String, Detail> found = new LinkedHashMap<>();
        if (consented(post) || Placeholders.madeUp(post) || Placeholders.simulated(post)) {
            return found; // (a case the post calls made up: "(made-up case, not a real pt)"; a training manikin)
        }
        Signals s = post.signals();
        List<Token> tokens = post.tokens();
        // sentences about no one patient (teaching, crowds and tallies, a named clinician), judged once each
        boolean[] skip = new boolean[post.sentences().size()];
        boolean spotlight = staffSpotlight(post);
        for (int k = 0; k < skip.length; k++) {
            // (or about the writer's own relative and no patient: "explaining to my 6yo nephew why ...")
            // (or a sentence that declines to confirm care: "we did not provide care and have no information
            // about her"; public news: "Governor Whitfield, who announced this morning she's starting chemo";
            // a colleague's career: "Aaliyah came to us in 2019 as a new grad")
            skip[k] = PatientCues.nonPatient(post, k) || aboutMany(post, k) || aboutClinician(post, k)
                    || s.declines(k) || publicFiguresOwnNews(post, k) || ContextualEntityRule.careerRole(post, k)
                    || s.writersOwnHealth(k) || (spotlight && !s.hasHealthDetail(k)) || citedCase(post, k)
                    || ContextualEntityRule.historical(post, k); // "Virginia Apgar designed her newborn score in 1952"
        }
        boolean teamOrCare = teamOrCare(post);
        for (Signals.Cue c : s.cues()) {
            if (skip[c.sentence()]) {
                continue;
            }
            String kind = switch (c.kind()) {
                // "your choir director is out of surgery": the readers' own pastor or coach, whom the writer cared for
                // "as a school nurse, I ...": the writer's own role
                // "his pharmacist", "her nurse": the person's own clinician, not the person's job
                case OCCUPATION -> writersOwnRole(post, c.first(), c.end()) || plural(post, c)
                        || owned(post, c.first()) && !(teamOrCare
                        && Words.SECOND_PERSON.contains(post.lowerToken(c.first() - 1))) || personsClinician(post, c)
                        ? null : "occupation";
                // "my grandma": the writer's own family; "your son's numbers": the reader's, told back to them
                // (unless the writer or their team cared for them: "caring for your dad", "we are so happy for you")
                case FAMILY_ROLE -> Signals.writersRelative(post, c.first()) || owned(post, c.first())
                        && (Words.FIRST_PERSON.contains(post.lowerToken(c.first() - 1))
                                || (Words.SECOND_PERSON.contains(post.lowerToken(c.first() - 1)) && !teamOrCare))
                        ? null : "family role";
                case TIMING -> "timing";
                case RARE_CONDITION -> "rare condition";
                case UNUSUAL_EVENT -> "unusual event";
                default -> null;
            };
            if (kind != null) {
                put(found, kind, post, c.first(), c.end());
            }
            if ("occupation".equals(kind)) {
                int[] work = workplace(post, c.end());
                if (work != null) {
                    put(found, "workplace", post, work[0], work[1]); // "pastor at First Lutheran", "owner of the bakery"
                }
            }
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            // "the couple who run the taqueria", "the woman who drives the county bookmobile": a job told by its work
            if (!skip[tokens.get(i).sentence()] && (post.lowerToken(i).equals("who") || post.lowerToken(i).equals("that"))
                    && RUNS.contains(post.lowerToken(i + 1))) {
                int[] work = workplace(post, i + 2);
                if (work == null && OWNS.contains(post.lowerToken(i + 1))) {
                    work = ownedBusiness(post, i + 2); // "the sisters who own the tea room": whatever they own
                }
                if (work != null) {
                    put(found, "occupation", post, i + 1, i + 2);
                    put(found, "workplace", post, work[0], work[1]);
                }
            }
        }
        Detail work = found.get("workplace");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (skip[t.sentence()]) {
                continue;
            }
            String w = post.lowerToken(i);
            if (t.is(Kind.NUMBER) && (isAge(post, i) || AgeRule.foreignAgeAt(post, i)) && !relativesAge(post, i)) {
                put(found, "age", post, i, i + 1); // "94 y/o", "68 anni"
            } else if (t.is(Kind.WORD) && ForeignPhi.from(post, i) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isCapitalized() && !ForeignPhi.notPlace(post, i + 1)
                    && !(i > 0 && tokens.get(i - 1).isCapitalized() && !personWord(post, i - 1))
                    && placeName(post, i + 1) > i + 1) {
                put(found, "place", post, i + 1, placeName(post, i + 1)); // "di Cortona", "aus Bad Tölz"
            } else if (t.is(Kind.WORD) && Words.SEX.contains(w)) {
                put(found, "sex", post, i, i + 1);
            } else if (t.is(Kind.WORD) && PLACE_PREPOSITIONS.contains(w) && i + 1 < tokens.size()) {
                int from = post.lowerToken(i + 1).equals("the") && i + 2 < tokens.size()
                        && !TIME_NOUNS.contains(post.lowerToken(i + 2)) ? i + 2 : i + 1; // not "Patient of the Month"
                int end = placeName(post, from); // "in Ely", "at the Lincoln Middle assembly"
                if (end > from && !inside(work, post, from) && !inside(found.get("appearance"), post, from)
                        && streetAt(post, from) < 0 && !ContextualEntityRule.unitNamed(post, end)) {
                    // ("the Route 9 fire": a road; "in the Packers jersey": a look; "the Privacy Office": a department)
                    putPlace(found, end - from >= 2 && STREET_WORDS.contains(post.lowerToken(end - 1)) && !saint(post, end - 1)
                            ? "street" : "place", post, from, end);
                }
            } else if (t.is(Kind.NUMBER) && ageAt(post, i)) {
                put(found, "age", post, i, i + 1); // "black lung at 52", "passed Tuesday at 92"
            } else if (t.is(Kind.NUMBER) && t.length() <= 2 && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                    && COMPASS.contains(post.lowerToken(i + 1)) && (i + 2 >= tokens.size()
                            || !tokens.get(i + 2).isCapitalized() || tokens.get(i + 2).sentence() != t.sentence())) {
                put(found, "place", post, i, i + 2); // "3 North, you know who I mean": a hospital unit
            } else if (t.is(Kind.WORD) && w.equals("only") && onlyOfAKind(post, i)) {
                put(found, "unusual event", post, i, i + 1); // "only ferry captain on the island"
            } else if (t.is(Kind.WORD) && (w.equals("on") || w.equals("off")) && i + 2 < tokens.size()) {
                int end = placeName(post, i + 1);
                if (end > i + 2 && STREET_WORDS.contains(post.lowerToken(end - 1))) {
                    put(found, "street", post, i + 1, end); // "the barber on Fulton Ave", "lives off Dix Hwy"
                } else if (w.equals("on") && tokens.get(i + 1).is(Kind.NUMBER) && tokens.get(i + 1).length() <= 2
                        && tokens.get(i + 2).isCapitalized() && COMPASS.contains(post.lowerToken(i + 2))) {
                    put(found, "place", post, i + 1, i + 3); // "the retired judge on 6 West": the unit he lies on
                }
            }
            int len = LOCALITY.matchAt(post, i);
            if (len > 0 && !inside(work, post, i) && !ownedNear(post, i) && !noPlace(post, i)) { // not "our ICU team"
                putPlace(found, "place", post, i, i + len);
            }
            len = t.isCapitalized() ? Lexicons.PLACES.matchAt(post, i) : 0;
            if (len > 0 && !inside(work, post, i)) {
                putPlace(found, "place", post, i, i + len); // a town named anywhere: "73, retired nun, Dubuque"
            }
            len = UNIQUENESS.matchAt(post, i);
            if (len > 0) {
                put(found, "unusual event", post, i, i + len);
            }
            readEvent(post, i, found);
        }
        return found;
    }

    private static final PhraseSet CITATIONS = PhraseSet.of("et al", "et al.");

    /**
     * A published case: the sentence (or the one its "et al." ended) cites its authors ("Harlow et al.
     * described a 25-year-old foreman") and has no "I", "we" or "our" in it (not "like Smith et al., our 25-year-old pt ...").
     */
    private static boolean citedCase(AnalyzedPost post, int sentence) {
        var sn = post.sentences().get(sentence);
        int from = sentence > 0 ? post.sentences().get(sentence - 1).firstToken() : sn.firstToken(); // "et al." ends one
        return CITATIONS.find(post, from, sn.endToken()) >= 0
                && !Words.anyIn(post, sn.firstToken(), sn.endToken(), Words.FIRST_PERSON);
    }

    /**
     * "a patient of mine", "that one is mine": the pronoun, not a coal mine; "back to school", "after
     * school": school as what children do, and "school nurses": a profession, no school in particular.
     */
    private static boolean noPlace(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        if (i + 1 < post.tokens().size() && post.lowerToken(i + 1).endsWith("s") && post.lowerToken(i + 1).length() > 3) {
            String next = post.lowerToken(i + 1);
            String one = next.substring(0, next.length() - 1);
            if (Lexicons.OCCUPATIONS.contains(one) || Words.STAFF.contains(one)) {
                return true; // "other school nurses", "fellow farm vets": a profession, no place in particular
            }
        }
        if (w.equals("school") && i > 0 && SCHOOL_TIMES.contains(post.lowerToken(i - 1))) {
            return i + 1 >= post.tokens().size() || !post.tokens().get(i + 1).is(Kind.WORD)
                    || !post.tokens().get(i + 1).isCapitalized();
        }
        return w.equals("mine") && i > 0 && MINE_NOT_A_PLACE.contains(post.lowerToken(i - 1));
    }

    /**
     * The streets, events, occasions and local fame around token {@code i}: "on Hwy 12", "26th St", "the
     * Carthage tractor rollover Sunday", "the crash on 2nd Ave", "mid-sermon", "the first ... ever born
     * here", "won the county pie contest", "half the parish is in the waiting room".
     */
    private static void readEvent(AnalyzedPost post, int i, Map<String, Detail> found) {
        List<Token> tokens = post.tokens();
        int street = streetAt(post, i);
        if (street > 0 && post.signals().personInSentence(tokens.get(i).sentence())) { // (not "the Kroger on Route 31")
            put(found, "street", post, i, street); // "on Hwy 12", "route 97", "26th St"
        }
        String w = post.lowerToken(i);
        Token t = tokens.get(i);
        int sentence = t.sentence();
        if (w.equals("the") && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && !ROUTES.contains(post.lowerToken(i + 1))) {
            int end = placeName(post, i + 1); // "the Carthage tractor rollover", "The Sheridan Walmart cashier"
            int job = end < tokens.size() && tokens.get(end).is(Kind.NUMBER) && tokens.get(end).length() <= 3
                    ? end + 1 : end; // "the Channel 4 sports anchor"
            if (end > i + 1 && job < tokens.size() && tokens.get(job).sentence() == sentence && startsOccupation(post, job)
                    && Lexicons.PLACES.find(post, i + 1, end) < 0 && !Words.anyIn(post, i + 1, end, REGIONS)) {
                put(found, "workplace", post, i + 1, job); // "the Sheridan Walmart cashier": the employer
            } else if (end > i + 1 && end < tokens.size() && tokens.get(end).sentence() == sentence
                    && (eventAhead(post, end) >= 0 || startsOccupation(post, end))) {
                putPlace(found, "place", post, i + 1, end); // "the Harlan County miner", "the Carthage rollover"
            }
        }
        if (DISASTERS.contains(w) && anchored(post, i)) {
            put(found, "unusual event", post, i, i + 1); // "the Skokie route 97 crash", "the crash on 2nd Ave"
        }
        if (Words.WEEKDAYS.contains(w) && i > 0 && tokens.get(i - 1).sentence() == sentence
                && (DISASTERS.contains(post.lowerToken(i - 1)) || eventCueEndsAt(post, i))) {
            put(found, "timing", post, i, i + 1); // "the tractor rollover Sunday", "the crash Friday"
        }
        if ((w.equals("ever") && superlativeBefore(post, i)) || everSuffixed(w)) {
            put(found, "unusual event", post, i, i + 1); // "the first Amish triplets ever born here", "smallest-ever"
        }
        if (SUPERLATIVES.contains(head(w)) && caseNounAfter(post, i)) {
            put(found, "unusual event", post, i, i + 1); // "our longest-stay ICU patient this year"
        }
        if (w.equals("won") && prizeAfter(post, i)) {
            put(found, "unusual event", post, i, i + 1); // "won the Lodi pie-eating contest"
        }
        if (PEOPLE.contains(w) && i > 0 && tokens.get(i - 1).sentence() == sentence
                && (BUSINESSES.contains(post.lowerToken(i - 1)) || TRADES.contains(post.lowerToken(i - 1)))) {
            put(found, "occupation", post, i - 1, i + 1); // "the food truck guy", "the taco lady", "the mail lady"
        }
        if (w.equals("every") && i + 1 < tokens.size() && tokens.get(i + 1).sentence() == sentence
                && (Words.WEEKDAYS.contains(post.lowerToken(i + 1)) || HABIT_TIMES.contains(post.lowerToken(i + 1)))
                && post.signals().personInSentence(sentence)) {
            put(found, "timing", post, i, i + 2); // "parks outside our ED every Friday": a habit the neighbours know
        }
        if (PEOPLE.contains(w) || startsOccupation(post, i)) {
            int seen = appearance(post, i);
            if (seen > 0) {
                put(found, "appearance", post, i + 1, seen); // "the guy in the Packers jersey", "the cashier with the long braid"
            }
        }
        if ((Words.THIRD_POSSESSIVES.contains(w) || (w.equals("the") && i > 0 && WEARING.contains(post.lowerToken(i - 1))))
                && vehicle(post, i) > 0) {
            put(found, "vehicle", post, i, vehicle(post, i)); // "his red F-150", "her purple Vespa"
        }
        int len = LOCAL_ATTENTION.matchAt(post, i);
        if (len > 0 && sameSentence(post, i, len)) {
            put(found, "local attention", post, i, i + len); // "half the parish is in the waiting room"
        } else if ((w.equals("everyone") || w.equals("everybody")) && i + 2 < tokens.size()
                && post.lowerToken(i + 1).equals("in") && tokens.get(i + 2).isCapitalized()
                && tokens.get(i + 2).sentence() == sentence && placeName(post, i + 2) > i + 2) {
            put(found, "local attention", post, i, i + 2); // "everyone in Ely will know by dinner"
        }
    }

    /** What a person wears or looks like, that a neighbour would know them by. */
    private static final Set<String> LOOKS = Set.of("jersey", "hat", "cap", "beanie", "jacket", "hoodie", "vest",
            "scarf", "boots", "overalls", "uniform", "kilt", "turban", "bandana", "braid", "braids", "beard", "mustache",
            "moustache", "mohawk", "dreads", "dreadlocks", "mullet", "ponytail", "tattoo", "tattoos", "piercing",
            "piercings", "eyepatch", "cane", "walker", "wheelchair", "hair", "glasses", "wig", "costume", "tutu",
            "cape", "sombrero", "stetson", "bowtie", "tie-dye");
    private static final Set<String> WEARING = Set.of("in", "with", "wearing", "who wears");

    /**
     * "the guy in the Packers jersey", "the cashier with the long braid": a person word, then "in/with/wearing"
     * and within four words something worn or a look. Returns the end of the description, or -1.
     */
    private static int appearance(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).sentence() == sentence && k < i + 3 && startsOccupationInside(post, k)) {
            k++; // the rest of a job's name: "bus driver"
        }
        if (k >= tokens.size() || !WEARING.contains(post.lowerToken(k)) || tokens.get(k).sentence() != sentence) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6) && tokens.get(j).sentence() == sentence; j++) {
            if (LOOKS.contains(post.lowerToken(j))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean startsOccupationInside(AnalyzedPost post, int k) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(k).sentence())) {
            if (c.kind() == Signals.Kind.OCCUPATION && c.first() < k && k < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** Vehicles a town knows their owner by. */
    private static final Set<String> VEHICLES = Set.of("truck", "pickup", "f-150", "f150", "silverado", "tacoma",
            "ram", "jeep", "wrangler", "harley", "motorcycle", "motorbike", "minivan", "van", "rv", "camper", "corvette",
            "camaro", "mustang", "tesla", "prius", "vespa", "scooter", "tractor", "combine", "semi", "convertible",
            "cadillac", "lincoln", "buick", "hummer", "bronco", "miata", "beetle", "bus", "limo", "hearse", "boat");
    private static final Set<String> COLORS = Set.of("red", "blue", "green", "yellow", "black", "white", "silver",
            "orange", "purple", "pink", "gold", "lifted", "old", "vintage", "classic", "rusty", "beat-up", "custom",
            "bright", "neon", "camo", "teal", "maroon", "brown", "tan");

    /**
     * "his red F-150", "her purple Vespa", "their lifted Jeep": a possessive, a colour or look, a vehicle.
     * Returns the end of the vehicle, or -1 (not "his truck" alone: everyone has one).
     */
    private static int vehicle(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        int k = i + 1;
        boolean described = false;
        while (k < tokens.size() && tokens.get(k).sentence() == sentence && COLORS.contains(post.lowerToken(k))) {
            described = true;
            k++;
        }
        if (!described || k >= tokens.size() || tokens.get(k).sentence() != sentence) {
            return -1;
        }
        if (k + 2 < tokens.size() && tokens.get(k).isCapitalized() && post.lowerToken(k + 1).equals("-")
                && tokens.get(k + 2).is(Kind.NUMBER) && tokens.get(k + 1).start() == tokens.get(k).end()) {
            return k + 3; // "F-150", "CR-V 2"
        }
        return VEHICLES.contains(post.lowerToken(k)) ? k + 1 : -1;
    }

    /** A person named by their trade: "the food truck guy", "the taco lady", "the mail lady". */
    private static final Set<String> PEOPLE = Set.of("guy", "lady", "man", "woman", "dude", "gal", "girl", "boy");
    private static final Set<String> TRADES = Set.of("mail", "cream", "taco", "tamale", "pizza", "ice-cream", "hot-dog",
            "delivery", "lunch", "lawn", "pool", "cable", "bread", "produce", "fruit", "flower", "newspaper", "paper",
            "ups", "fedex", "amazon", "coffee", "donut", "bagel", "elote", "fish", "bait", "tire", "repo");
    private static final Set<String> HABIT_TIMES = Set.of("morning", "evening", "night", "weekend", "sunday",
            "afternoon", "summer", "winter", "spring", "fall", "year", "day");

    /** Verbs by which a person's job is told: "the couple who run the taqueria", "who drives the bookmobile". */
    private static final Set<String> RUNS = Set.of("run", "runs", "own", "owns", "manage", "manages", "drive",
            "drives", "works", "work", "teaches", "teach", "coaches", "coach", "pastors", "preaches", "tends", "cooks",
            "bakes", "delivers", "cuts", "fixes", "operates");
    /** Places of work a job or "who runs" can name without capitals: "the bakery", "the bait shop", "the ramen spot". */
    private static final Set<String> BUSINESSES = Set.of("shop", "store", "restaurant", "cafe", "café", "bar", "pub",
            "taqueria", "bakery", "diner", "salon", "barbershop", "garage", "pharmacy", "bank", "library",
            "bookmobile", "stand", "market", "spot", "gym", "studio", "hotel", "motel", "daycare", "dealership",
            "creamery", "brewery", "winery", "bookstore", "laundromat", "deli", "pizzeria", "truck", "firehouse",
            "paper", "newspaper", "station", "shelter", "pantry", "kitchen", "food truck", "cannery", "orchard",
            "dairy", "feed store", "hardware store", "post office", "funeral home", "car wash", "bowling alley", "band",
            "choir");
    /** Words that make a name a region, not an employer: "the Harlan County miner". */
    private static final Set<String> REGIONS = Set.of("county", "township", "parish", "valley", "island", "city",
            "town", "village", "borough", "heights", "falls", "springs", "creek", "lake", "hills");

    private static final Set<String> OWNS = Set.of("own", "owns", "run", "runs", "manage", "manages");

    /** "the tea room", "that vintage record place": a noun phrase of one to three words after "who owns". */
    private static int[] ownedBusiness(AnalyzedPost post, int j) {
        List<Token> tokens = post.tokens();
        if (j >= tokens.size() || !ARTICLES.contains(post.lowerToken(j)) || OWN_WORKPLACE.contains(post.lowerToken(j))) {
            return null;
        }
        int sentence = tokens.get(j).sentence();
        int k = j + 1;
        while (k < tokens.size() && k < j + 4 && tokens.get(k).sentence() == sentence && tokens.get(k).is(Kind.WORD)
                && !NOT_IN_A_NAME.contains(post.lowerToken(k)) && !BE.contains(post.lowerToken(k))) {
            k++;
        }
        return k > j + 1 ? new int[] {j + 1, k} : null;
    }

    /** Owners that make a workplace the writer's own: "who runs our gift shop". */
    private static final Set<String> OWN_WORKPLACE = Set.of("our", "my", "your");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "that", "this", "his", "her", "their");
    private static final Set<String> WORK_PREPOSITIONS = Set.of("at", "of", "for");
    /** Words that end a workplace's name before its noun: "the farmer from Holmes County" names no workplace. */
    private static final Set<String> NOT_IN_A_NAME = Set.of("from", "in", "at", "on", "with", "to", "of", "and", "or",
            "who", "that", "is", "was", "for", "by", "after", "before", "near");

    /**
     * The workplace a job or "who runs" names from token {@code j}: "at First Lutheran", "of the
     * bakery", "the Harlan County bookmobile", as {start, end}, or null. Not the writer's own ("our gift shop").
     */
    private static int[] workplace(AnalyzedPost post, int j) {
        List<Token> tokens = post.tokens();
        if (j <= 0 || j >= tokens.size()) {
            return null;
        }
        int sentence = tokens.get(j - 1).sentence();
        // "pastor at First Lutheran", "principal of Westfield Elementary" (not "Nurse Keisha", "Senator Alma Dalton")
        boolean preposition = WORK_PREPOSITIONS.contains(post.lowerToken(j - 1));
        if (WORK_PREPOSITIONS.contains(post.lowerToken(j)) && j + 1 < tokens.size()) {
            j++;
            preposition = true;
        }
        if (post.lowerToken(j).equals("from") && j + 1 < tokens.size()) {
            j++; // "the drummer from that bar band": a workplace by its noun only ("from Naperville" is a town)
        }
        if (OWN_WORKPLACE.contains(post.lowerToken(j))) {
            return null;
        }
        if (ARTICLES.contains(post.lowerToken(j))) {
            j++;
        }
        for (int k = j; k < Math.min(tokens.size(), j + 4) && tokens.get(k).sentence() == sentence; k++) {
            Token t = tokens.get(k);
            if (!t.is(Kind.WORD) || NOT_IN_A_NAME.contains(post.lowerToken(k))) {
                break;
            }
            int len = Math.max(LOCALITY.matchAt(post, k), BUSINESSES.contains(post.lowerToken(k)) ? 1 : 0);
            if (len > 0) {
                return new int[] {j, k + len};
            }
        }
        if (preposition && j < tokens.size() && tokens.get(j).sentence() == sentence
                && !TIME_NOUNS.contains(post.lowerToken(j))) { // not "Nurse of the Year"
            int end = saint(post, j) ? j + 3 : placeName(post, j); // "at St. Brigid's"
            if (end > j) {
                return new int[] {j, end}; // "at First Lutheran", "of Westfield Elementary"
            }
        }
        return null;
    }

    private static boolean inside(Detail d, AnalyzedPost post, int i) {
        return d != null && post.tokens().get(i).start() >= d.start() && post.tokens().get(i).start() < d.end();
    }

    /** "our ICU team", "my school": a locality word the writer owns, one or two words after "our" or "my". */
    private static boolean ownedNear(AnalyzedPost post, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (OWN_WORKPLACE.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #put}, but a named place ("Woodstock") takes the place of a generic word found
     * before it ("the bakery", "church"): the name says more.
     */
    private static void putPlace(Map<String, Detail> found, String kind, AnalyzedPost post, int first, int end) {
        Detail old = found.get(kind);
        String before = old == null ? null : old.text().toLowerCase(java.util.Locale.ROOT);
        if (old != null && (old.text().equals(before) || LOCALITY.contains(before))
                && post.tokens().get(first).isCapitalized() && !LOCALITY.contains(post.lowerToken(first))) {
            found.remove(kind); // ("the Channel 4 anchor from Elgin": Elgin, not "Channel")
        }
        put(found, kind, post, first, end);
    }

    private static final Set<String> TIME_NOUNS = Set.of("month", "year", "week", "day", "night", "decade",
            "century", "season", "semester", "quarter");

    /** "St. Patrick's", "Providence St. Vincent": a saint (St, a full stop, a capitalised name), not a street. */
    private static boolean saint(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        return post.lowerToken(k).equals("st") && k + 2 < tokens.size() && post.lowerToken(k + 1).equals(".")
                && tokens.get(k + 2).isCapitalized();
    }

    /** Roads numbered or named by their number: "Hwy 12", "route 97", "Route 9", "SR 14", "26th St", "2nd Ave". */
    private static final Set<String> ROUTES = Set.of("hwy", "highway", "route", "rte", "rt", "sr", "cr", "fm",
            "interstate");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,3}(st|nd|rd|th)");

    /** End of a numbered road or street at {@code i}, or -1. */
    private static int streetAt(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) {
            return -1;
        }
        String w = post.lowerToken(i);
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (ROUTES.contains(w) && next.is(Kind.NUMBER) && next.length() <= 4
                && (t.isCapitalized() || w.equals("route") || w.equals("hwy") || w.equals("highway"))) {
            return i + 2;
        }
        if (t.is(Kind.ALNUM) && ORDINAL.matcher(w).matches() && STREET_WORDS.contains(post.lowerToken(i + 1))) {
            return i + 2;
        }
        if (t.is(Kind.NUMBER) && t.length() <= 3 && i + 2 < tokens.size() && next.start() == t.end()
                && ORDINAL_SUFFIXES.contains(post.lowerToken(i + 1)) && STREET_WORDS.contains(post.lowerToken(i + 2))
                && tokens.get(i + 2).sentence() == t.sentence()) {
            return i + 3; // "26th St", "2nd Ave" (read as 26, th, St)
        }
        return -1;
    }

    /** Things that happen to someone at a place: with the place named, an event the neighbours saw. */
    private static final Set<String> DISASTERS = Set.of("crash", "wreck", "rollover", "pileup", "fire", "explosion",
            "shooting", "stabbing", "collision", "blaze", "derailment");
    /** Gatherings a weekday or a place name can pin down: "the school assembly Tuesday". */
    private static final Set<String> EVENT_NOUNS = Set.of("assembly", "game", "contest", "parade", "tournament",
            "festival", "fair", "rodeo", "derby", "marathon", "race", "meet", "match", "recital", "concert",
            "wedding", "reunion", "party", "cookoff", "cook-off");

    /** Index of an event noun or event cue within three words from {@code k} in its sentence, or -1. */
    private static int eventAhead(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(k).sentence();
        for (int j = k; j < Math.min(tokens.size(), k + 4) && tokens.get(j).sentence() == sentence; j++) {
            String w = post.lowerToken(j);
            if (DISASTERS.contains(w) || EVENT_NOUNS.contains(w) || w.endsWith("-eating")
                    || Lexicons.UNUSUAL_EVENTS.matchAt(post, j) > 0) {
                return j;
            }
        }
        return -1;
    }

    private static boolean startsOccupation(AnalyzedPost post, int k) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(k).sentence())) {
            if (c.kind() == Signals.Kind.OCCUPATION && c.first() == k) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVENT_PLACE_PREPOSITIONS = Set.of("on", "at", "in", "near", "outside");

    /**
     * A disaster at {@code i} tied to a named place: a capitalised place or a road within three words
     * before it ("the Skokie route 97 crash"), or on/at/in/near a name or road after it ("the crash on 2nd Ave").
     * Not "the patient crashed", "a crash course", "crash cart".
     */
    private static boolean anchored(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        int from = post.sentences().get(sentence).firstToken();
        for (int k = Math.max(from + 1, i - 3); k < i; k++) {
            if ((tokens.get(k).isCapitalized() && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k)))
                    || streetAt(post, k) > 0) {
                return true;
            }
        }
        int k = i + 1;
        if (k + 1 < tokens.size() && tokens.get(k + 1).sentence() == sentence
                && EVENT_PLACE_PREPOSITIONS.contains(post.lowerToken(k))) {
            int n = post.lowerToken(k + 1).equals("the") ? k + 2 : k + 1;
            return n < tokens.size() && tokens.get(n).sentence() == sentence
                    && (placeName(post, n) > n || streetAt(post, n) > 0);
        }
        return false;
    }

    private static boolean eventCueEndsAt(AnalyzedPost post, int i) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(i).sentence())) {
            if (c.kind() == Signals.Kind.UNUSUAL_EVENT && c.end() == i) {
                return true;
            }
        }
        return false;
    }

    /** Superlatives that single out one patient among all a hospital has had. */
    private static final Set<String> SUPERLATIVES = Set.of("youngest", "oldest", "smallest", "tiniest", "littlest",
            "biggest", "largest", "heaviest", "longest", "earliest", "sickest", "rarest", "first", "only");
    private static final Set<String> CASE_NOUNS = Set.of("patient", "pt", "recipient", "survivor", "preemie", "baby",
            "admit", "case", "transplant", "donor", "delivery", "resident");

    /** "first ... ever", "smallest ... ever": a superlative within six words before "ever" at {@code i}. */
    private static boolean superlativeBefore(AnalyzedPost post, int i) {
        int from = post.sentences().get(post.tokens().get(i).sentence()).firstToken();
        for (int k = Math.max(from, i - 6); k < i; k++) {
            if (SUPERLATIVES.contains(head(post.lowerToken(k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean everSuffixed(String w) {
        return w.endsWith("-ever") && SUPERLATIVES.contains(w.substring(0, w.length() - 5));
    }

    /** The word before a hyphen: "longest" of "longest-stay". */
    private static String head(String w) {
        int dash = w.indexOf('-');
        return dash > 0 ? w.substring(0, dash) : w;
    }

    /** "our longest-stay ICU patient", "the youngest transplant recipient": a case noun within four words (not "first"). */
    private static boolean caseNounAfter(AnalyzedPost post, int i) {
        String w = head(post.lowerToken(i));
        if (w.equals("first") || w.equals("only")) {
            return false; // "our first patient of the day", "the only patient on the unit": ordinary
        }
        return wordWithinFourAfter(post, i, CASE_NOUNS);
    }

    /** A word of {@code words} within the four tokens after {@code i}, in its sentence. */
    private static boolean wordWithinFourAfter(AnalyzedPost post, int i, Set<String> words) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5) && tokens.get(k).sentence() == sentence; k++) {
            if (words.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRIZES = Set.of("contest", "competition", "championship", "title", "pageant",
            "lottery", "jackpot", "award", "prize", "tournament", "trophy", "crown", "cookoff", "cook-off", "derby",
            "race", "medal", "election", "primary");

    /** "won the county pie-eating contest", "won state": a prize within four words after "won". */
    private static boolean prizeAfter(AnalyzedPost post, int i) {
        return wordWithinFourAfter(post, i, PRIZES);
    }

    /** Word of a patient's story getting around a small place: the neighbours already know who it is. */
    private static final PhraseSet LOCAL_ATTENTION = PhraseSet.of("the whole town", "half the town", "whole town",
            "the whole parish", "half the parish", "the whole county", "half the county", "the whole village",
            "half the village", "the whole congregation", "half the congregation", "the whole church",
            "half the church", "the whole community", "the community's", "the town's", "everyone in town",
            "everybody in town", "all over town", "the whole neighborhood", "half the neighborhood", "church group",
            "prayer chain", "prayer list", "the whole school", "half the school", "stop asking me",
            "keep asking me", "keeps asking me", "everyone asking", "everybody asking", "the whole valley",
            "the whole island", "whole island", "the whole reservation", "the whole base");

    private static boolean sameSentence(AnalyzedPost post, int i, int len) {
        return post.tokens().get(i).sentence() == post.tokens().get(i + len - 1).sentence();
    }

    /** The age in "my 6yo nephew", "my 8-year-old son": the writer's relative's, not a patient's. */
    private static boolean relativesAge(AnalyzedPost post, int i) {
        for (int j = i + 1; j < Math.min(post.tokens().size(), i + 5); j++) {
            if (Lexicons.FAMILY_ROLES.matchAt(post, j) > 0) {
                return Signals.writersRelative(post, j);
            }
        }
        return false;
    }

    private static void put(Map<String, Detail> found, String kind, AnalyzedPost post, int first, int end) {
        if (!found.containsKey(kind)) {
            int start = post.tokens().get(first).start();
            int stop = post.tokens().get(end - 1).end();
            found.put(kind, new Detail(kind, post.normalized().substring(start, stop), start, stop));
        }
    }

    private static final Set<String> FIRST_PERSON_BE = Set.of("i'm", "i’m", "im", "am", "as");
    private static final Set<String> A_AN = Set.of("a", "an");

    /**
     * The occupation in [first, end) is the writer's own: "as a school nurse, I", "I'm an ER nurse",
     * "PSA from an ER nurse:", "Peds nurse PSA:", "the orthodontist (me)". A role the writer signs
     * with is no detail of a patient.
     */
    static boolean writersOwnRole(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        int n = tokens.size();
        if (end + 2 < n && post.lowerToken(end).equals("(") && post.lowerToken(end + 1).equals("me")
                && post.lowerToken(end + 2).equals(")")) {
            return true; // "the orthodontist (me)"
        }
        int k = first - 1;
        while (k >= 0 && k >= first - 2 && tokens.get(k).is(Kind.WORD) && !A_AN.contains(post.lowerToken(k))
                && !FIRST_PERSON_BE.contains(post.lowerToken(k))) {
            k--; // modifiers: "an ER nurse", "a school nurse"
        }
        if (k >= 1 && A_AN.contains(post.lowerToken(k))) {
            String before = post.lowerToken(k - 1);
            if (FIRST_PERSON_BE.contains(before) && !(before.equals("as") && !meAfter(post, end))) {
                return true; // "I'm a nurse", "as a school nurse, I promise"
            }
            if (before.equals("from") && colonWithin(post, end, 2)) {
                return true; // "PSA from an ER nurse: ..."
            }
        }
        int opener = post.sentences().get(tokens.get(first).sentence()).firstToken();
        return first - opener <= 1 && colonWithin(post, end, 2); // "Peds nurse PSA: ...", "Nurse here: ..."
    }

    /** "as a nurse, I ...": the writer, first person singular, right after the role. */
    private static boolean meAfter(AnalyzedPost post, int end) {
        int k = end < post.tokens().size() && post.lowerToken(end).equals(",") ? end + 1 : end;
        return k < post.tokens().size() && (post.lowerToken(k).equals("i") || post.lowerToken(k).startsWith("i'")
                || post.lowerToken(k).startsWith("i’"));
    }

    private static boolean colonWithin(AnalyzedPost post, int end, int words) {
        for (int k = end; k < Math.min(post.tokens().size(), end + words + 1); k++) {
            if (post.lowerToken(k).equals(":")) {
                return true;
            }
            if (!post.tokens().get(k).is(Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** Those who care for a person ("his pharmacist", "her midwife"): occupations.txt's health and care section. */
    private static final PhraseSet CARE_OCCUPATIONS = PhraseSet.lexicon("occupations.txt", "health and care");

    /** The occupation cue {@code c} is a person's own clinician: "his pharmacist", "her new nurse". */
    private static boolean personsClinician(AnalyzedPost post, Signals.Cue c) {
        if (c.end() - c.first() != 1 || !CARE_OCCUPATIONS.contains(c.canonical())) {
            return false;
        }
        int k = c.first() - 1;
        if (k > 0 && (post.lowerToken(k).equals("new") || post.lowerToken(k).equals("own"))) {
            k--; // "her new nurse", "his own therapist"
        }
        return k >= 0 && Words.THIRD_POSSESSIVES.contains(post.lowerToken(k));
    }

    private static boolean owned(AnalyzedPost post, int i) {
        return i > 0 && OWNERS.contains(post.lowerToken(i - 1));
    }

    /** 94 in "94 y/o", "94yo", "94-year-old", "age 94", "aged 94", "94M", ", 101," after a noun. */
    static boolean isAge(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        String text = tokens.get(i).text();
        if (text.length() > 3 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(text);
        if (value < 1 || value > 120) {
            return false;
        }
        if (i + 1 < tokens.size()) {
            String next = post.lowerToken(i + 1);
            boolean and = next.equals("y") && ForeignPhi.of(post) != null; // Spanish "entre 50 y 69"
            if (AGE_UNITS.contains(next) && !and && tokens.get(i + 1).start() - tokens.get(i).end() <= 1) {
                return true;
            }
            if (next.equals("-") && i + 2 < tokens.size() && post.lowerToken(i + 2).startsWith("year")) {
                return true;
            }
            if ((next.equals("years") || next.equals("yrs")) && i + 2 < tokens.size()
                    && post.lowerToken(i + 2).equals("old")) {
                return true;
            }
            // an infant's age: "8 month old", "3-week-old", "10 days old" (not "6 months of therapy", nor
            // "every 8 month old": all infants of an age)
            int unit = next.equals("-") ? i + 2 : i + 1;
            if (unit + 1 < tokens.size() && !(i > 0 && EVERY.contains(post.lowerToken(i - 1))) && INFANT_UNITS.contains(post.lowerToken(unit))
                    && (post.lowerToken(unit + 1).equals("old") || (post.lowerToken(unit + 1).equals("-")
                            && unit + 2 < tokens.size() && post.lowerToken(unit + 2).equals("old")))) {
                return true;
            }
        }
        if (i > 0) {
            String prev = post.lowerToken(i - 1);
            if (prev.equals("age") || prev.equals("aged")) {
                return i + 1 >= tokens.size() || !post.lowerToken(i + 1).equals("-");
            }
            if (prev.equals(",") && i + 1 < tokens.size() && post.lowerToken(i + 1).equals(",") && i > 1
                    && tokens.get(i - 2).is(Kind.WORD) && value > 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVERY = Set.of("every", "each", "any", "all", "most", "per");
    private static final Set<String> INFANT_UNITS = Set.of("month", "months", "mo", "mos", "week", "weeks", "wk",
            "wks", "day", "days");

    /** What may follow "at 52" when it is an age: the end of its clause. */
    private static final Set<String> AGE_AT_ENDS = Set.of(",", ";", ".", "!", "?", "and", "—", "–", "-", "(", "...");

    /** Words after which "at 52" tells a person's age: a death, a diagnosis, a retirement. */
    private static final Set<String> LIFE_EVENTS = Set.of("passed", "died", "diagnosed", "dx", "dx'd", "retired",
            "widowed", "gone", "lost");

    /**
     * "black lung at 52", "diagnosed at 34", "passed last Tuesday at 92": "at" and a number from 13
     * to 120 ending its clause, in a sentence with a health detail or a death, diagnosis or retirement
     * (not "at 5 pm", "at 40 mg", "at 10:30").
     */
    static boolean ageAt(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        String text = tokens.get(i).text();
        if (i == 0 || !post.lowerToken(i - 1).equals("at") || text.length() > 3
                || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(text);
        if (value < 13 || value > 120) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == tokens.get(i).sentence()) {
            String next = post.lowerToken(i + 1);
            if (!AGE_AT_ENDS.contains(next)) {
                return false;
            }
        }
        int sentence = tokens.get(i).sentence();
        var s = post.sentences().get(sentence);
        return post.signals().hasHealthDetail(sentence) || Words.anyIn(post, s.firstToken(), i, LIFE_EVENTS);
    }

    /** Token {@code k} ends a job or a person word ("der Bürgermeister aus ...", not "Hospital de Cruces"). */
    private static boolean personWord(AnalyzedPost post, int k) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(k).sentence())) {
            if ((c.kind() == Signals.Kind.OCCUPATION || c.kind() == Signals.Kind.FAMILY_ROLE) && c.end() == k + 1) {
                return true;
            }
        }
        ForeignPhi.Cues foreign = ForeignPhi.of(post);
        return foreign != null && foreign.person().matchAt(post, k) == 1;
    }

    /** "Only ferry captain on Vinalhaven", "only pharmacist in town": "only" right before a job. */
    private static boolean onlyOfAKind(AnalyzedPost post, int i) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(i).sentence())) {
            if (c.kind() == Signals.Kind.OCCUPATION && c.first() > i && c.first() <= i + 2
                    && !post.lowerToken(c.end() - 1).endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /** End of a capitalised place name starting at {@code i} (exclusive), or {@code i} if none. */
    private static int placeName(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int k = i;
        while (k < tokens.size() && k < i + 4) {
            Token t = tokens.get(k);
            if (!t.is(Kind.WORD) || !t.isCapitalized() || t.sentence() != tokens.get(i).sentence()) {
                break;
            }
            String w = post.lowerToken(k);
            boolean named = k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()
                    && tokens.get(k + 1).sentence() == t.sentence() && ContextualEntityRule.PLACE_SUFFIXES.matchAt(post, k + 1) > 0;
            if ((Lexicons.CAPITALIZED_NON_NAMES.contains(w) && !named) || Lexicons.DRUGS.contains(w)
                    || Lexicons.CONDITIONS.contains(w)) {
                break; // but "First Baptist", "Grace Lutheran": a stop word naming a church or school
            }
            k++;
        }
        return k;
    }
}
