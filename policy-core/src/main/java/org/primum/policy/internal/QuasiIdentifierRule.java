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

    private static final PhraseSet CARE_VERBS = PhraseSet.of("came in", "came through", "came into", "in for",
            "delivered", "treated", "discharged", "out of surgery", "went home", "going home", "admitted", "saw",
            "seen", "had the", "operated", "scoped", "managed", "cared for", "caring for", "patient", "pt",
            "brought", "transferred", "airlifted", "diagnosed", "diagnosis", "in clinic", "our unit", "my patient",
            "stitched", "casted", "intubated", "resuscitated", "coded", "rushed in", "checked in", "seeing", "born at",
            "born in our", "our hospital", "at our hospital", "in my ed", "in my er", "in our ed", "in our er",
            "my icu", "our icu", "in our icu", "with us", "is home", "home now", "back home", "out of the icu",
            "out of surgery", "flown in", "life-flighted", "lifeflighted", "medevaced", "ended up in", "rolled in",
            "wheeled in", "in our care", "on our unit", "on my unit", "our ccu", "our nicu", "our picu",
            // a patient's condition as a hospital reports it
            "is stable", "in stable condition", "critical condition", "serious condition", "fair condition");
    /** Many people, not one: "so many kids", "lots of flu", "a few broken wrists". */
    private static final PhraseSet MANY = PhraseSet.of("so many", "lots of", "a lot of", "several", "dozens",
            "a few", "many", "multiple", "tons of", "so much", "all the", "everyone", "a bunch of", "plenty of",
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
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at", "near", "outside", "of");
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
        if (post.tokens().isEmpty() || !s.memo("careRelation", () -> careRelation(post))) {
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
        for (int[] place : places(post, details.get("place"))) {
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
    private static List<int[]> places(AnalyzedPost post, Detail place) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = post.tokens();
        if (place != null) {
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

    private static boolean isPlaceWord(AnalyzedPost post, int k) {
        Token t = post.tokens().get(k);
        return t.is(Kind.WORD) && t.isCapitalized() && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k));
    }

    /** True when the sentence speaks of many people at once, not one patient. */
    static boolean aboutMany(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int len = MANY.matchAt(post, k);
            if (len > 0 && k + len <= s.endToken() && !readers(post, k + len) && !rarity(post, k)) {
                return true;
            }
        }
        return counted(post, s.firstToken(), s.endToken());
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
            "intubations", "codes", "overdoses", "traumas", "consults", "procedures", "encounters", "amputations");

    /** Written authorisation to share a patient's story: "shared with Hector's written permission". */
    private static final PhraseSet CONSENT = PhraseSet.of("written permission", "written consent",
            "written authorization", "written authorisation", "signed consent", "signed authorization",
            "signed a release", "signed release", "shared with permission", "shared with their permission",
            "shared with her permission", "shared with his permission", "with their blessing");

    /**
     * True when the post says the patient (or their parents) gave written permission to share their
     * story: HIPAA allows an authorised disclosure, so their name and details are theirs to share.
     */
    static boolean consented(AnalyzedPost post) {
        return post.signals().memo("consented", () -> CONSENT.find(post, 0, post.tokens().size()) >= 0);
    }

    /**
     * True when the sentence is about a named doctor ("Dr. O has practiced in Cuthbert since 1998")
     * or a named colleague with a credential ("Linda Okafor, RN, retires after 38 years in L&D").
     */
    static boolean aboutClinician(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (PhiContext.honoursOwnPeople(post, s.firstToken(), s.endToken())) {
            return true; // "our ICU nurse Daniela finished her first Ironman in Kona"
        }
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (post.tokens().get(k).isCapitalized() && post.lowerToken(k + 1).equals(",")
                    && ContextualEntityRule.isCredential(post, k + 2)) {
                return true;
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

    /** True when the sentence reports news or a public statement ("announced", "according to"). */
    static boolean publicReport(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (PUBLIC_REPORT.find(post, s.firstToken(), s.endToken()) >= 0) {
            return true;
        }
        // "Singer Lana Okoye shared that she lives with type 1 diabetes": a public figure's own news, unless
        // a case cue, a place of care or a patient's records put the person in someone's care ("came to our ED")
        return Words.PUBLIC_FIGURE.find(post, s.firstToken(), s.endToken()) >= 0
                && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)
                && Words.careSetting(post, s.firstToken(), s.endToken()) < 0
                && Words.CARE_RECORDS.find(post, s.firstToken(), s.endToken()) < 0;
    }

    /** A clinician or organisation describing someone they cared for. */
    static boolean careRelation(AnalyzedPost post) {
        Signals s = post.signals();
        int n = post.sentences().size();
        for (int i = 0; i < n; i++) {
            var sentence = post.sentences().get(i);
            boolean care = CARE_VERBS.find(post, sentence.firstToken(), sentence.endToken()) >= 0;
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

    /**
     * One person in the sentence, not a group: "he", "the woman", "the crab boat captain", "their grandpa",
     * "58M" (not "kids", "new parents", "women").
     */
    private static boolean onePerson(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = post.lowerToken(k);
            if ((Words.SEX.contains(w) && !w.equals("men") && !w.equals("women"))
                    || (post.tokens().get(k).is(Kind.NUMBER) && isAge(post, k))) {
                return true;
            }
        }
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.FAMILY_ROLE || c.kind() == Signals.Kind.OCCUPATION) {
                String last = post.lowerToken(c.end() - 1);
                if (!last.endsWith("s") || last.endsWith("ss")) {
                    return true;
                }
            }
        }
        return false;
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
        if (consented(post) || Placeholders.madeUp(post)) {
            return found; // (a case the post calls made up: "(made-up case, not a real pt)")
        }
        Signals s = post.signals();
        List<Token> tokens = post.tokens();
        // sentences about no one patient (teaching, crowds and tallies, a named clinician), judged once each
        boolean[] skip = new boolean[post.sentences().size()];
        for (int k = 0; k < skip.length; k++) {
            // (or about the writer's own relative and no patient: "explaining to my 6yo nephew why ...")
            skip[k] = PatientCues.nonPatient(post, k) || aboutMany(post, k) || aboutClinician(post, k)
                    || s.writersOwnHealth(k)
                    || ContextualEntityRule.historical(post, k); // "Virginia Apgar designed her newborn score in 1952"
        }
        boolean teamOrCare = teamOrCare(post);
        for (Signals.Cue c : s.cues()) {
            if (skip[c.sentence()]) {
                continue;
            }
            String kind = switch (c.kind()) {
                case OCCUPATION -> owned(post, c.first()) ? null : "occupation";
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
        }
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
                int end = placeName(post, i + 1);
                if (end > i + 1) {
                    put(found, "place", post, i + 1, end);
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
                    put(found, "place", post, i + 1, end); // "the barber on Fulton Ave", "lives off Dix Hwy"
                } else if (w.equals("on") && tokens.get(i + 1).is(Kind.NUMBER) && tokens.get(i + 1).length() <= 2
                        && tokens.get(i + 2).isCapitalized() && COMPASS.contains(post.lowerToken(i + 2))) {
                    put(found, "place", post, i + 1, i + 3); // "the retired judge on 6 West": the unit he lies on
                }
            }
            int len = LOCALITY.matchAt(post, i);
            if (len > 0) {
                put(found, "place", post, i, i + len);
            }
            len = t.isCapitalized() ? Lexicons.PLACES.matchAt(post, i) : 0;
            if (len > 0) {
                put(found, "place", post, i, i + len); // a town named anywhere: "73, retired nun, Dubuque"
            }
            len = UNIQUENESS.matchAt(post, i);
            if (len > 0) {
                put(found, "unusual event", post, i, i + len);
            }
        }
        return found;
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
