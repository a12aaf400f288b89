package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Names and places linked to patient context. Candidates come from the entity detectors on the
 * class path (policy-nlp) and, without them, from capitalisation and gazetteers; a candidate
 * becomes a finding only in a sentence about a specific patient, and never when it is a
 * colleague (Dr., a credential after it) or a public figure in the news.
 */
final class ContextualEntityRule implements Rule {

    /** What may follow a name thanked on its own: "(thanks, Olamide!)". */
    private static final Set<String> THANKS_ENDS = Set.of("!", ")", ".");

    private static final PhraseSet GIVEN_NAMES = Lexicons.GIVEN_NAMES;
    private static final PhraseSet PLACES = Lexicons.PLACES;
    private static final Set<String> TITLES = Set.of("dr", "doctor", "prof", "professor", "nurse", "nurses", "np", "pa",
            "rn", "md", "coach", "rev", "pastor", "dean", "chief", "sen", "senator", "rep", "gov", "president", "judge",
            "officer", "captain", "sgt", "mayor");
    /** Words that introduce a person the post is about: "RIP Harold", "we lost Quinn", "told Kwame". */
    private static final PhraseSet NAME_OPENERS = PhraseSet.of("rip", "r.i.p", "goodbye", "goodnight", "miss you",
            "thinking of", "praying for", "prayers for", "pray for", "we lost", "lost", "told", "wish",
            "update on", "sat with", "fly high", "rest easy", "rest in peace", "happy birthday to", "meet",
            "visited", "discharged", "admitted", "rounded on", "congrats to", "congratulations to", "remember",
            "thinking about", "miss", "update:", "updates on");
    private static final Set<String> STAFF = Words.STAFF;
    private static final Set<String> SAINTS = Set.of("st", "saint", "san", "santa", "sainte", "ste");
    private static final Set<String> CREDENTIALS = Set.of("md", "do", "rn", "np", "pa", "phd", "mph", "facc", "facp",
            "bsn", "msn", "dnp", "pharmd", "lpn", "cna", "mba", "faan", "frcp", "mbbs", "dpt", "otr", "otr/l", "slp",
            "ccc-slp", "rd", "rdn", "crna", "cnm", "aprn", "fnp", "fnp-c", "pa-c", "dds", "dmd", "rph", "lcsw", "lmft",
            "psyd", "ibclc", "cde", "cdces", "rrt", "emt", "emt-p", "od", "dc", "ms", "msw", "atc",
            // specialty certifications and Commonwealth registrations: "Priscilla Moyo, RGN", "Jo Lee, MRCGP"
            "ccrn", "cen", "cpnp", "rnc", "cns", "lvn", "rpn", "anp", "acnp", "fnp-bc", "rgn", "rmn", "rnld",
            "mbchb", "mrcp", "mrcgp", "mrcs", "frcs", "frcpch", "frcog", "frcem", "frcn", "fracp", "fanzca", "mpharm",
            "jd", // a law degree ("Ana Ruiz, JD")
            // assistants' and allied-health credentials: "Kwame Mensah, PTA", "Lina Haddad, CPhT"
            "pta", "cota", "cpht", "ccma", "lmhc", "lpc", "lcpc", "lmsw", "bcba", "rdh", "dpm", "cnl", "crt");
    /** Credentials that are also everyday words, counted only in capitals: "Priya Raghunathan, PT, DPT". */
    private static final Set<String> CAPITAL_CREDENTIALS = Set.of("PT", "OT", "DO", "PA", "MS", "OD", "DC", "RD", "MA",
            "CMA", "RT");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "at", "near", "outside", "to", "of");
    static final PhraseSet PLACE_SUFFIXES = PhraseSet.of("county", "high school", "hs", "elementary",
            "middle school", "academy", "church", "parish", "baptist", "methodist", "lutheran", "catholic", "mosque",
            "temple", "synagogue", "township", "village", "heights", "park", "farm", "ranch", "mall", "street", "st",
            "avenue", "ave", "road", "rd", "fair", "lake", "creek", "valley", "springs", "beach", "falls", "hills",
            "university", "college", "nursing home", "apartments", "plant", "factory", "mill", "bridge", "river",
            // care homes: "Maple Grove Manor", "Willow Bend Lodge", "Cedar Ridge Gardens"
            "manor", "lodge", "gardens", "terrace", "commons", "estates", "haven", "residence", "senior living",
            "assisted living", "care home", "care center", "rehab center", "retirement home", "retirement village");
    /** A capitalised run with one of these is an organisation or service, not a person. */
    private static final Set<String> ORG_WORDS = Set.of("control", "center", "centre", "clinic", "hospital", "health",
            "department", "association", "society", "foundation", "institute", "university", "college", "pharmacy",
            "services", "team", "unit", "medical", "medicine", "care", "network", "group", "labs", "inc", "llc",
            "church", "school", "county", "city", "state", "house", "hall", "street", "road", "avenue", "st", "ave",
            "blvd", "rd", "ln", "ct", "hwy", "pkwy", "suite", "ste", "location", "campus",
            "manor", "lodge", "gardens", "terrace", "commons", "estates", "residence",
            // congregations: "Greater Mt. Zion Baptist", "Bethel AME", "Grace Lutheran"
            "baptist", "methodist", "lutheran", "presbyterian", "episcopal", "catholic", "pentecostal", "adventist",
            "ame", "chapel", "parish", "tabernacle", "cathedral", "temple", "synagogue", "mosque", "ministries",
            // rooms, venues and eateries: "the Community Room", "Rosa Linda's Cantina", "Garden Lounge"
            "room", "lounge", "auditorium", "atrium", "ballroom", "pavilion", "plaza", "library", "gym", "theater",
            "theatre", "cafeteria", "cafe", "café", "grill", "diner", "bistro", "kitchen", "bakery", "tavern", "pub",
            "deli", "pizza", "pizzeria", "taqueria", "cantina", "restaurant", "brewery", "steakhouse", "bbq",
            "barbecue", "creamery", "donuts", "roasters", "catering", "market", "eatery", "trattoria", "bagels",
            // clubs and service groups: "Rotary Club", "Elks Lodge", "Hospital Auxiliary"
            "club", "auxiliary", "guild", "league", "rotary", "kiwanis", "lions",
            // services named for a town: "Stroud Maternity", "Oakham Hospice", "Elm Street Surgery"
            "maternity", "hospice", "surgery", "practice", "trust",
            // local businesses that sponsor, sell and bury: "Hager Funeral Home", "Shaw Implement", "Ruiz Farms"
            "funeral", "mortuary", "crematory", "implement", "farms", "dairy", "hardware", "lumber", "motors",
            "dealership", "bank", "insurance", "realty", "salon", "barbershop", "company", "co", "corp",
            // "Jackson Memorial's rehab unit", "Mercy Regional"
            "memorial", "regional");
    /** True when the word at {@code k} is one that makes a capitalised run an organisation ("Stroud Maternity"). */
    static boolean isOrganisationWord(AnalyzedPost post, int k) {
        return k >= 0 && k < post.tokens().size() && ORG_WORDS.contains(post.lowerToken(k));
    }

    /** "turns 103", "turned 95". */
    private static final Set<String> TURNED = Set.of("turns", "turned", "turning");
    /** Determiners before a role word: "our therapist", "her therapist" (not the writer's own signature). */
    private static final Set<String> DETERMINERS = Set.of("our", "the", "a", "your", "their", "his", "her");
    /** "Brenda at our front desk", "Luis from our billing office". */
    private static final Set<String> AT_FROM_IN = Set.of("at", "from", "in");
    private static final Set<String> ROOMS = Set.of("bed", "room", "rm", "bay", "pod", "trauma", "resus", "stretcher");
    /** Records and episodes of one person's care: "Bea Lindgren's chart", "Curtis Bell's claims". */
    private static final Set<String> CARE_RECORDS = Set.of("chart", "charts", "record", "records", "account", "acct",
            "accounts", "bill", "bills", "claim", "claims", "paperwork", "belongings", "meds", "medications",
            "prescription", "prescriptions", "refill", "copay", "insurance", "labs", "discharge", "admission",
            "recovery", "surgery", "diagnosis", "biopsy");
    /** Departments that are not care: "Raj from facilities", "Rosa in intake" are colleagues. */
    private static final Set<String> DEPARTMENTS = Set.of("facilities", "it", "billing", "hr", "security",
            "housekeeping", "evs", "admin", "administration", "marketing", "finance", "legal", "compliance",
            "scheduling", "transport", "dietary", "payroll", "maintenance", "engineering", "pharmacy", "comms",
            "communications", "foodservice", "purchasing", "supply", "informatics", "intake", "registration",
            "admitting", "reception");
    /** Shifts a colleague works: "Marco on the night shift", "Dee from nights". */
    private static final Set<String> SHIFTS = Set.of("night", "nights", "day", "days", "evening", "evenings",
            "overnight", "overnights", "weekend", "weekends", "swing", "graveyard", "early", "late");
    /** The organisation's counters: "Brenda at our front desk". */
    private static final Set<String> DESKS = Set.of("desk", "office", "counter", "window", "station", "reception",
            "switchboard", "call", "phones");
    /** Words before a name that make it a contact at the organisation: "attn Rosa", "ask for Dana". */
    private static final PhraseSet CONTACT_OPENERS = PhraseSet.of("attn", "attn:", "attention", "ask for", "c/o",
            "requests to", "questions to", "submit to", "rsvp to", "contact", "email", "e-mail", "reach out to",
            "hosted by", "led by", "presented by", "organized by", "organised by", "sponsored by", "courtesy of",
            "sign up with");
    /** Capitalised words after a name that make it an organisation's ("Riverside Physiotherapy"). */
    private static final Set<String> ORG_NEXT = Set.of("physiotherapy", "therapy", "physical", "dental", "dentistry",
            "family", "medicaid", "medicare", "chapel", "parish", "fund", "trust", "memorial", "orthopedics",
            "pediatrics", "chiropractic", "urgent", "optometry", "pharmacy", "health", "wellness", "rehab");
    /** Lower-case words inside a place's name after a Spanish, French, Portuguese, German or Italian "from". */
    private static final PhraseSet PLACE_PARTICLES = PhraseSet.of("de", "de la", "del", "de los", "de las", "do", "da",
            "dos", "das", "am", "an der", "im", "sur", "di", "del", "della", "sul", "sulla");
    /** Words that thank: "thank you", "thanks", "thx". */
    private static final PhraseSet THANK_WORDS = PhraseSet.of("thank you", "thanks", "thx");
    /** A thanks or a cheer right before a name: "thank you, Daria!", "go Femi!". */
    private static final PhraseSet THANKS = PhraseSet.union(THANK_WORDS, PhraseSet.of("go"));
    /** Words that end a school's name: "Lincoln Elementary", "Oak Hill Academy". */
    private static final Set<String> SCHOOL_ENDS = Set.of("high", "elementary", "middle", "prep", "academy",
            "primary", "montessori");
    /** Words of a school's name ("Junior High" too; "junior" alone ends no school's name). */
    private static final Set<String> SCHOOL_WORDS = Words.with(SCHOOL_ENDS, "junior");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "his", "her", "him", "hers", "he's",
            "she's");
    /** Words before a capitalised word that make it a thing, not a person: "a Stanley cup". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "every", "each", "any", "another");
    /** Words after which a lower-case word is a name: "pt zhang wei". */
    private static final Set<String> LOWER_CASE_CUES = Set.of("pt", "patient", "named", "pt's", "patient's");
    /** Prepositions after which a capitalised run with no given name in front is a town ("from Lame Deer"). */
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("from", "in", "near", "outside");
    /** Verbs whose "in" is a particle, not a place's preposition: "EMS brought in Rufus Teague". */
    private static final Set<String> IN_VERBS = Set.of("brought", "bring", "came", "come", "comes", "wheeled",
            "rolled", "checked", "walked", "sent", "let", "called", "flown", "flew", "carried", "dropped", "squeezed");

    /** "from", "in", "near" or "outside" before token {@code i}, "in" not ending a verb ("brought in"). */
    private static boolean townPreposition(AnalyzedPost post, int i) {
        return i > 0 && TOWN_PREPOSITIONS.contains(post.lowerToken(i - 1))
                && !(i > 1 && post.lowerToken(i - 1).equals("in") && IN_VERBS.contains(post.lowerToken(i - 2)));
    }

    /** Prepositions after which a lone capitalised word is a place, not a person ("in Othello"). */
    private static final Set<String> PLACE_ONLY_PREPOSITIONS = Set.of("in", "near", "outside");
    private static final Set<String> PETS = Set.of("cat", "dog", "puppy", "kitten", "pup", "pet", "horse", "parrot",
            "hamster", "bunny", "rabbit");
    /**
     * Animals and things people give names to: a name set right after one ("our mannequin 'Stan'",
     * "his sourdough starter, Gerald", "the unit's fern named Fernando") is no person's, in that
     * sentence or later in the post ("Stan is fine").
     */
    private static final Set<String> NAMED_THINGS = Set.of("cat", "dog", "puppy", "kitten", "pup", "pet", "horse",
            "parrot", "hamster", "bunny", "rabbit", "goldfish", "fish", "turtle", "tortoise", "snake", "lizard",
            "gecko", "chicken", "chickens", "hen", "goat", "cow", "pony", "mannequin", "manikin", "simulator",
            "sim", "simman", "simbaby", "simmom", "simjunior", "simnewb", "dummy", "robot", "doll", "teddy", "plush", "mascot", "starter", "plant", "fern", "cactus",
            "succulent", "car", "truck", "van", "boat", "bike", "printer", "coffeemaker", "espresso", "machine", "roomba",
            "bear", "class", "program", "programme", "campaign", "initiative", "workshop", "podcast",
            "newsletter",
            "vacuum", "skeleton", "drone",
            // breeds a therapy dog is called by: "Biscuit the golden retriever"
            "retriever", "terrier", "beagle", "corgi", "doodle", "goldendoodle", "labradoodle", "spaniel",
            "dachshund", "chihuahua", "greyhound", "poodle", "labrador");
    /** Animal emoji: a capitalised name right before one is a pet's ("Meet Biscuit 🐶"). */
    private static final Set<String> ANIMAL_EMOJI = Set.of("🐶", "🐕", "🐱", "🐈", "🐾", "🐴", "🐰", "🐹", "🦮",
            "🐕‍🦺");
    private static final Set<String> THING_NAME_JOINERS = Set.of("'", "\"", "‘", "’", "“", "”",
            ",", ":", "named", "called", "nicknamed", "aka", "-");

    private final FindingType type;

    /** The review-level place rule: places of a person in care, in sentences not plainly about a patient. */
    private final boolean personPlaces;

    ContextualEntityRule(FindingType type) {
        this(type, false);
    }

    private ContextualEntityRule(FindingType type, boolean personPlaces) {
        if (type != FindingType.NAME && type != FindingType.LOCATION) {
            throw new IllegalArgumentException(type.toString());
        }
        this.type = type;
        this.personPlaces = personPlaces;
    }

    /**
     * Towns, schools and workplaces of a person the author cares for ("the Boise firefighter ... off
     * the vent") in a sentence that is not plainly about a patient: a detail a neighbour could use,
     * worth a review (WARN) but not proof enough to block.
     */
    static ContextualEntityRule personPlaces() {
        return new ContextualEntityRule(FindingType.LOCATION, true);
    }

    @Override
    public String id() {
        return type == FindingType.NAME ? "phi.name.context" : personPlaces ? "phi.location.person" : "phi.location.context";
    }

    @Override
    public org.primum.policy.Severity defaultSeverity() {
        return personPlaces ? org.primum.policy.Severity.WARN : org.primum.policy.Severity.BLOCK;
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return type == FindingType.NAME
                ? "Person names in sentences about a specific patient (not colleagues, authors or public figures)."
                : personPlaces ? "Towns, schools and workplaces of a person the author cares for, in a sentence not "
                        + "plainly about a patient (review)."
                : "Towns, facilities, schools, rooms and beds in sentences about a specific patient.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        if (post.tokens().isEmpty() || Placeholders.trainingRecord(post) || Placeholders.madeUp(post)) {
            return; // a test, training or sample record names no one
        }
        Signals signals = post.signals();
        List<int[]> reported = new ArrayList<>();
        Entity.Label wanted = type == FindingType.NAME ? Entity.Label.PERSON : Entity.Label.LOCATION;
        for (Entity e : post.entities()) {
            int first = post.tokenAt(e.start());
            if (first >= post.tokens().size()) {
                continue;
            }
            int last = post.tokenAt(e.end() - 1);
            Entity.Label label = e.label();
            if (label == Entity.Label.PERSON && (knownPlace(post, first, last + 1) || placeAfterPreposition(post, first, last + 1))) {
                label = Entity.Label.LOCATION;
            } else if (label == Entity.Label.LOCATION && knownPerson(post, first, last + 1)) {
                label = Entity.Label.PERSON;
            }
            if (label != wanted) {
                continue;
            }
            int sentence = post.tokens().get(first).sentence();
            if (!context(post, sentence) || isColleague(post, first, last) || !plausibleEntity(post, first, last + 1)
                    || (label == Entity.Label.PERSON && last == first && insideHealthTerm(post, first))
                    || (personPlaces && organisationsOwn(post, first, last + 1))
                    || (label == Entity.Label.PERSON && weakPerson(post, e, first, last + 1))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(e.source() + " found a " + wanted.name().toLowerCase(java.util.Locale.ROOT)
                    + String.format(" (%.2f)", e.confidence()));
            reasons.addAll(signals.patientReasons(sentence));
            emit(post, e.start(), e.end(), Math.max(0.6, Math.min(0.9, e.confidence())), reasons, reported, out);
        }
        if (type == FindingType.NAME) {
            ownersOfCare(post, reported, out);
            besideIdentifier(post, reported, out);
            hashtagNames(post, reported, out);
        } else if (!personPlaces) {
            placesBesideIdentifier(post, reported, out);
        }
        if (personPlaces) {
            return; // detectors' places only: a capitalised word after "in" is too weak here
        }
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int sentence = tokens.get(i).sentence();
            if (!inContext(post, sentence) && !(type == FindingType.LOCATION && roomOfSomeone(post, i))) {
                continue;
            }
            int end = type == FindingType.NAME ? nameEnd(post, i) : placeEnd(post, i);
            if (end <= i) {
                continue;
            }
            if (type == FindingType.NAME && (placeOrOrganisation(post, tokens.get(i).start(), tokens.get(end - 1).end())
                    || namesAnOccasion(post, end) || insideHealthTerm(post, i) || namesASchool(post, i, end)
                    || orgWordAfterFirst(post, i, end))) {
                i = end - 1;
                // "Hartley Feed & Seed", "Sunrise Manor": the detector says it is no person; "Crohn's disease";
                // "Jackson Memorial": an organisation's word after the first
                continue;
            }
            if (type == FindingType.NAME && end - i >= 2 && startsSentence(post, i)
                    && GIVEN_NAMES.matchAt(post, i) == 0 && (GIVEN_NAMES.matchAt(post, i + 1) > 0
                            || post.lowerToken(i).endsWith("ing") || post.lowerToken(i).endsWith("ed"))) {
                i++; // "Saw Dmitri Volkov": a capitalised verb opening the sentence is not part of the name
            }
            double confidence = type == FindingType.NAME ? nameConfidence(post, i, end) : placeConfidence(post, i, end);
            if (confidence > 0) {
                List<String> reasons = new ArrayList<>();
                reasons.add(type == FindingType.NAME ? "capitalised name" : "place");
                reasons.addAll(signals.patientReasons(sentence));
                emit(post, tokens.get(i).start(), tokens.get(end - 1).end(), confidence, reasons, reported, out);
            }
            i = end - 1;
        }
    }

    /** "a John Deere keychain", "an Eddie Bauer coat": a name after "a"/"an" and before a lower-case noun is a brand. */
    private static boolean brandBeforeProduct(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        return first > 0 && (post.lowerToken(first - 1).equals("a") || post.lowerToken(first - 1).equals("an"))
                && end < tokens.size() && tokens.get(end).is(Kind.WORD) && !tokens.get(end).isCapitalized()
                && !AFTER_SUBJECT.contains(post.lowerToken(end)) && !NOT_A_PRODUCT.contains(post.lowerToken(end));
    }

    /** Words after "a" + a name that make the name a person's ("a Jane Doe who ...", "a John Smith from ..."). */
    private static final Set<String> NOT_A_PRODUCT = Set.of("who", "with", "from", "in", "at", "and", "of");

    /**
     * "several strep cases at Lincoln Elementary": a capitalised run that ends in a school word is a
     * school, and in a sentence about many children (no strong patient cue) no one's.
     */
    private static boolean namesASchool(AnalyzedPost post, int first, int end) {
        return end - first >= 2 && SCHOOL_ENDS.contains(post.lowerToken(end - 1))
                && aboutManyNoCase(post, post.tokens().get(first).sentence());
    }

    /** A sentence about many people ({@link QuasiIdentifierRule#aboutMany}) with no strong patient cue: a notice. */
    private static boolean aboutManyNoCase(AnalyzedPost post, int sentence) {
        return QuasiIdentifierRule.aboutMany(post, sentence) && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG);
    }

    /** The word at {@code k} is part of a condition, drug or test the lexicons know: the eponym of "Alzheimer's", "Graves' disease". */
    private static boolean insideHealthTerm(AnalyzedPost post, int k) {
        for (Signals.Cue c : post.signals().cues(post.tokens().get(k).sentence())) {
            if (c.kind().isHealthDetail() && c.first() <= k && k < c.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean context(AnalyzedPost post, int sentence) {
        return personPlaces ? !inContext(post, sentence) && personInCare(post, sentence) : inContext(post, sentence);
    }

    /**
     * A detector's person too weak to block on when its sentence has no patient cue of its own: in
     * a staff post about a named colleague ("welcome back Nurse Ada Obi ... baby Chidi"), or an
     * unsure guess at one word that is no known given name, with no cue or health detail beside it,
     * in a teaching post or away from any care ("2. Chill the prep").
     */
    private boolean weakPerson(AnalyzedPost post, Entity e, int first, int end) {
        if (personPlaces) {
            return false;
        }
        int sentence = post.tokens().get(first).sentence();
        Signals s = post.signals();
        if (s.isPatientContext(sentence)) {
            return false;
        }
        boolean unsure = e.confidence() < 0.55 && end - first == 1 && GIVEN_NAMES.matchAt(post, first) == 0
                && s.patientReasons(sentence).isEmpty()
                && (s.framing() != null || !nearCare(post, sentence) || listItemStart(post, first));
        // a staff, donor or event post: with a titled colleague, or with no patient and no health detail
        // around the person ("Dolores has answered our clinic phones for 19 years ... Happy retirement!")
        return unsure || dressUp(post, sentence) || (NOT_CARE_POSTS.find(post, 0, post.tokens().size()) >= 0
                && (colleagueNamed(post) || (!s.aboutPatient() && !healthNear(post, sentence))));
    }

    /** "our unit clerk", "my old preceptor" somewhere in the post. */
    private static boolean ownRoleInPost(AnalyzedPost post) {
        return post.signals().memo("ownRoleInPost", () -> {
            int n = post.tokens().size();
            for (int k = 0; k < n; k++) {
                if (PhiContext.ownRole(post, k, n)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A health detail in the sentence or a neighbour. */
    private static boolean healthNear(AnalyzedPost post, int sentence) {
        return inOrBeside(post, sentence, post.signals()::hasHealthDetail);
    }

    /** True when {@code test} holds for the sentence or one of the two beside it. */
    private static boolean inOrBeside(AnalyzedPost post, int sentence, java.util.function.IntPredicate test) {
        int n = post.sentences().size();
        for (int k = Math.max(0, sentence - 1); k <= Math.min(n - 1, sentence + 1); k++) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a numbered list item ("2. Chill the prep"): a step, most often an instruction. */
    private static boolean listItemStart(AnalyzedPost post, int first) {
        List<Token> tokens = post.tokens();
        if (first < 1) {
            return false;
        }
        String before = tokens.get(first - 1).text();
        if (before.equals(".") || before.equals(")")) {
            return first >= 2 && tokens.get(first - 2).is(Kind.NUMBER) && tokens.get(first - 2).length() <= 2;
        }
        int n = before.length();
        return n >= 2 && n <= 3 && (before.charAt(n - 1) == '.' || before.charAt(n - 1) == ')')
                && Validators.countDigits(before) == n - 1;
    }

    /** Words that make a post about colleagues, donors, events or the organisation itself. */
    private static final PhraseSet NOT_CARE_POSTS = PhraseSet.of("joins", "joined", "join us", "welcome",
            "retire", "retires", "retiring", "retirement", "congrats", "congratulations", "thank you to",
            "thanks to", "donated", "donating", "donation", "gift", "hiring", "position", "volunteer", "volunteers",
            "in memory of", "day in the life", "spotlight", "our new", "accepting new patients", "free", "open house",
            "happy retirement", "work anniversary", "years of service", "shout out", "shoutout", "shout-out",
            "shout outs", "shoutouts", "kudos", "appreciation week", "appreciation day");
    /** Dress-up days: the names in them are costumes' and characters' ("the crew went as the Peanuts gang"). */
    private static final PhraseSet DRESS_UP = PhraseSet.of("halloween", "costume", "costumes", "dressed up as",
            "dressed as", "went as", "dress-up", "dress up day", "theme", "themed");

    /**
     * A dress-up post with no patient in it and no health detail around the name: its names are
     * characters' (not "Mateo dressed as Batman for his last chemo").
     */
    private static boolean dressUp(AnalyzedPost post, int sentence) {
        return !post.signals().isPatientContext(sentence) && !post.signals().aboutPatient() && !healthNear(post, sentence)
                && post.signals().memo("dressUp", () -> DRESS_UP.find(post, 0, post.tokens().size()) >= 0);
    }

    /**
     * A sentence about a person the author cares for that is not plainly about a patient: a person
     * described in it (see {@link #describesPerson}), care in it or beside it, a post in which the
     * author cares for someone, and nothing of teaching, news, crowds, colleagues, donors or events.
     */
    private static boolean personInCare(AnalyzedPost post, int sentence) {
        Signals s = post.signals();
        if (s.isNonPatient(sentence) || s.framing() != null || QuasiIdentifierRule.publicReport(post, sentence)
                || QuasiIdentifierRule.aboutMany(post, sentence) || !english(post)
                || !caredFor(post) || !nearCare(post, sentence) || !describesPerson(post, sentence)
                || historical(post, sentence)) {
            return false;
        }
        return !notCarePost(post);
    }

    /** Staff news: a welcome, a retirement, congratulations, thanks, a gift (see {@link #NOT_CARE_POSTS}). */
    static boolean staffNews(AnalyzedPost post) {
        return post.signals().memo("staffNews", () -> NOT_CARE_POSTS.find(post, 0, post.tokens().size()) >= 0);
    }

    /** A post about colleagues, donors, events or the organisation itself (see {@link #NOT_CARE_POSTS}). */
    private static boolean notCarePost(AnalyzedPost post) {
        return post.signals().memo("notCarePost", () -> staffNews(post)
                || PhiContext.nonPatientCue(post, 0, post.tokens().size()) != null || colleagueNamed(post));
    }

    private static final PhraseSet DEATH = PhraseSet.of("died", "death", "passed away", "d.", "killed");
    private static final PhraseSet BIRTH_WORDS = PhraseSet.of("born", "b.", "dob", "birth", "birthday", "arrived");

    /** The writer or the writer's team in the sentence: "is back on our ward", "is with us now". */
    private static boolean firstPersonIn(AnalyzedPost post, int sentence) {
        var sn = post.sentences().get(sentence);
        return Words.anyIn(post, sn.firstToken(), sn.endToken(), Words.FIRST_PERSON);
    }

    /** A year before 1900, or a death fifty years ago and more, in the sentence: no living patient's story. */
    static boolean historical(AnalyzedPost post, int sentence) {
        boolean[] old = post.signals().memoObject("historical", () -> {
            boolean[] out = new boolean[post.sentences().size()];
            List<Token> tokens = post.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.is(Kind.NUMBER) && t.length() == 4 && !(k + 1 < tokens.size() && streetAt(post, k + 1))) {
                    int year = PhiContext.intValue(t, 4); // (not a house number: "1120 County Rd 9")
                    // "died in 1948": a death more than fifty years ago ends HIPAA's protection
                    boolean longAgo = year >= 1000 && year <= java.time.Year.now().getValue() - 50;
                    boolean longDead = longAgo && DEATH.find(post, Math.max(0, k - 3), k) >= 0;
                    // "gave his farewell speech in 1939": an event half a century back, in a sentence about
                    // no patient of the author's (not "born in 1931", "diabetic since 1968")
                    boolean oldEvent = longAgo && k > 0 && (post.lowerToken(k - 1).equals("in")
                            || (k > 1 && post.lowerToken(k - 2).equals("in") && PhiContext.monthNumber(post.lowerToken(k - 1)) != null))
                            && BIRTH_WORDS.find(post, Math.max(0, k - 4), k) < 0
                            && !post.signals().isPatientContext(t.sentence())
                            && !firstPersonIn(post, t.sentence()); // not "who served in 1968, is back on our ward"
                    out[t.sentence()] |= (year >= 1000 && year < 1900) || longDead || oldEvent;
                }
            }
            return out;
        });
        return old[sentence];
    }

    private static boolean english(AnalyzedPost post) {
        return post.signals().memo("english", () -> LanguageGuesser.looksEnglish(post));
    }

    /** "our Lincoln clinic", "the Dorsey office": a name before a site word, after "our" or "the", names the site. */
    private static boolean ownSiteNamed(AnalyzedPost post, int first, int end) {
        return first > 0 && (post.lowerToken(first - 1).equals("our") || post.lowerToken(first - 1).equals("the"))
                && end < post.tokens().size() && OWN_SITES.contains(post.lowerToken(end));
    }

    /** "our Elm St site", "the Alamosa clinic": the organisation's own place. */
    private static boolean organisationsOwn(AnalyzedPost post, int first, int end) {
        return (first > 0 && post.lowerToken(first - 1).equals("our"))
                || (end < post.tokens().size() && OWN_SITES.contains(post.lowerToken(end)));
    }

    private static final Set<String> OWN_SITES = Set.of("site", "clinic", "office", "campus", "location", "branch",
            "hospital", "center", "centre", "store", "pharmacy", "practice", "surgery");

    /** A person the detector found who is a colleague ("Dr. Okoye", "Gloria Esposito, RN"). */
    private static boolean colleagueNamed(AnalyzedPost post) {
        for (Entity e : post.entities()) {
            int first = post.tokenAt(e.start());
            if (e.label() == Entity.Label.PERSON && first < post.tokens().size()
                    && isColleague(post, first, post.tokenAt(e.end() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person is described in the sentence: he or she, a relative, an occupation that is not the
     * author's own, an age, a patient, or a person the detector found who is no colleague.
     */
    private static boolean describesPerson(AnalyzedPost post, int sentence) {
        Signals s = post.signals();
        for (Signals.Cue c : s.cues(sentence)) {
            if ((c.kind() == Signals.Kind.OCCUPATION || c.kind() == Signals.Kind.FAMILY_ROLE)
                    && !(c.first() > 0 && Set.of("our", "my", "fellow").contains(post.lowerToken(c.first() - 1)))
                    && !post.lowerToken(c.end() - 1).endsWith("s")) {
                return true; // "the firefighter", "your wife", not "our nurses" or "my grandma"
            }
        }
        var sn = post.sentences().get(sentence);
        for (int k = sn.firstToken(); k < sn.endToken(); k++) {
            String w = post.lowerToken(k);
            if (Words.SEX.contains(w) || w.equals("pt") || w.equals("patient")
                    || (post.tokens().get(k).is(Kind.NUMBER) && QuasiIdentifierRule.isAge(post, k) && !aSpanOfYears(post, k))) {
                return true;
            }
        }
        for (Entity e : post.entities()) {
            int first = post.tokenAt(e.start());
            int last = post.tokenAt(e.end() - 1);
            if (e.label() == Entity.Label.PERSON && first < post.tokens().size()
                    && post.tokens().get(first).sentence() == sentence && isNameToken(post, first)
                    && !isColleague(post, first, last)) {
                return true; // a named person, not "Dr. Okoye"
            }
        }
        return false;
    }

    /**
     * Tagged posts: a run of proper nouns that owns someone's care ("Deshawn Carter's Humira",
     * "Bea Lindgren's chart", "Henry Lau's daughter") names a patient whatever the rest of the
     * sentence says; the possession is the patient context. A full name (two or three proper
     * nouns) or a known given name; never a colleague, a Mr./Mrs. name (the title rule's), or in a
     * post about research, the news or a public figure.
     */
    private void ownersOfCare(AnalyzedPost post, List<int[]> reported, Consumer<Detection> out) {
        List<int[]> owners = Grammar.possessiveProperNouns(post);
        Signals s = post.signals();
        if (owners.isEmpty() || s.framing() != null || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0) {
            return;
        }
        List<Token> tokens = post.tokens();
        for (int[] run : owners) {
            int first = run[0];
            int end = run[1];
            int sentence = tokens.get(first).sentence();
            String owned = ownedCare(post, end);
            boolean fullName = end - first >= 2 || GIVEN_NAMES.matchAt(post, first) > 0;
            if (owned == null || !fullName || s.isNonPatient(sentence) || QuasiIdentifierRule.publicReport(post, sentence)
                    || isColleague(post, first, end - 1)
                    || (first > 0 && (Words.COURTESY_TITLES.contains(post.lowerToken(first - 1)) || TITLES.contains(post.lowerToken(first - 1))))
                    || (first > 1 && post.lowerToken(first - 1).equals(".") && Words.COURTESY_TITLES.contains(post.lowerToken(first - 2)))) {
                continue;
            }
            boolean names = true;
            for (int k = first; k < end; k++) {
                names &= isNameToken(post, k) && !hyphenatedPhrase(tokens.get(k).text())
                        && !ORG_WORDS.contains(post.lowerToken(k));
            }
            if (!names) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("proper noun" + (end - first > 1 ? "s" : "") + " (part-of-speech tags) owning " + owned);
            emit(post, tokens.get(first).start(), tokens.get(end - 1).end(), end - first >= 2 ? 0.75 : 0.65, reasons,
                    reported, out);
        }
    }

    /** Hashtags that rally behind one person: #PrayForNoor, #TeamMateo, #LiamStrong, #AvasFight. */
    private static final java.util.regex.Pattern RALLY_TAG = java.util.regex.Pattern.compile(
            "#(?:PrayFor|PrayersFor|Team|Go)([A-Z][a-z]+)|#([A-Z][a-z]+?)'?s?(?:Strong|Warrior|Fight|Tough|Army|Journey)");

    /**
     * A hashtag rallying behind someone named by a known given name, in a post about care: the
     * patient's name as surely as if it were written out, when the author speaks of their own care
     * work or a place of care. Not in posts about research, the news or a public figure.
     */
    private void hashtagNames(AnalyzedPost post, List<int[]> reported, Consumer<Detection> out) {
        Signals s = post.signals();
        java.util.regex.Matcher m = RALLY_TAG.matcher("");
        for (Token t : post.tokens()) {
            if (!t.is(Kind.HASHTAG) || !m.reset(t.text()).matches()) {
                continue;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!GIVEN_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT)) || s.framing() != null
                    || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0) {
                return;
            }
            boolean care = s.aboutPatient();
            for (boolean c : careBySentence(post)) {
                care |= c;
            }
            if (care && caredFor(post)) {
                emit(post, t.start(), t.end(), 0.75, List.of("a hashtag rallying behind '" + name + "'",
                        "the post is about someone's care"), reported, out);
            }
        }
    }

    /** Words before a name that make it the organisation's contact, not the person cared for. */
    private static final Set<String> CONTACT_VERBS = Set.of("call", "contact", "email", "e-mail", "text", "reach",
            "message", "dm");
    /** Local parts of an organisation's own mailboxes ("info@", "press@"). */
    private static final Set<String> ORG_MAILBOXES = Set.of("info", "press", "media", "contact", "hello", "admin",
            "office", "help", "support", "appointments", "billing", "careers", "jobs", "frontdesk", "clinic", "noreply");

    /**
     * A person's identifier (a phone, card, serial or record number of seven or more digits, a
     * code with three or more digits, a personal e-mail address) in a post about care: a full name
     * anywhere in it ("Tamsin Greer" two sentences after her pump's serial) is the identified
     * person's, whatever its own sentence says. Full names only (a known given name and a surname,
     * an initial and a surname, or the detector's person of two words); colleagues, contacts to call
     * and posts about events, donors or research stay out.
     */
    private void besideIdentifier(AnalyzedPost post, List<int[]> reported, Consumer<Detection> out) {
        Signals s = post.signals();
        if (s.framing() != null || !english(post) || notCarePost(post) || !personalIdentifier(post)
                || Words.NON_CONFIRMING.find(post, 0, post.tokens().size()) >= 0
                || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0) {
            return;
        }
        boolean anyCare = false;
        for (boolean c : careBySentence(post)) {
            anyCare |= c;
        }
        if (!anyCare && !s.aboutPatient() && !caredFor(post)) {
            return;
        }
        List<Token> tokens = post.tokens();
        for (Entity e : post.entities()) {
            int first = post.tokenAt(e.start());
            if (e.label() != Entity.Label.PERSON || first >= tokens.size()) {
                continue;
            }
            int end = post.tokenAt(e.end() - 1) + 1;
            if (!knownPlace(post, first, end)) {
                identifiedName(post, first, end, "the detector's person", reported, out);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            int end = nameEnd(post, i);
            if (end - i >= 2 && (GIVEN_NAMES.matchAt(post, i) > 0
                    || (tokens.get(i).length() == 1 && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")))) {
                identifiedName(post, i, end, "a full name", reported, out);
            }
            i = Math.max(i, end - 1);
        }
    }

    /**
     * The second half of {@link #besideIdentifier}: in a post that carries a person's identifier and
     * is about care, a place the detector found in a sentence describing a person ("Our longest-living
     * resident at Maple Grove Manor, Edna Pruitt, turns 103") is where that person lives, works or is
     * cared for. Not the organisation's own sites, nor posts about events, donors or research.
     */
    private void placesBesideIdentifier(AnalyzedPost post, List<int[]> reported, Consumer<Detection> out) {
        Signals s = post.signals();
        if (post.entities().isEmpty() || s.framing() != null || !english(post) || notCarePost(post)
                || !personalIdentifier(post) || Words.NON_CONFIRMING.find(post, 0, post.tokens().size()) >= 0
                || Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0 || !caredFor(post)) {
            return;
        }
        List<Token> tokens = post.tokens();
        for (Entity e : post.entities()) {
            int first = post.tokenAt(e.start());
            if (first >= tokens.size()) {
                continue;
            }
            int end = post.tokenAt(e.end() - 1) + 1;
            boolean place = e.label() == Entity.Label.LOCATION ? !knownPerson(post, first, end)
                    : e.label() == Entity.Label.PERSON && (knownPlace(post, first, end) || placeAfterPreposition(post, first, end));
            int sentence = tokens.get(first).sentence();
            // "My dad turned 95 last week in Pocahontas": the writer's own family, no one in their care
            if (!place || s.isNonPatient(sentence) || s.writersFamily(sentence) || !plausiblePlace(post, first, end)
                    || organisationsOwn(post, first, end)
                    || !(describesPerson(post, sentence) || fullNameIn(post, sentence))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(e.source() + " found a place" + String.format(" (%.2f)", e.confidence()));
            reasons.add("in a post that carries a person's identifier, in a sentence about a person");
            emit(post, e.start(), e.end(), 0.7, reasons, reported, out);
        }
    }

    /** A known given name and a surname in the sentence ("Edna Pruitt"). */
    private static boolean fullNameIn(AnalyzedPost post, int sentence) {
        var sn = post.sentences().get(sentence);
        for (int k = sn.firstToken(); k < sn.endToken(); k++) {
            if (post.tokens().get(k).isCapitalized() && GIVEN_NAMES.matchAt(post, k) > 0 && nameEnd(post, k) - k >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Second halves of degrees written with a dot and no space: "B.Sc", "M.Phil", "B.Pharm", "M.Tech". */
    private static final Set<String> DEGREES = Set.of("sc", "phil", "pharm", "tech", "com", "eng", "arch", "ed",
            "mus", "des", "litt", "sc.n", "ch", "s");

    private void identifiedName(AnalyzedPost post, int first, int end, String what, List<int[]> reported,
            Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        int words = 0;
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (t.is(Kind.WORD) && t.length() == 1 && k + 2 < end && tokens.get(k + 1).text().equals(".")) {
                if (tokens.get(k + 1).end() == tokens.get(k + 2).start() && DEGREES.contains(post.lowerToken(k + 2))) {
                    return; // "B.Sc", "M.Pharm": a degree, not an initial and a surname
                }
                words++; // "B. Okafor": an initial and a surname make a full name
            } else if (t.is(Kind.WORD) && t.length() > 1) {
                words++;
                if (!isNameToken(post, k) || ORG_WORDS.contains(post.lowerToken(k)) || hyphenatedPhrase(t.text())) {
                    return;
                }
            } else if (!(t.is(Kind.WORD) || t.text().equals("."))) {
                return;
            }
        }
        int sentence = tokens.get(first).sentence();
        boolean titled = first > 0 && (Words.COURTESY_TITLES.contains(post.lowerToken(first - 1))
                || (first > 1 && post.lowerToken(first - 1).equals(".") && Words.COURTESY_TITLES.contains(post.lowerToken(first - 2))));
        if ((words < 2 && !titled) || isColleague(post, first, end - 1) || post.signals().isNonPatient(sentence)
                || placeOrOrganisation(post, tokens.get(first).start(), tokens.get(end - 1).end())
                || (end < tokens.size() && tokens.get(end).isCapitalized()
                        && (ORG_WORDS.contains(post.lowerToken(end)) || ORG_NEXT.contains(post.lowerToken(end))))
                || (first > 0 && PETS.contains(post.lowerToken(first - 1)))) {
            return;
        }
        int from = Math.max(post.sentences().get(sentence).firstToken(), first - 8);
        if (!nearCare(post, sentence) && Words.anyIn(post, from, first, CONTACT_VERBS)
                && !(first > 0 && post.lowerToken(first - 1).equals("back"))) {
            return; // "call Rosa Diaz at 555-0100 to register", not "call back Rosa Diaz ... her results"
        }
        if (first > 1 && post.lowerToken(first - 1).equals(",") && STAFF.contains(post.lowerToken(first - 2))) {
            return; // "our office manager, Tanya Cole, at ..."
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(what + " in a post that carries a person's identifier");
        reasons.addAll(post.signals().patientReasons(sentence));
        emit(post, tokens.get(first).start(), tokens.get(end - 1).end(), 0.7, reasons, reported, out);
    }

    private static final Set<String> STREET_SUFFIXES = Set.of("st", "street", "ave", "avenue", "rd", "road",
            "blvd", "dr", "drive", "ln", "lane", "ct", "court", "way", "pl", "hwy", "pkwy", "ter", "cir");

    /** A capitalised street name ending in a street word within three words of {@code i}: "W Rosemont Ave". */
    private static boolean streetAt(AnalyzedPost post, int i) {
        for (int k = i; k < Math.min(post.tokens().size(), i + 4); k++) {
            Token t = post.tokens().get(k);
            if (!t.is(Kind.WORD) || !t.isCapitalized()) {
                return false;
            }
            if (k > i && STREET_SUFFIXES.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** Decades and spans of them ("1990s", "50s–60s"): ages and eras, no one's number. */
    private static final java.util.regex.Pattern DECADES = java.util.regex.Pattern.compile(
            "'?\\d{2,4}s(?:[-–]'?\\d{2,4}s)?");

    /** A phone, card, serial or record number, a code with digits, or a personal e-mail address. */
    private static boolean personalIdentifier(AnalyzedPost post) {
        return post.signals().memo("personalIdentifier", () -> {
            List<Token> tokens = post.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is(Kind.EMAIL)) {
                    String local = t.text().substring(0, Math.max(0, t.text().indexOf('@'))).toLowerCase(java.util.Locale.ROOT);
                    if (!ORG_MAILBOXES.contains(local)) {
                        return true;
                    }
                } else if (t.is(Kind.ALNUM) && t.length() >= 5 && Validators.countDigits(t.text()) >= 3
                        && !DECADES.matcher(t.text()).matches()) {
                    return true;
                } else if (t.is(Kind.NUMBER) && t.length() <= 3 && PhiContext.intValue(t, 3) >= 90
                        && PhiContext.intValue(t, 3) <= 120 && (QuasiIdentifierRule.isAge(post, i)
                                || (i > 0 && TURNED.contains(post.lowerToken(i - 1))))) {
                    return true; // "turns 103": an age over 89 is an identifier of its own
                } else if (t.is(Kind.NUMBER) && t.length() >= 3 && i + 2 < tokens.size()
                        && tokens.get(i + 1).isCapitalized() && streetAt(post, i + 1)) {
                    return true; // "1418 W Rosemont Ave": a street address
                } else if (t.is(Kind.NUMBER)) {
                    int digits = Validators.countDigits(t.text());
                    for (int k = i + 1; k < tokens.size() && tokens.get(k).is(Kind.NUMBER)
                            && tokens.get(k).start() - tokens.get(k - 1).end() == 1; k++) {
                        digits += Validators.countDigits(tokens.get(k).text()); // "4539 1488 0343 6467"
                    }
                    if (digits >= 7 && !Validators.looksLikeQuantityOrDate(t.text())) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /**
     * What a name followed by {@code 's} owns, when it is someone's care: a relative, a condition,
     * test or drug, or a record or episode of care, right after the {@code 's} or one word later
     * ("Phil Amundsen's sleep study", "Jorge Salas's Humira"); null otherwise.
     */
    private static String ownedCare(AnalyzedPost post, int end) {
        // a relative is someone's care only when the post is about care ("asked us", "in the ICU"):
        // "Tom Baker's daughter graduated" is not
        List<Token> tokens = post.tokens();
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals("'s")) {
            return null;
        }
        for (int j = end + 1; j < Math.min(tokens.size(), end + 3); j++) {
            if (tokens.get(j).sentence() != tokens.get(end).sentence()) {
                return null;
            }
            if ((Lexicons.FAMILY_ROLES.matchAt(post, j) > 0 && caredFor(post)) || Lexicons.CONDITIONS.matchAt(post, j) > 0
                    || Lexicons.RARE_CONDITIONS.matchAt(post, j) > 0 || Lexicons.TESTS_PROCEDURES.matchAt(post, j) > 0
                    || Lexicons.DRUGS.matchAt(post, j) > 0 || CARE_RECORDS.contains(post.lowerToken(j))) {
                return "'" + post.normalized().substring(tokens.get(end + 1).start(), tokens.get(j).end()) + "'";
            }
        }
        return null;
    }

    /**
     * A sentence where a name or place identifies a patient: it is about a specific patient, or it
     * carries health details (a diagnosis, procedure or medication) and no research, teaching or
     * news framing.
     */
    private boolean inContext(AnalyzedPost post, int sentence) {
        Signals s = post.signals();
        if (historical(post, sentence) || QuasiIdentifierRule.consented(post)) {
            return false; // "survived an amputation in 1862": a case from the history books; an authorised story
        }
        if (type == FindingType.LOCATION && aboutManyNoCase(post, sentence)) {
            return false; // "a few lice cases in 2nd grade at Lincoln Elementary": a place of many, a notice
        }
        if (s.isPatientContext(sentence) && s.framing() == null
                && !(QuasiIdentifierRule.publicReport(post, sentence) && !s.has(sentence, Signals.Kind.PATIENT_STRONG))) {
            return true; // (a post framed as teaching has no strong case cue: its "patient" is a vignette's)
        }
        if (type == FindingType.LOCATION) {
            // a place in a story about one patient the author cared for: "flown in from Utqiagvik"
            return !s.isNonPatient(sentence) && s.framing() == null && !QuasiIdentifierRule.publicReport(post, sentence)
                    && !s.writersOwnHealth(sentence)
                    && QuasiIdentifierRule.careRelation(post)
                    && PatientCues.personal(post) && !notCarePost(post);
        }
        if (s.isNonPatient(sentence) || s.framing() != null || !english(post) || s.writersOwnHealth(sentence)
                || QuasiIdentifierRule.publicReport(post, sentence) || !caredFor(post)
                || (s.memo("publicFigure", () -> Words.PUBLIC_FIGURE.find(post, 0, post.tokens().size()) >= 0)
                        && !s.aboutPatient())) {
            return false;
        }
        return s.hasHealthDetail(sentence) || nearCare(post, sentence);
    }

    /**
     * Health details, a place of care, a procedure, a patient or a patient's paperwork in the
     * sentence or a neighbour ("RIP Harold. 30 years of dialysis", "claim # ... for Ana Ruiz",
     * "Yusuf's smile after his cleft repair", "my first patient").
     */
    private static boolean nearCare(AnalyzedPost post, int sentence) {
        boolean[] care = careBySentence(post);
        return inOrBeside(post, sentence, k -> care[k]);
    }

    /**
     * Hashtag stems that name a kind or place of one person's care ("#DentalAnxiety", "#LandD",
     * "#GroupTherapy", "#PedsOnc"); tags of awareness days, tips, schools and clinicians' own lives do not.
     */
    private static final List<String> CARE_TAG_STEMS = List.of("nicu", "picu", "icu", "hospice", "landd",
            "laboranddelivery", "homebirth", "birthstory", "pedsonc", "therapy", "dentalanxiety", "chemo",
            "childhoodcancer", "cancerfree", "preemie", "transplant", "rehab", "dialysis", "postop", "surgery",
            // a client's own result, shown by the practice that did it
            "medspa", "smiletransformation", "smilemakeover", "lashlift", "beforeandafter", "invisalign");
    private static final List<String> NOT_CARE_TAG_PARTS = List.of("awareness", "month", "week", "day", "tips",
            "education", "school", "student", "nurse", "life", "tok", "twitter", "humor", "jobs", "hiring", "research",
            "doc", "ologist");

    private static final Set<String> SESSIONS = Set.of("session", "sessions");
    private static final Set<String> THERAPISTS = Set.of("therapist", "counselor", "counsellor", "psychologist",
            "psychotherapist", "physio", "physiotherapist", "#therapistlife", "#therapistsofinstagram");

    /**
     * The author writes as a therapist ("Therapist confession:", "Proud therapist moment"), so a
     * "session" in the post is someone's therapy, not a conference's: "Kenji's breakthrough in
     * session today". A therapist named as a colleague ("our therapist Dana") is no author.
     */
    private static boolean therapistWriting(AnalyzedPost post) {
        return post.signals().memo("therapistWriting", () -> {
            for (int i = 0; i < post.tokens().size(); i++) {
                if (THERAPISTS.contains(post.lowerToken(i)) && !(i > 0 && DETERMINERS.contains(post.lowerToken(i - 1))) && !(i + 1 < post.tokens().size() && post.tokens().get(i + 1).isCapitalized()
                                && post.tokens().get(i + 1).is(Kind.WORD))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A short post (three sentences or fewer) captioned with a hashtag of someone's care. */
    private static boolean careTagged(AnalyzedPost post) {
        return post.signals().memo("careTagged", () -> {
            if (post.sentences().size() > 3) {
                return false;
            }
            for (int i = 0; i < post.tokens().size(); i++) {
                if (!post.tokens().get(i).is(Kind.HASHTAG)) {
                    continue;
                }
                String tag = post.lowerToken(i).substring(1);
                if (CARE_TAG_STEMS.stream().anyMatch(tag::contains) && NOT_CARE_TAG_PARTS.stream().noneMatch(tag::contains)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Per sentence, once per post: health details, a place of care, a procedure, a patient or records. */
    private static boolean[] careBySentence(AnalyzedPost post) {
        return post.signals().memoObject("careBySentence", () -> {
            Signals s = post.signals();
            boolean[] out = new boolean[post.sentences().size()];
            boolean tagged = careTagged(post);
            for (int k = 0; k < out.length; k++) {
                var sn = post.sentences().get(k);
                out[k] = !s.isNonPatient(k) && (s.hasHealthDetail(k) || tagged
                        || (therapistWriting(post) && Words.anyIn(post, sn.firstToken(), sn.endToken(), SESSIONS))
                        || Words.careSetting(post, sn.firstToken(), sn.endToken()) >= 0
                        || someonesCare(post, Words.CARE_RECORDS, sn.firstToken(), sn.endToken())
                        || Words.CARE_PROCEDURES.find(post, sn.firstToken(), sn.endToken()) >= 0
                        || someonesCare(post, Words.CARE_EPISODES, sn.firstToken(), sn.endToken())
                        || aPatient(post, k));
            }
            return out;
        });
    }

    /** "90-year history", "a 30-year career": years of something, not a person's age. */
    private static boolean aSpanOfYears(AnalyzedPost post, int k) {
        int n = post.tokens().size();
        return k + 3 < n && post.lowerToken(k + 1).equals("-") && post.lowerToken(k + 2).startsWith("year")
                && post.tokens().get(k + 3).is(Kind.WORD) && !post.lowerToken(k + 3).equals("old")
                && !post.lowerToken(k + 3).equals("-");
    }

    /** He, she, his, her or him in the sentence or the next. */
    private static boolean pronounNear(AnalyzedPost post, int sentence) {
        int n = post.sentences().size();
        for (int k = sentence; k <= Math.min(n - 1, sentence + 1); k++) {
            var sn = post.sentences().get(k);
            if (Words.anyIn(post, sn.firstToken(), sn.endToken(), THIRD_PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** "my first patient", "best patient ever": the word patient, for one person. */
    private static boolean aPatient(AnalyzedPost post, int sentence) {
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.PATIENT_WEAK && c.canonical().equals("patient")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A patient's paperwork, bills or records in the sentence or a neighbour; not the reader's ("if
     * your appointment is cancelled we will call you"): those are no named person's.
     */
    private static boolean nearRecords(AnalyzedPost post, int sentence) {
        return inOrBeside(post, sentence, k -> !post.signals().isNonPatient(k) && someonesCare(post, Words.CARE_RECORDS,
                post.sentences().get(k).firstToken(), post.sentences().get(k).endToken()));
    }

    /**
     * A record or episode of care in [from, to) that is not a hypothetical's ("if your appointment ...");
     * a plain "your records" stays someone's, since a named reader may be the patient ("Jim: your records ...").
     */
    private static boolean someonesCare(AnalyzedPost post, PhraseSet care, int from, int to) {
        for (int r = care.find(post, from, to); r >= 0; r = care.find(post, r + 1, to)) {
            if (!Words.hypotheticalBefore(post, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The author speaks of their own care work ("we", "my", "our unit"), of a place of care, or of a
     * patient's records, bills or claims.
     */
    private static boolean caredFor(AnalyzedPost post) {
        return post.signals().memo("caredFor", () -> Words.anyIn(post, 0, post.tokens().size(), Words.FIRST_PERSON)
                || Words.careSetting(post, 0, post.tokens().size()) >= 0
                || Words.CARE_RECORDS.find(post, 0, post.tokens().size()) >= 0 || clinicianLife(post)
                || careTagged(post) || inForCare(post) || BOOKING.find(post, 0, post.tokens().size()) >= 0);
    }

    /** A practice inviting the reader to book the same care: "book yours before the holidays". */
    private static final PhraseSet BOOKING = PhraseSet.of("book yours", "book now", "book your", "dm to book",
            "call to book", "schedule yours", "book online");

    /** "came in for her cleaning", "brought the kids in for their checkups": a visit for care, at the writer's. */
    private static boolean inForCare(AnalyzedPost post) {
        int n = post.tokens().size();
        for (int i = 0; i + 1 < n; i++) {
            if (post.lowerToken(i).equals("in") && post.lowerToken(i + 1).equals("for")
                    && Words.CARE_EPISODES.find(post, i + 2, Math.min(n, i + 5)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLINICIANS = Set.of("nurse", "doctor", "doc", "dentist", "hygienist",
            "therapist", "physio", "midwife", "pharmacist", "medic", "paramedic", "emt", "surgeon", "pediatrician",
            "audiologist", "rn", "np", "er", "icu", "nicu", "doula", "ot", "slp", "peds", "hospice", "ems");
    private static final Set<String> OWN_SHIFT = Set.of("this", "my", "on", "last", "tonight's", "today's");
    private static final Set<String> CLINICIAN_LIFE = Set.of("life", "moment", "tears", "problems", "win", "wins",
            "joy", "feels");

    /**
     * The author signs as a clinician without saying "I": "physio tears", "Dentist life", "Proud
     * therapist moment", "#midwifelife", "#nightshift".
     */
    private static boolean clinicianLife(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = post.lowerToken(i);
            if (tokens.get(i).is(Kind.HASHTAG)) {
                String tag = w.substring(1);
                if (tag.equals("nightshift") || (tag.endsWith("life") && CLINICIANS.contains(tag.substring(0, tag.length() - 4)))) {
                    return true;
                }
            } else if (CLINICIANS.contains(w) && i + 1 < tokens.size() && CLINICIAN_LIFE.contains(post.lowerToken(i + 1))) {
                return true;
            } else if (w.equals("shift") && i > 0 && OWN_SHIFT.contains(post.lowerToken(i - 1))) {
                return true; // "third time this shift", "on shift": the author at work
            }
        }
        return false;
    }

    private void emit(AnalyzedPost post, int start, int end, double confidence, List<String> reasons,
            List<int[]> reported, Consumer<Detection> out) {
        for (int[] r : reported) {
            if (start < r[1] && r[0] < end) {
                return;
            }
        }
        reported.add(new int[] {start, end});
        if (type == FindingType.LOCATION && roomNumber(post, start)) {
            // a bed or room number is a number that points at one person on a unit (Safe Harbor's
            // "any other unique identifying number"), not a place a neighbour knows
            out.accept(new Detection(FindingType.OTHER_ID, start, end, confidence,
                    "This post is about a specific patient and includes the bed or room they are in.",
                    "Remove the bed or room number.", reasons));
            return;
        }
        String what = type == FindingType.NAME ? "a name" : "a place";
        out.accept(new Detection(type, start, end, confidence,
                "This post is about a specific patient and includes " + what + " that could identify them.",
                type == FindingType.NAME ? "Remove the name or replace it with 'a patient'."
                        : "Remove the place or make it general ('a nearby town').",
                reasons));
    }

    // ---- names ----

    /** An organisation's word after the first of the run [i, end), possessive or not: "Jackson Memorial's". */
    private static boolean orgWordAfterFirst(AnalyzedPost post, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            String w = post.lowerToken(k);
            if (ORG_WORDS.contains(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w)) {
                return true;
            }
        }
        return false;
    }

    private static int nameEnd(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int k = i;
        while (k < tokens.size() && k < i + 3 && isNameToken(post, k) && !isRoom(post, k)) {
            k++;
            // an initial: "Tom K."
            if (k < tokens.size() && tokens.get(k).text().equals(".") && tokens.get(k - 1).length() == 1) {
                k++;
            }
        }
        return k;
    }

    private static boolean isSplitPossessive(AnalyzedPost post, int k) {
        return k < post.tokens().size() && post.lowerToken(k).equals("'s");
    }

    /** True when the span at {@code start} opens with a numbered bed, room or bay ("bed 4", "hab. 512"). */
    private static boolean roomNumber(AnalyzedPost post, int start) {
        int k = post.tokenAt(start);
        return k < post.tokens().size() && post.tokens().get(k).start() == start && isRoom(post, k);
    }

    /** "Bay 3", "Room 12": a room, not a name. */
    private static boolean isRoom(AnalyzedPost post, int k) {
        return ForeignPhi.room(post, k) || ROOMS.contains(post.lowerToken(k)) && k + 1 < post.tokens().size()
                && (post.tokens().get(k + 1).is(Kind.NUMBER) || post.tokens().get(k + 1).is(Kind.ALNUM));
    }

    /** "Ask-the-expert": a hyphenated phrase with lower-case parts is not a name ("Smith-Jones" is). */
    private static boolean hyphenatedPhrase(String s) {
        int dash = s.indexOf('-');
        return dash > 0 && dash + 1 < s.length() && Character.isLowerCase(s.charAt(dash + 1));
    }

    /** A word that can be part of a name whatever its case: no stop word, drug, condition or staff word. */
    private static boolean isNameWord(AnalyzedPost post, int k) {
        String w = post.lowerToken(k);
        return !Lexicons.CAPITALIZED_NON_NAMES.contains(w) && !Lexicons.DRUGS.contains(w)
                && !Lexicons.CONDITIONS.contains(w) && !Lexicons.TESTS_PROCEDURES.contains(w)
                && !Signals.SERVICE_NOUNS.contains(w) && !STAFF.contains(w) && !Words.FIRST_PERSON.contains(w)
                && !Words.SECOND_PERSON.contains(w) && !Words.SEX.contains(w);
    }

    static boolean isNameToken(AnalyzedPost post, int k) {
        Token t = post.tokens().get(k);
        if (!t.is(Kind.WORD) || !t.isCapitalized() || t.sentence() != post.tokens().get(k).sentence()) {
            return false;
        }
        String w = post.lowerToken(k);
        if (t.length() > 1 && (isAllCaps(t.text()) || upperCount(t.text()) > 2)) {
            return false; // "PICU", "MenACWY"
        }
        return !Lexicons.CAPITALIZED_NON_NAMES.contains(w) && !Lexicons.DRUGS.contains(w)
                && !Signals.SERVICE_NOUNS.contains(w) && !STAFF.contains(w)
                && !Lexicons.CONDITIONS.contains(w) && !Lexicons.TESTS_PROCEDURES.contains(w)
                && !Lexicons.OCCUPATIONS.contains(w) && !Lexicons.FAMILY_ROLES.contains(w)
                && !Words.FIRST_PERSON.contains(w) && !Words.SECOND_PERSON.contains(w) && !Words.SEX.contains(w)
                && !Words.COURTESY_TITLES.contains(w) && !TITLES.contains(w) && !PLACES.contains(w);
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the capitalised words from token {@code end} on (after a possessive, up to three)
     * reach an organisation or venue word: "Walter Reyes Dialysis Center", "Rosa Linda's Cantina",
     * "Riverside Physiotherapy" name a place, not the person they honour.
     */
    private static boolean organisationAfter(AnalyzedPost post, int end) {
        List<Token> tokens = post.tokens();
        int k = isSplitPossessive(post, end) ? end + 1 : end;
        for (int n = 0; n < 3 && k < tokens.size() && tokens.get(k).is(Kind.WORD) && tokens.get(k).isCapitalized()
                && tokens.get(k).start() - tokens.get(k - 1).end() <= 1; n++, k++) {
            String w = post.lowerToken(k);
            if (ORG_WORDS.contains(w) || ORG_NEXT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every word of [first, end) is a name the post gives to an animal or a thing (see
     * {@link #NAMED_THINGS}): "mannequin 'SimMan Stan'", "starter, Gerald".
     */
    static boolean namesAThing(AnalyzedPost post, int first, int end) {
        Set<String> things = post.signals().memoObject("thingNames", () -> {
            Set<String> out = new java.util.HashSet<>();
            List<Token> tokens = post.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String w = post.lowerToken(i);
                if (tokens.get(i).is(Kind.EMOJI) && ANIMAL_EMOJI.contains(tokens.get(i).text())) {
                    for (int b = i - 1; b >= Math.max(0, i - 2) && tokens.get(b).is(Kind.WORD)
                            && tokens.get(b).isCapitalized(); b--) {
                        out.add(post.lowerToken(b)); // "Meet Biscuit 🐶": a pet's name
                    }
                    continue;
                }
                if (!NAMED_THINGS.contains(w) && !(w.endsWith("s") && NAMED_THINGS.contains(w.substring(0, w.length() - 1)))) {
                    continue;
                }
                int k = i + 1;
                int joiners = 0;
                while (k < tokens.size() && joiners < 2 && THING_NAME_JOINERS.contains(post.lowerToken(k))) {
                    k++;
                    joiners++;
                }
                for (int n = 0; n < 3 && k < tokens.size() && tokens.get(k).is(Kind.WORD) && tokens.get(k).isCapitalized()
                        && tokens.get(k).sentence() == tokens.get(i).sentence(); n++, k++) {
                    out.add(post.lowerToken(k));
                }
                // "'Mr. Smith', our SimMan": the name set off before the thing
                int b = i - 1;
                for (int n = 0; n < 3 && b >= 0 && tokens.get(b).is(Kind.WORD)
                        && !Set.of("our", "the", "a", "my", "his", "her").contains(post.lowerToken(b)); n++) {
                    b--; // "Benji, our new NICU mascot bear"
                }
                if (b >= 0 && Set.of("our", "the", "a", "my", "his", "her").contains(post.lowerToken(b))) {
                    if (post.lowerToken(b).equals("the") && b > 0 && tokens.get(b - 1).is(Kind.WORD)
                            && tokens.get(b - 1).isCapitalized()
                            && tokens.get(b - 1).sentence() == tokens.get(i).sentence()) {
                        out.add(post.lowerToken(b - 1)); // "Biscuit the golden retriever"
                    }
                    b--;
                } else {
                    b = i - 1;
                }
                if (b >= 0 && post.lowerToken(b).equals(",")) {
                    b--;
                    while (b >= 0 && THING_NAME_JOINERS.contains(post.lowerToken(b)) && !post.lowerToken(b).equals(",")) {
                        b--;
                    }
                    for (int n = 0; n < 3 && b >= 0 && tokens.get(b).is(Kind.WORD) && tokens.get(b).isCapitalized()
                            && tokens.get(b).sentence() == tokens.get(i).sentence(); n++, b--) {
                        out.add(post.lowerToken(b));
                    }
                }
                out.add(w); // "SimMan" itself names no person or place
            }
            return out;
        });
        if (things.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (int k = first; k < end; k++) {
            if (post.tokens().get(k).is(Kind.WORD) && !post.lowerToken(k).equals("'s")) {
                if (!things.contains(post.lowerToken(k))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private double nameConfidence(AnalyzedPost post, int i, int end) {
        if (namesAThing(post, i, end) || brandBeforeProduct(post, i, end) || PhiContext.honoursOwnPeople(post, i, end)
                || organisationAfter(post, end)) {
            return 0;
        }
        if (isColleague(post, i, end - 1) || (i > 0 && Words.COURTESY_TITLES.contains(post.lowerToken(i - 1)))) {
            return 0; // titles are the strong-pattern rule's job; Dr. is a colleague
        }
        List<Token> tokens = post.tokens();
        for (int k = i; k < end; k++) {
            if (ORG_WORDS.contains(post.lowerToken(k))) {
                return 0;
            }
        }
        boolean known = GIVEN_NAMES.matchAt(post, i) > 0;
        if ((!known || siteBefore(post, i)) && townPreposition(post, i) && !isSplitPossessive(post, end)) {
            return 0; // "a mom from Lame Deer", "lives in Red Oak", "the plant in Noel": a town, not a person
        }
        if (ForeignPhi.of(post) != null && !known && !ForeignPhi.endsBefore(post, ForeignPhi.Cues::nameCues, i)) {
            return 0; // in another language, capitalised nouns, services and courses are too often no name
        }
        if (i > 0 && post.lowerToken(i - 1).equals("our") && end < tokens.size()
                && ORG_WORDS.contains(post.lowerToken(end))) {
            return 0; // "our Oak Park clinic"
        }
        int sentence = tokens.get(i).sentence();
        if (dressUp(post, sentence)) {
            return 0; // "Costume day in the infusion suite: Sheldon and Penny ..."
        }
        if (!post.signals().isPatientContext(sentence) && !post.signals().aboutPatient() && !healthNear(post, sentence)
                && NOT_CARE_POSTS.find(post, 0, tokens.size()) >= 0 && ownRoleInPost(post)) {
            return 0; // "We miss you, Patricia! Enjoy retirement ... as our unit clerk": staff news, no patient
        }
        boolean opener = NAME_OPENERS.find(post, Math.max(0, i - 3), i) >= 0 || possessiveOfPatient(post, end)
                || afterNumberedRoom(post, i);
        if (!post.signals().isPatientContext(sentence) && !opener
                && (!known || !(post.signals().hasHealthDetail(sentence) || nearRecords(post, sentence)))) {
            // away from a patient sentence a name needs health details beside it and must be a known first
            // name, or be introduced ("RIP", "we lost", "Svetlana's husband"); brands and colleagues are not
            return 0;
        }
        int words = 0;
        for (int k = i; k < end; k++) {
            if (tokens.get(k).is(Kind.WORD) && tokens.get(k).length() > 1) {
                words++;
            }
        }
        String prev = i > 0 ? post.lowerToken(i - 1) : "";
        boolean cued = Set.of("pt", "patient", "named", "pt.", "to", "on", "saw", "met").contains(prev)
                || (i > 1 && post.lowerToken(i - 2).equals("pt"))
                || NAME_OPENERS.find(post, Math.max(0, i - 3), i) >= 0
                || possessiveOfPatient(post, end) || afterNumberedRoom(post, i);
        boolean sentenceStart = startsSentence(post, i);
        if (sentenceStart && !known && words < 2 && !possessiveOfPatient(post, end)) {
            return 0; // a lone capitalised word opening a sentence is usually not a name
        }
        if (!known && words < 2 && !cued) {
            return 0;
        }
        double c = known ? 0.75 : 0.6;
        if (words >= 2) {
            c += 0.1;
        }
        if (cued) {
            c += 0.1;
        }
        return Math.min(0.95, c);
    }

    /**
     * A detector's candidate must still look like a name here: every word capitalised and not a
     * stop word, no organisation word, not an author citation, and (outside a patient sentence)
     * health details beside it or an introduction ("RIP", "Svetlana's husband"). Mr./Mrs. names
     * are left to the title rule, which knows when they are patients.
     */
    private boolean plausibleEntity(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        if (first > 0 && (Words.COURTESY_TITLES.contains(post.lowerToken(first - 1))
                || (post.lowerToken(first - 1).equals(".") && first > 1 && Words.COURTESY_TITLES.contains(post.lowerToken(first - 2))))) {
            return false;
        }
        if (first > 0 && PETS.contains(post.lowerToken(first - 1))) {
            return false; // "my cat Biscuit"
        }
        if (namesAThing(post, first, end)) {
            return false; // "our mannequin 'Stan' ... Stan is fine"
        }
        if (type == FindingType.NAME && PhiContext.honoursOwnPeople(post, first, end)) {
            return false; // "our volunteer Ida Marsh retires", "Sister Ann, who founded our clinic"
        }
        if (type == FindingType.LOCATION) {
            return plausiblePlace(post, first, end);
        }
        if (writersRelative(post, first)) {
            return false; // "my husband Dave finally learned to make my coffee": the writer's family, no care
        }
        if (namesAnOccasion(post, end) || saintInside(post, first, end)) {
            return false; // "Waitangi Day", "Giving Tuesday"; "Kaiser San Rafael", "Mercy St. Vincent"
        }
        if (end - first == 1 && NUMBER_WORDS.contains(post.lowerToken(first))) {
            return false; // "Eleven years of house calls": a count the model took for a person
        }
        if (end - first == 1 && (TITLES.contains(post.lowerToken(first)) || PhiContext.isOwnRole(post, first))) {
            return false; // "Doc became the patient", "Medic 14 is hydrated": a role the model took for a name
        }
        int sentence = tokens.get(first).sentence();
        boolean careSentence = post.signals().isPatientContext(sentence) || nearCare(post, sentence);
        boolean anyWord = false;
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.is(Kind.WORD) || t.length() < 2) {
                continue;
            }
            anyWord = true;
            // lower-case names near care: a given name ("bernie in rm 9") or after "pt" ("pt zhang wei");
            // other lower-case words the model proposes ("perfectly chatty in triage") are too often no name
            boolean nameLike = t.isCapitalized() ? isNameToken(post, k)
                    : isNameWord(post, k) && careSentence
                            && (GIVEN_NAMES.matchAt(post, k) > 0
                                    || (first > 0 && LOWER_CASE_CUES.contains(post.lowerToken(first - 1))));
            if (!nameLike || hyphenatedPhrase(t.text()) || ORG_WORDS.contains(post.lowerToken(k))) {
                return false;
            }
        }
        if (!anyWord || organisationAfter(post, end) || ownSiteNamed(post, first, end)) {
            return false; // "415 N.", "Riverside Physiotherapy", "Buckeye Medicaid", "Hollis Family Foundation"
        }
        if (end - first == 1 && first > 0 && PLACE_ONLY_PREPOSITIONS.contains(post.lowerToken(first - 1))
                && !isSplitPossessive(post, end)) {
            return false; // "in Othello", "near Posen": a place the model took for a person
        }
        if (townPreposition(post, first) && GIVEN_NAMES.matchAt(post, first) == 0 && !isSplitPossessive(post, end)) {
            return false; // "from Lame Deer", "in Red Oak": no given name after a town's preposition
        }
        if (end - first == 1 && first > 0 && INDEFINITE.contains(post.lowerToken(first - 1))) {
            return false; // "about one Netflix episode", "a Stanley cup"
        }
        if (brandBeforeProduct(post, first, end)) {
            return false; // "a John Deere keychain", "a Tom Ford suit": a brand before the thing it makes
        }
        if (end - first == 1 && first > 0 && post.lowerToken(first - 1).equals("the") && GIVEN_NAMES.matchAt(post, first) == 0
                && (end >= tokens.size() || tokens.get(end).is(Kind.PUNCT))) {
            return false; // "behind the Kroger": a store or a landmark, not a person
        }
        if (end - first == 1 && GIVEN_NAMES.matchAt(post, first) == 0
                && THANKS.find(post, Math.max(0, first - 2), first) >= 0) {
            return false; // "thank you Fairview": a town or a team thanked, not a person named
        }
        if (end - first == 1 && firstWord(post, first) && GIVEN_NAMES.matchAt(post, first) == 0
                && !isSplitPossessive(post, end) && !post.signals().isPatientContext(sentence)
                && !pronounNear(post, sentence) && !subjectOfClause(post, end)) {
            return false; // "Supervise kids around dogs": an imperative, unless he, she or a case follows
        }
        boolean capitalisedNext = end + 1 < tokens.size() && tokens.get(end + 1).is(Kind.WORD)
                && tokens.get(end + 1).isCapitalized();
        if (end < tokens.size() && (post.lowerToken(end).equals("et")
                || ((post.lowerToken(end).equals("&") || post.lowerToken(end).equals("(")) && capitalisedNext))) {
            return false; // "Smith et al.", "Johnson & Patel (Lancet 2022)": authors
        }
        return careSentence
                || NAME_OPENERS.find(post, Math.max(0, first - 3), first) >= 0 || possessiveOfPatient(post, end);
    }

    /**
     * A name right after the writer's family role ("my husband Dave", "our daughter Mia", "my late
     * father Joe") in a sentence with no health detail, care word or patient cue: the writer's own
     * family in daily life.
     */
    private static boolean writersRelative(AnalyzedPost post, int first) {
        if (first < 2 || !Lexicons.FAMILY_ROLES.contains(post.lowerToken(first - 1))
                || !Signals.writersRelative(post, first - 1)) {
            return false;
        }
        int sentence = post.tokens().get(first).sentence();
        Signals s = post.signals();
        return !s.hasHealthDetail(sentence) && !s.isPatientContext(sentence) && !Signals.careWordIn(post, sentence);
    }

    /** Capitalised heads that make the words before them a holiday or an event: "Waitangi Day", "Giving Tuesday". */
    private static final Set<String> OCCASIONS = Set.of("Day", "Days", "Week", "Month", "Eve", "Festival", "Tuesday");

    /** True when an occasion's head word follows at {@code end}: the run before it names a holiday, not a person. */
    private static boolean namesAnOccasion(AnalyzedPost post, int end) {
        return end < post.tokens().size() && OCCASIONS.contains(post.tokens().get(end).text())
                && !(end + 1 < post.tokens().size() && post.tokens().get(end + 1).is(Kind.NUMBER)); // not "Jaden Day 3"
    }

    /** A saint's word inside a run, before another capitalised word: a place or an institution named for one. */
    private static boolean saintInside(AnalyzedPost post, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            if (SAINTS.contains(post.lowerToken(k)) && k + 1 < post.tokens().size()
                    && (post.tokens().get(k + 1).isCapitalized() || post.lowerToken(k + 1).equals("."))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred");

    /** "Rm 14 Kowalczyk", "Bed 3 - Okafor": a name right after a numbered room or bed, as on a unit's board. */
    private static boolean afterNumberedRoom(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int k = i - 1;
        if (k >= 0 && (post.lowerToken(k).equals("-") || post.lowerToken(k).equals(":"))) {
            k--;
        }
        // "Room 3B" is one room, not room 3 and a "B"
        return k >= 1 && (tokens.get(k).is(Kind.NUMBER) || tokens.get(k).is(Kind.ALNUM)) && tokens.get(k).length() <= 4
                && ROOMS.contains(post.lowerToken(k - 1)) && tokens.get(i).length() >= 2
                && tokens.get(i).start() > tokens.get(i - 1).end();
    }

    /** Words that follow a sentence's subject, never an imperative verb: "Earl was ...", "Kowalczyk finally ...". */
    private static final Set<String> AFTER_SUBJECT = Set.of("was", "is", "has", "had", "finally", "just", "still",
            "got", "gets", "came", "went", "asked", "told", "says", "said", "brought", "turned", "turns", "made",
            "walked", "remembered", "wants", "needed", "needs", "left", "passed", "did");

    /** The word after a one-word name at the start of a sentence makes it the subject ("Earl was our ..."). */
    private static boolean subjectOfClause(AnalyzedPost post, int end) {
        return end < post.tokens().size() && AFTER_SUBJECT.contains(post.lowerToken(end));
    }

    /**
     * A detector's place must have a distinctive word: capitalised and not a stop word ("First
     * Baptist", "Brown County", "Lakeview Terrace"), or lower case in a sentence about a patient
     * ("pt from sheboygan"); never a drug, condition or test.
     */
    private static boolean plausiblePlace(AnalyzedPost post, int first, int end) {
        if (unitNamed(post, end)) {
            return false; // "the Child Life office": a department
        }
        boolean patientSentence = post.signals().isPatientContext(post.tokens().get(first).sentence());
        boolean distinctive = false;
        for (int k = first; k < end; k++) {
            Token t = post.tokens().get(k);
            if (!t.is(Kind.WORD) || t.length() < 2) {
                continue;
            }
            String w = post.lowerToken(k);
            if (Lexicons.DRUGS.contains(w) || Lexicons.CONDITIONS.contains(w) || Lexicons.TESTS_PROCEDURES.contains(w)) {
                return false;
            }
            boolean stop = Lexicons.CAPITALIZED_NON_NAMES.contains(w) || PLACE_SUFFIXES.matchAt(post, k) > 0;
            distinctive |= !stop && (t.isCapitalized() || (patientSentence && isNameWord(post, k)));
            // "County Road 58", "Route 9", "Hwy 98": a road's number is what tells it apart
            distinctive |= ROADS.contains(w) && t.isCapitalized() && k + 1 < end && post.tokens().get(k + 1).is(Kind.NUMBER);
        }
        return distinctive;
    }

    private static final Set<String> ROADS = Set.of("road", "rd", "route", "rte", "highway", "hwy", "county",
            "state", "farm", "fm", "interstate");

    /**
     * A person the model found that is a town in the gazetteer and no given name ("Dubuque"), or
     * that follows "from", "in", "near"... or an address's comma and is followed by a state ("from
     * Ely, MN").
     */
    static boolean knownPlace(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        boolean afterPreposition = first > 0 && PLACE_PREPOSITIONS.contains(post.lowerToken(first - 1));
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")
                && AddressRule.STATE_ABBREVIATIONS.contains(tokens.get(end + 1).text())
                && (afterPreposition || (first > 0 && tokens.get(first - 1).text().equals(",")))) {
            return true; // "from Ely, MN", "12 Oak St, Ely, MN"
        }
        if (stateAfterTown(post, end)) {
            return true; // "(96, Kerrville TX)": a town and its state
        }
        int len = PLACES.matchAt(post, first);
        return len == end - first && (afterPreposition || GIVEN_NAMES.matchAt(post, first) == 0);
    }

    /**
     * A one-word person the model found right after "in", "near" or "outside" that is no given name
     * ("Home visit in Millersburg today"): a town the model has not seen, as the name rule already
     * reads it ("in Othello"); not "brought in Rufus".
     */
    private static boolean placeAfterPreposition(AnalyzedPost post, int first, int end) {
        return end - first == 1 && first > 0 && PLACE_ONLY_PREPOSITIONS.contains(post.lowerToken(first - 1))
                && townPreposition(post, first) && (GIVEN_NAMES.matchAt(post, first) == 0 || siteBefore(post, first))
                && post.tokens().get(first).isCapitalized() && !isSplitPossessive(post, end);
    }

    /** Workplaces and homes whose town follows: "the poultry plant in Noel", "grew up in Marion". */
    private static final Set<String> SITES = Set.of("plant", "factory", "mill", "mine", "school", "church", "store",
            "shop", "farm", "ranch", "office", "station", "base", "reservation", "bakery", "diner", "restaurant",
            "lives", "lived", "living", "raised", "moved", "grew", "born", "town", "home", "house", "trailer");

    /** "plant in", "lives in", "grew up near": a site or a life before the preposition at {@code first - 1}. */
    private static boolean siteBefore(AnalyzedPost post, int first) {
        if (first < 2) {
            return false;
        }
        String w = post.lowerToken(first - 2);
        return SITES.contains(w) || (w.equals("up") && first > 2 && post.lowerToken(first - 3).equals("grew"));
    }

    /**
     * True when token {@code k} is a capitalised "Room" or "Bed" after another capitalised word
     * ("Community Room 12", "Conference Room 4"), or one the post introduces ("Meet Room 5"): a room
     * of the building, not where a patient lies.
     */
    private static final Set<String> INTRODUCING = Set.of("meet", "introducing", "presenting");
    /** Pronouns that make an introduced "Room 7" a person in it ("Meet Room 7 — she is 88"). */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him", "they", "their");

    static boolean namedRoom(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        if (k <= 0 || k >= tokens.size() || !tokens.get(k).isCapitalized() || !ROOMS.contains(post.lowerToken(k))) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (INTRODUCING.contains(post.lowerToken(k - 1)) && startsSentence(post, k - 1)) {
            var s = post.sentences().get(tokens.get(k).sentence());
            return !Words.anyIn(post, s.firstToken(), s.endToken(), PERSON_PRONOUNS);
        }
        return before.is(Kind.WORD) && before.isCapitalized() && before.sentence() == tokens.get(k).sentence()
                && !ROOMS.contains(post.lowerToken(k - 1)) && !startsSentence(post, k - 1);
    }

    /**
     * True when token {@code k} is a state code in capitals right after a capitalised word and
     * before punctuation, a ZIP code or the end ("Kerrville TX)", "Bend OR 97701"): a town's state,
     * not "tx" (treatment) or "OR" (operating room).
     */
    static boolean stateAfterTown(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        if (k <= 0 || k >= tokens.size() || !AddressRule.STATE_ABBREVIATIONS.contains(tokens.get(k).text())
                || !tokens.get(k - 1).is(Kind.WORD) || !tokens.get(k - 1).isCapitalized()
                || tokens.get(k - 1).sentence() != tokens.get(k).sentence()) {
            return false;
        }
        if (k + 1 == tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return (next.is(Kind.PUNCT) && !next.text().equals("'s")) || (next.is(Kind.NUMBER) && next.length() == 5);
    }

    /**
     * A place the model found that is a given name alone ("rest easy Hattie"), not after "from",
     * "in"... or "the", and not naming where someone works ("the Cody librarian"); or a given name
     * and a surname with no place word in it.
     */
    static boolean knownPerson(AnalyzedPost post, int first, int end) {
        int given = GIVEN_NAMES.matchAt(post, first);
        if (given == 0 || PLACES.matchAt(post, first) > 0) {
            return false;
        }
        if (given < end - first) {
            // "from Walt Jurgens after he left": a given name and a surname, no place word
            for (int k = first + given; k < end; k++) {
                if (PLACE_SUFFIXES.matchAt(post, k) > 0 || ORG_WORDS.contains(post.lowerToken(k))
                        || SCHOOL_WORDS.contains(post.lowerToken(k)) || PLACES.matchAt(post, k) > 0
                        || Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k))
                        || !post.tokens().get(k).isCapitalized()) {
                    return false;
                }
            }
            return end - first <= 3 && !(first > 0 && PLACE_ONLY_PREPOSITIONS.contains(post.lowerToken(first - 1)));
        }
        String before = first > 0 ? post.lowerToken(first - 1) : "";
        return !PLACE_PREPOSITIONS.contains(before) && !before.equals("the")
                && !(end < post.tokens().size() && Lexicons.OCCUPATIONS.matchAt(post, end) > 0);
    }

    /** "Svetlana's husband", "Owen's ear infection", "Henry Lau's daughter": a name owning a relative or a health detail. */
    private static boolean possessiveOfPatient(AnalyzedPost post, int end) {
        List<Token> tokens = post.tokens();
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals("'s")) {
            return false;
        }
        int k = end + 1;
        for (int j = k; j < Math.min(tokens.size(), k + 3); j++) {
            if (Lexicons.FAMILY_ROLES.matchAt(post, j) > 0 || Lexicons.CONDITIONS.matchAt(post, j) > 0
                    || Lexicons.TESTS_PROCEDURES.matchAt(post, j) > 0 || Words.CARE_EPISODES.matchAt(post, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a detector found a place or an organisation (and no person) over [start, end), and
     * it is not a given name alone ("rest easy Hattie" is a person whatever the model says).
     */
    private static boolean placeOrOrganisation(AnalyzedPost post, int start, int end) {
        boolean other = false;
        for (Entity e : post.entities()) {
            if (e.start() < end && start < e.end()) {
                int first = post.tokenAt(e.start());
                if (e.label() == Entity.Label.PERSON
                        || (e.label() == Entity.Label.LOCATION && knownPerson(post, first, post.tokenAt(e.end() - 1) + 1))) {
                    return false;
                }
                other = true;
            }
        }
        return other;
    }

    /** True when no word, number or code comes before token {@code i} in its sentence (emoji may). */
    private static boolean firstWord(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        for (int k = post.sentences().get(tokens.get(i).sentence()).firstToken(); k < i; k++) {
            if (tokens.get(k).is(Kind.WORD) || tokens.get(k).is(Kind.NUMBER) || tokens.get(k).is(Kind.ALNUM)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        return i == post.sentences().get(tokens.get(i).sentence()).firstToken()
                || (i > 0 && tokens.get(i - 1).is(Kind.MENTION));
    }

    /** Verbs of a career's start: "started as a CNA", "came to us in 2019 as a new grad", "joined us as". */
    private static final Set<String> CAREER_VERBS = Set.of("started", "began", "joined", "came", "hired", "promoted");
    /** Staff roles a career starts in that {@link #STAFF} and the own roles do not name: "as a new grad". */
    private static final PhraseSet NEW_STAFF = PhraseSet.of("new grad", "new graduate", "cna", "lpn", "traveler",
            "per diem");

    /**
     * The sentence tells of someone's career at the organisation, with no care undergone in it: a career verb,
     * then "as a", "as an" or "as our" and a staff role within nine words ("Rosa started as a unit clerk in our
     * ED in 1998", "Aaliyah came to us in 2019 as a new grad"), or a retirement with the years served ("is
     * retiring after 31 years"). Judged once a post for all its sentences.
     */
    static boolean careerRole(AnalyzedPost post, int sentence) {
        boolean[] career = post.signals().memoObject("careerSentences", () -> {
            boolean[] out = new boolean[post.sentences().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = careerSentence(post, i);
            }
            return out;
        });
        return career[sentence];
    }

    private static boolean careerSentence(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        int to = s.endToken();
        if (retiresAfterYears(post, s.firstToken(), to)) {
            return !undergoesCare(post, sentence);
        }
        for (int k = s.firstToken(); k < to; k++) {
            if (!CAREER_VERBS.contains(post.lowerToken(k))) {
                continue;
            }
            for (int j = k + 1; j + 2 < Math.min(to, k + 10); j++) {
                if (post.lowerToken(j).equals("as") && (post.lowerToken(j + 1).equals("a")
                        || post.lowerToken(j + 1).equals("an") || post.lowerToken(j + 1).equals("our"))) {
                    for (int r = j + 2; r < Math.min(to, j + 5); r++) {
                        if (STAFF.contains(post.lowerToken(r)) || PhiContext.isOwnRole(post, r)
                                || NEW_STAFF.matchAt(post, r) > 0) {
                            return !undergoesCare(post, sentence);
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The name word at {@code first} is written in a sentence that tells of a career ("Meet Aaliyah Brooks!
     * Aaliyah came to us in 2019 as a new grad ...").
     */
    private static boolean careerElsewhere(AnalyzedPost post, int first) {
        // the capitalised words of the post's career sentences, found once a post (a list of 12,000 names is
        // checked in linear time); the name's own sentence, if one of them, was asked before
        Set<String> names = post.signals().memoObject("careerNames", () -> {
            Set<String> out = new java.util.HashSet<>();
            for (var s : post.sentences()) {
                if (!careerRole(post, s.index())) {
                    continue;
                }
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (post.tokens().get(k).is(Kind.WORD) && post.tokens().get(k).isCapitalized()) {
                        out.add(post.lowerToken(k));
                    }
                }
            }
            return out;
        });
        return !names.isEmpty() && names.contains(post.lowerToken(first));
    }

    private static final Set<String> RETIRES = Set.of("retired", "retires", "retiring", "retire");

    /**
     * "Mrs. K ... is retiring after 31 years!", "Mrs. Kowalski retired ... 29 years as our unit clerk": a retirement
     * with the years served (a number, then "years"), in [from, to).
     */
    private static boolean retiresAfterYears(AnalyzedPost post, int from, int to) {
        int r = Words.firstIn(post, from, to, RETIRES);
        if (r < 0) {
            return false;
        }
        for (int k = Math.max(from, r - 8); k + 1 < Math.min(to, r + 8); k++) {
            if (post.tokens().get(k).is(Kind.NUMBER) && (post.lowerToken(k + 1).equals("years")
                    || post.lowerToken(k + 1).equals("yrs"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isColleague(AnalyzedPost post, int first, int last) {
        return isColleague(post, first, last, 0);
    }

    /**
     * How many names back and forward a list of names is followed ("Ana, Ben and Dr. Kofi Mensah",
     * "Faith, Grace and Joy on our night team"): bounds the work, and the depth of the look back, on a
     * post that is one long list of names.
     */
    private static final int MAX_LIST_HOPS = 8;

    private static boolean isColleague(AnalyzedPost post, int first, int last, int hops) {
        if (colleagueAt(post, first, last, hops)) {
            return true;
        }
        // the detector found only the end of a titled name ("Moreno" of "Dr. Faith Moreno", "Kowalczyk" of
        // "our DON Pat Kowalczyk"): the capitalised words before it in its sentence belong to the same name
        int opening = post.sentences().get(post.tokens().get(first).sentence()).firstToken();
        for (int s = first - 1; s >= Math.max(opening + 1, first - 3) && post.tokens().get(s).is(Kind.WORD)
                && post.tokens().get(s).isCapitalized() && !ROLE_ABBREVIATIONS.contains(post.tokens().get(s).text()); s--) {
            if (titledBefore(post, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title, staff role or post right before the name starting at {@code first}: "Dr. Faith Moreno",
     * "volunteers Linda Mae Crawford", "our DON Pat Kowalczyk", "our ED Gérald Lacroix", "Sister Ann"; or a
     * saint before a place named for one (St. Mary's).
     */
    private static boolean titledBefore(AnalyzedPost post, int first) {
        if (first < 1) {
            return false;
        }
        String prev = post.lowerToken(first - 1);
        if (prev.equals(".") && first > 1) {
            prev = post.lowerToken(first - 2);
        }
        String singular = prev.endsWith("s") ? prev.substring(0, prev.length() - 1) : prev;
        return TITLES.contains(prev) || SAINTS.contains(prev) || STAFF.contains(prev)
                || ROLE_ABBREVIATIONS.contains(post.tokens().get(first - 1).text()) || Words.executiveTitle(post, first - 1)
                || staffGradeBefore(post, first)
                || (!singular.equals(prev) && (STAFF.contains(singular) || TITLES.contains(singular)));
    }

    /** Capitalised abbreviations of an organisation's posts before a name: "our DON Pat Kowalczyk", "CNO Ruth Amos". */
    private static final Set<String> ROLE_ABBREVIATIONS = Set.of("DON", "ADON", "CNO", "CMO", "COO", "CFO", "CMIO",
            "CNIO", "CQO", "VP", "SVP", "AVP");

    private static boolean colleagueAt(AnalyzedPost post, int first, int last, int hops) {
        int named = nameBeforeNickname(post, first);
        if (named >= 0 && hops < MAX_LIST_HOPS) {
            int start = named;
            while (start > 0 && isNameToken(post, start - 1)) {
                start--;
            }
            if (isColleague(post, start, named, hops + 1)) {
                return true; // "Dr. Patricia 'Patty' Gunderson": the nickname and surname of a titled colleague
            }
        }
        // "nurse managers Aaliyah Grant and Pete Sorensen": a name joined to a colleague is a colleague
        if (first > 1 && hops < MAX_LIST_HOPS
                && (post.lowerToken(first - 1).equals("and") || post.lowerToken(first - 1).equals(","))) {
            int k = first - 2;
            while (k > 0 && k > first - 6 && isNameToken(post, k)) {
                k--; // a name of up to four words
            }
            if (k >= 0 && k < first - 2 && isColleague(post, k + 1, first - 2, hops + 1)) {
                return true;
            }
        }
        if (first > 0) {
            String prev = post.lowerToken(first - 1);
            if (prev.equals(".") && first > 1) {
                prev = post.lowerToken(first - 2);
            }
            if (prev.equals(",") && first > 1 && (TITLES.contains(post.lowerToken(first - 2))
                    || PhiContext.isOwnRole(post, first - 2))) {
                return true; // "our new NP, Fatima Al-Sayed" (not "same lady, Fatima")
            }
            if (prev.equals(",") && first > 1 && rosterOfRole(post, first - 2)
                    && !undergoesCare(post, post.tokens().get(first).sentence())) {
                return true; // "our respiratory therapists, Ana, Kofi and Lee" (not "our patients, Ana and Kofi")
            }
            if (titledBefore(post, first)) {
                return true; // a colleague ("volunteers Linda Mae Crawford"), or a place named for a saint (St. Mary's)
            }
            for (int k = Math.max(0, first - 5); k < first - 1; k++) {
                if (PhiContext.isOwnRole(post, first - 1) && PhiContext.ownRole(post, k, first)
                        && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
                    return true; // "welcome our new dietitian Hana Sato" (not "... Hana Sato was admitted with DKA")
                }
            }
            int contact = CONTACT_OPENERS.find(post, Math.max(0, first - 3), first);
            if (contact >= 0 && contact + CONTACT_OPENERS.matchAt(post, contact) == first
                    && !isSplitPossessive(post, last + 1)) {
                return true; // "attn Rosa in intake", "swap requests to Marisol" (not "contact Rosa's son")
            }
        }
        if (careerRole(post, post.tokens().get(first).sentence()) || careerElsewhere(post, first)) {
            return true; // "Kayla started on our step-down unit as a CNA in 2015": a colleague's career
        }
        if (shoutedOut(post, first) && !undergoesCare(post, post.tokens().get(first).sentence())
                && !post.signals().isPatientContext(post.tokens().get(first).sentence())
                && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
            return true; // "Shoutout to Mai, Yesenia and Big Mike", "kudos to Femi in the lab"
        }
        if (thankedDonor(post, first, last) && !undergoesCare(post, post.tokens().get(first).sentence())) {
            return true; // "thank you to Ana Ruiz and Ruiz Farms for donating ...", "thanks to Lee Park for sponsoring"
        }
        if (thankedStaff(post, first, last)) {
            return true; // "one very persistent charge nurse (thank you, Daria!)"
        }
        if (titledElsewhere(post, first)) {
            return true; // "Nurse Keisha Brown ... Nobody starts an IV like Keisha."
        }
        int after = last + 1;
        if (after + 1 < post.tokens().size() && (post.lowerToken(after).equals("from") || post.lowerToken(after).equals("in"))
                && (DEPARTMENTS.contains(post.lowerToken(after + 1)) || (after + 2 < post.tokens().size()
                        && post.lowerToken(after + 2).equals("services") && !post.lowerToken(after + 1).equals("patient")))) {
            return true; // "Raj from facilities", "Dana in billing"
        }
        // "Faith, Grace and Joy on our night team": the unit or shift after a list of names tells for all of
        // it, where the sentence tells of nobody's care
        after = listEnd(post, last) + 1;
        if (ofAUnit(post, after) && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
            return true; // "Ines from our wound care team", "Okafor in central supply"
        }
        if (after + 2 < post.tokens().size() && (post.lowerToken(after).equals("on") || post.lowerToken(after).equals("from"))
                && SHIFTS.contains(post.lowerToken(post.lowerToken(after + 1).equals("the") ? after + 2 : after + 1))
                && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
            // "happy birthday to Marco on the night shift", "Dee from nights"; not "pray for Marco on the
            // night shift, his biopsy came back malignant": a colleague who is the patient
            return true;
        }
        if (after + 2 < post.tokens().size() && AT_FROM_IN.contains(post.lowerToken(after))
                && post.lowerToken(after + 1).equals("our") && (DEPARTMENTS.contains(post.lowerToken(after + 2))
                        || DESKS.contains(post.lowerToken(after + 2))
                        || (post.lowerToken(after + 2).equals("front") && after + 3 < post.tokens().size()
                                && DESKS.contains(post.lowerToken(after + 3))))
                && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
            // "call Brenda at our front desk", "Luis from our reception"; not "Brenda at our front desk
            // was admitted with pneumonia": a colleague who is the patient
            return true;
        }
        if (withTheTeam(post, after) && !Signals.careWordIn(post, post.tokens().get(first).sentence())) {
            return true; // "Sister Lorraine and the health ministry team will be there"
        }
        if (appositiveStaff(post, after) && !undergoesCare(post, post.tokens().get(first).sentence())) {
            // "Tom Baker, our recruiter", "Maria Lopez, the charge nurse"; not "Fatima Al-Sayed, our care
            // coordinator, was admitted with sepsis": a colleague who is the patient
            return true;
        }
        int sentence = post.tokens().get(first).sentence();
        if (staffByAppositiveElsewhere(post, first) && (!Signals.careWordIn(post, sentence)
                || (!undergoesCare(post, sentence) && !post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)))) {
            // "Fatima Al-Sayed, our care coordinator, ... Thank you, Fatima!"; "Haruto Sato, PharmD ... Haruto runs our
            // clozapine clinic" (her own work); not "... Fatima was admitted with sepsis", "Fatima, my patient now"
            return true;
        }
        if (roleInBrackets(post, after) && !undergoesCare(post, post.tokens().get(first).sentence())) {
            return true; // "Lena Ortiz (charge nurse)", "Abdi Warsame (night CNA)"
        }
        return credentialAfter(post, after);
    }

    /** A credential at {@code end}, or after a comma or bracket there: "Gloria Esposito, RN", "Will Ferreira (EMT-P)". */
    private static boolean credentialAfter(AnalyzedPost post, int end) {
        int k = end < post.tokens().size() && (post.lowerToken(end).equals(",") || post.lowerToken(end).equals("("))
                ? end + 1 : end;
        return isCredential(post, k);
    }

    /**
     * A staff role or credential in brackets at token {@code open}, after a name: "(charge nurse)",
     * "(night CNA)", "(unit clerk)", "(PT)"; up to four words before the closing bracket.
     */
    static boolean roleInBrackets(AnalyzedPost post, int open) {
        int n = post.tokens().size();
        if (open >= n || !post.lowerToken(open).equals("(")) {
            return false;
        }
        for (int k = open + 1; k < Math.min(n, open + 6) && !post.lowerToken(k).equals(")"); k++) {
            String w = post.lowerToken(k);
            if (isCredential(post, k) || STAFF.contains(w) || PhiContext.isOwnRole(post, k)
                    || CLINICIANS.contains(w)) {
                return k + 1 < n && (post.lowerToken(k + 1).equals(")") || k + 2 < n && post.lowerToken(k + 2).equals(")"));
            }
        }
        return false;
    }

    /**
     * A name thanked on its own ("thank you, Daria!", "thanks Femi)") in a sentence that names a staff
     * role and no care: the colleague the sentence is about, not "Thank you, Ruby! You were our bravest patient".
     */
    private static boolean thankedStaff(AnalyzedPost post, int first, int last) {
        int k = first > 0 && post.lowerToken(first - 1).equals(",") ? first - 1 : first;
        int thanks = THANKS.find(post, Math.max(0, k - 2), k);
        if (thanks < 0 || thanks + THANKS.matchAt(post, thanks) != k || post.lowerToken(thanks).equals("go")) {
            return false;
        }
        int after = last + 1;
        if (after < post.tokens().size() && !THANKS_ENDS.contains(post.lowerToken(after))) {
            return false;
        }
        int sentence = post.tokens().get(first).sentence();
        var sn = post.sentences().get(sentence);
        return !Signals.careWordIn(post, sentence) && !post.signals().isPatientContext(sentence)
                && Words.anyIn(post, sn.firstToken(), sn.endToken(), STAFF);
    }

    /**
     * True when the capitalised word at {@code k} is, here or elsewhere in the post, a name right after a
     * nurse's title ("Nurse Esther Mensah ... Enjoy it, Mummy Esther!", "Sister Agnes").
     */
    static boolean nurseTitled(AnalyzedPost post, int k) {
        if (!post.tokens().get(k).isCapitalized()) {
            return false;
        }
        return titledWords(post, "nurseTitled", i -> isNameToken(post, i)
                && (post.tokens().get(i - 1).text().equals("Nurse") || staffGradeBefore(post, i)))
                .contains(post.lowerToken(k));
    }

    /**
     * The capitalised words of the post (lower-cased) at which {@code titled} holds, found once per
     * post and kept under {@code key}: the names a post gives a title somewhere.
     */
    private static java.util.Set<String> titledWords(AnalyzedPost post, String key,
            java.util.function.IntPredicate titled) {
        return post.signals().memoObject(key, () -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int i = 1; i < post.tokens().size(); i++) {
                if (post.tokens().get(i).isCapitalized() && titled.test(i)) {
                    out.add(post.lowerToken(i));
                }
            }
            return out;
        });
    }

    /** A name at {@code k} with a nurse's title before it or as its first word: "Nurse Ada Obi", "Matron Dawson". */
    static boolean nurseTitleAt(AnalyzedPost post, int k) {
        return (k > 0 && post.tokens().get(k - 1).text().equals("Nurse")) || staffGradeBefore(post, k)
                || post.tokens().get(k).text().equals("Nurse") || staffGradeBefore(post, k + 1);
    }

    private static final Set<String> QUOTES = Set.of("'", "\"", "‘", "’", "“", "”");

    /**
     * The last word of the name before a quoted nickname, when token {@code k} is the nickname or the
     * word after it ("Patricia 'Patty' Gunderson"), or -1.
     */
    private static int nameBeforeNickname(AnalyzedPost post, int k) {
        int n = k - 1;
        if (n >= 2 && QUOTES.contains(post.tokens().get(n).text()) && isNameToken(post, n - 1)
                && n >= 3 && QUOTES.contains(post.tokens().get(n - 2).text())) {
            n -= 2; // the surname after "'Patty'"
        }
        return n >= 1 && QUOTES.contains(post.tokens().get(n).text()) && isNameToken(post, n - 1) ? n - 1 : -1;
    }

    /** Words that single out a colleague's good work: "shout out to", "kudos to", "props to". */
    private static final PhraseSet SHOUT_OUTS = PhraseSet.of("shout out to", "shoutout to", "shout-out to",
            "shout outs to", "shoutouts to", "kudos to", "props to", "hats off to");

    /** A thanks before a list of donors: "thank you to", "thanks", "grateful to". */
    private static final PhraseSet THANKS_TO = PhraseSet.union(THANK_WORDS, PhraseSet.of("thank you to", "thanks to",
            "grateful to", "gratitude to"));
    /** Gifts of one's own body: a living donor is a patient ("for donating a kidney to his sister"). */
    private static final Set<String> BODILY_GIFTS = Set.of("kidney", "liver", "lung", "marrow", "organ", "organs",
            "blood", "plasma", "platelets", "stem", "milk", "eggs", "sperm", "cord", "tissue", "cornea", "corneas");

    /**
     * The name at [first, last] is thanked for a gift: a thanks before it and "for donating", "for
     * sponsoring", "for the/your/their (generous) gift" ({@link PhiContext#GIVING}) after it, with only names, "and" and commas
     * between (donors and sponsors, not patients). Not a gift of the donor's own body.
     */
    private static boolean thankedDonor(AnalyzedPost post, int first, int last) {
        int n = post.tokens().size();
        int b = first - 1;
        while (b >= Math.max(0, first - 8) && (isListPart(post, b))) {
            b--;
        }
        int thanks = THANKS_TO.find(post, Math.max(0, b - 3), b + 1);
        if (thanks < 0 || thanks + THANKS_TO.matchAt(post, thanks) != b + 1) {
            return false;
        }
        int a = last + 1;
        while (a < Math.min(n, last + 9) && isListPart(post, a)) {
            a++;
        }
        if (a >= n || !post.lowerToken(a).equals("for")) {
            return false;
        }
        for (int k = a + 1; k < Math.min(n, a + 4); k++) {
            if (PhiContext.GIVING.contains(post.lowerToken(k))) {
                int sentenceEnd = post.sentences().get(post.tokens().get(k).sentence()).endToken();
                return !Words.anyIn(post, k + 1, Math.min(sentenceEnd, k + 5), BODILY_GIFTS);
            }
        }
        return false;
    }

    /** A capitalised word, "and", "&" or a comma: part of a list of names. */
    private static boolean isListPart(AnalyzedPost post, int k) {
        String w = post.lowerToken(k);
        return (post.tokens().get(k).is(Kind.WORD) && post.tokens().get(k).isCapitalized() && !w.equals("thank")
                && !w.equals("thanks")) || w.equals("and") || w.equals("&") || w.equals(",");
    }

    /** True when the name at {@code k} is in the list right after a shout-out ("Shoutout to Mai, Yesenia, and Big Mike"). */
    private static boolean shoutedOut(AnalyzedPost post, int k) {
        int from = Math.max(post.sentences().get(post.tokens().get(k).sentence()).firstToken(), k - 12);
        for (int i = from; i < k; i++) {
            int len = SHOUT_OUTS.matchAt(post, i);
            if (len == 0) {
                continue;
            }
            int j = i + len; // the list: names, commas, "and", a nickname's adjective ("Big Mike")
            while (j < k && (post.tokens().get(j).isCapitalized() || post.lowerToken(j).equals(",")
                    || post.lowerToken(j).equals("and") || post.lowerToken(j).equals("&"))) {
                j++;
            }
            if (j == k) {
                return true;
            }
        }
        return false;
    }

    /** Nursing grades used as titles in Commonwealth posts: "Sister Abena Owusu", "Matron Price". */
    private static final Set<String> STAFF_GRADES = Set.of("Sister", "Matron");

    /**
     * True when a capitalised nursing grade stands right before token {@code k} as a title, not after
     * "my", "his", "her" ... ("Sister Abena Owusu", not "my Sister Anna"), in a sentence where no one
     * undergoes care.
     */
    static boolean staffGradeBefore(AnalyzedPost post, int k) {
        if (k < 1 || !STAFF_GRADES.contains(post.tokens().get(k - 1).text())) {
            return false;
        }
        int sentence = post.tokens().get(k - 1).sentence();
        return (k < 2 || !Words.PERSONAL_POSSESSIVES.contains(post.lowerToken(k - 2)))
                && !undergoesCare(post, sentence) && !sufferedCare(post, sentence); // not "Sister Maria was admitted"
    }

    private static final Set<String> TEAMS = Set.of("team", "crew", "staff", "volunteers", "committee", "ministry");
    /** Words that end the name of a working unit: "our wound care team", "sterile processing". */
    private static final Set<String> UNIT_HEADS = Set.of("team", "crew", "staff", "department", "dept", "committee",
            "processing", "office", "services");

    /**
     * The last token of the list of capitalised words that the name ending at {@code last} opens or
     * continues ("Faith, Grace and Joy": from "Faith", the token of "Joy"), or {@code last} itself when
     * none follows it after a comma, "and" or "&".
     */
    private static int listEnd(AnalyzedPost post, int last) {
        int n = post.tokens().size();
        int end = last;
        int k = last + 1;
        for (int hops = 0; hops < MAX_LIST_HOPS && k + 1 < n; hops++) {
            String link = post.lowerToken(k);
            int next = link.equals(",") && post.lowerToken(k + 1).equals("and") ? k + 2 : k + 1;
            if (!(link.equals(",") || link.equals("and") || link.equals("&")) || next >= n || !listedName(post, next)) {
                break;
            }
            end = next;
            while (end + 1 < n && end - next < 3 && listedName(post, end + 1)) {
                end++; // a name of up to four words: "Mary Ann de Souza"
            }
            k = end + 1;
        }
        return end;
    }

    /** A capitalised word in the name's sentence, in a list of names: "Grace", "Joy" count as "Ana" does. */
    private static boolean listedName(AnalyzedPost post, int k) {
        Token t = post.tokens().get(k);
        return t.is(Kind.WORD) && t.isCapitalized() && !isAllCaps(t.text())
                && t.sentence() == post.tokens().get(k - 1).sentence();
    }

    /**
     * "from our infection control team", "in sterile processing", "on the IT crew" at token {@code after}:
     * a working unit named after a person, whose member is a colleague (a department of its own, or up to
     * three words ending in a unit's head word; not "patient services").
     */
    private static boolean ofAUnit(AnalyzedPost post, int after) {
        int n = post.tokens().size();
        if (after + 1 >= n || !(post.lowerToken(after).equals("from") || post.lowerToken(after).equals("in")
                || post.lowerToken(after).equals("on"))) {
            return false;
        }
        int k = after + 1;
        if (post.lowerToken(k).equals("our") || post.lowerToken(k).equals("the")) {
            k++;
        }
        for (int j = k; j < Math.min(n, k + 3); j++) {
            String w = post.lowerToken(j);
            if (!post.tokens().get(j).is(Kind.WORD) || w.equals("patient") || w.equals("patients")) {
                return false;
            }
            if (DEPARTMENTS.contains(w) || (j > k && UNIT_HEADS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Child Life office", "Patient Access desk", "Privacy Office": a capitalised run (the place the detector
     * found and up to two words after it) ending in a unit's head word names a department, not a town.
     */
    static boolean unitNamed(AnalyzedPost post, int end) {
        List<Token> tokens = post.tokens();
        for (int k = Math.max(0, end - 1); k < Math.min(tokens.size(), end + 3); k++) {
            String w = post.lowerToken(k);
            if ((UNIT_HEADS.contains(w) || w.equals("desk")) && !w.equals("services")) {
                return true;
            }
            if (!tokens.get(k).is(Kind.WORD) || !tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A plural staff role ending at {@code end} after "our", "my" or "the" (up to two words between):
     * "our exercise physiologists", "the night pharmacists"; the names listed after it are colleagues.
     */
    private static boolean rosterOfRole(AnalyzedPost post, int end) {
        String w = post.lowerToken(end);
        if (!post.tokens().get(end).is(Kind.WORD) || w.length() < 4 || !w.endsWith("s")) {
            return false;
        }
        String singular = w.substring(0, w.length() - 1);
        boolean role = PhiContext.isOwnRole(post, end) || STAFF.contains(w) || STAFF.contains(singular)
                || PhiContext.isOwnRoleWord(singular) || singular.endsWith("ist") || singular.endsWith("ician")
                || singular.endsWith("itian");
        if (!role) {
            return false;
        }
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            String d = post.lowerToken(k);
            if (d.equals("our") || d.equals("my") || d.equals("the")) {
                return true;
            }
            if (!post.tokens().get(k).is(Kind.WORD) || post.tokens().get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "and the health ministry team", "and our crew" at token {@code after}: a name listed with its team. */
    private static boolean withTheTeam(AnalyzedPost post, int after) {
        int n = post.tokens().size();
        if (after + 2 >= n || !post.lowerToken(after).equals("and")
                || !(post.lowerToken(after + 1).equals("the") || post.lowerToken(after + 1).equals("our"))) {
            return false;
        }
        for (int k = after + 2; k < Math.min(n, after + 6); k++) {
            if (TEAMS.contains(post.lowerToken(k))) {
                return true;
            }
            if (!post.tokens().get(k).is(Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> APPOSITIVE_DETERMINERS = Set.of("our", "my", "the", "a");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "is", "got", "gets", "been", "being", "be", "were");
    private static final Set<String> UNDERGONE = Set.of("admitted", "readmitted", "hospitalized", "hospitalised",
            "diagnosed", "intubated", "transferred", "discharged", "rushed", "airlifted", "flown", "transported",
            "treated", "operated", "resuscitated", "coded", "stented", "injured", "hurt");

    /**
     * "was admitted", "got diagnosed", "is being treated": the sentence's subject undergoes care, so a
     * colleague named in it is the patient; "admitted four patients" (the colleague's own work) is not.
     */
    private static boolean undergoesCare(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (!PASSIVE_AUX.contains(post.lowerToken(k))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.endToken(), k + 3); j++) {
                if (UNDERGONE.contains(post.lowerToken(j))) {
                    return true;
                }
            }
        }
        return sufferedCare(post, sentence);
    }

    private static final Set<String> SUFFERED = Set.of("had", "has", "having", "underwent", "undergoing", "suffered",
            "broke", "fractured", "tore", "recovering", "diagnosed");
    private static final Set<String> NEWS = Set.of("pregnancy", "pregnant");

    /**
     * The active voice of {@link #undergoesCare}: "had his appendix out", "had a stroke", "broke her
     * hip", "is recovering from pneumonia": a verb of suffering or undergoing with a health detail
     * within three words (not "had a great shift", not a baby: "had her baby" is news, not care).
     */
    private static boolean sufferedCare(AnalyzedPost post, int sentence) {
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (!c.kind().isHealthDetail() || NEWS.contains(c.canonical())) {
                continue;
            }
            for (int k = c.first(); k >= Math.max(post.sentences().get(sentence).firstToken(), c.first() - 3); k--) {
                String w = post.lowerToken(k);
                if (SUFFERED.contains(w)) {
                    return true;
                }
                if (k < c.first() && (w.equals("patient") || w.equals("patients") || w.equals("pt")
                        || w.equals("for") || w.equals("on"))) {
                    break; // "had a patient with a stroke", "had four on insulin": someone else's condition
                }
            }
        }
        return false;
    }

    /** ", our recruiter", ", the charge nurse" at token {@code after}: an appositive staff role after a name. */
    private static boolean appositiveStaff(AnalyzedPost post, int after) {
        if (after >= post.tokens().size() || !post.lowerToken(after).equals(",")) {
            return false;
        }
        int k = after + 1;
        if (k < post.tokens().size() && APPOSITIVE_DETERMINERS.contains(post.lowerToken(k))) {
            k++;
        }
        for (int j = k; j < Math.min(post.tokens().size(), k + 7) && !post.lowerToken(j).equals(","); j++) {
            String w = post.lowerToken(j); // "our very first L&D nurse", up to the appositive's comma
            if (STAFF.contains(w) || w.equals("nurse") || w.equals("recruiter") || w.equals("doctor")
                    || w.equals("physician") || w.equals("surgeon") || w.equals("coordinator")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code k} is the given name, a quoted nickname or the surname of someone the post
     * introduces with a staff appositive or a credential ("Kevin Frost, our nurse manager": "Mr. Frost is back!"
     * is him).
     */
    static boolean staffByAppositiveElsewhere(AnalyzedPost post, int k) {
        return introducedStaff(post).containsKey(post.lowerToken(k));
    }

    /**
     * {@link #staffByAppositiveElsewhere}, the introduction in a sentence other than token {@code k}'s: "Mr. Frost
     * is back! After 30 years, Kevin Frost, our nurse manager, ...".
     */
    static boolean staffIntroducedInAnotherSentence(AnalyzedPost post, int k) {
        Integer sentence = introducedStaff(post).get(post.lowerToken(k));
        return sentence != null && sentence != post.tokens().get(k).sentence();
    }

    /**
     * The words of the names the post introduces as staff, each with the sentence that introduces it (-1 when
     * several do).
     */
    private static java.util.Map<String, Integer> introducedStaff(AnalyzedPost post) {
        return post.signals().memoObject("appositiveStaff", () -> {
            java.util.Map<String, Integer> out = new java.util.HashMap<>();
            int n = post.tokens().size();
            for (int i = 0; i < n; i++) {
                if (!isNameToken(post, i) || (i > 0 && isNameToken(post, i - 1))) {
                    continue;
                }
                int end = i + 1; // the name's words, hyphens included ("Fatima Al-Sayed")
                int nickname = -1; // a quoted nickname inside: Guadalupe "Lupe" Herrera
                while (end < n) {
                    if (isNameToken(post, end) || (post.lowerToken(end).equals("-") && end + 1 < n
                            && isNameToken(post, end + 1))) {
                        end++;
                    } else if (nickname < 0 && end + 3 < n && QUOTES.contains(post.lowerToken(end))
                            && isNameToken(post, end + 1) && QUOTES.contains(post.lowerToken(end + 2))
                            && isNameToken(post, end + 3)) {
                        nickname = end + 1;
                        end += 3;
                    } else {
                        break;
                    }
                }
                if (appositiveStaff(post, end) || (end - i >= 2 && credentialAfter(post, end))) {
                    int sentence = post.tokens().get(i).sentence();
                    // "Fatima Al-Sayed, our care coordinator", "Haruto Sato, PharmD"; a quoted nickname; the surname
                    // ("Mr. Frost is back! ... Kevin Frost, our nurse manager")
                    for (int w : new int[] {i, nickname, end - i >= 2 && isNameToken(post, end - 1) ? end - 1 : -1}) {
                        if (w >= 0) {
                            out.merge(post.lowerToken(w), sentence, (a, b) -> a.equals(b) ? a : -1);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** A credential after a name's comma ("RN", "PharmD", "PT"); ambiguous ones only in capitals. */
    static boolean isCredential(AnalyzedPost post, int k) {
        if (k >= post.tokens().size()) {
            return false;
        }
        String text = post.tokens().get(k).text();
        String w = post.lowerToken(k);
        return CAPITAL_CREDENTIALS.contains(text) || (CREDENTIALS.contains(w)
                && !CAPITAL_CREDENTIALS.contains(text.toUpperCase(java.util.Locale.ROOT)));
    }

    /** True when the word at {@code k} also appears in the post right after a title or staff role. */
    private static boolean titledElsewhere(AnalyzedPost post, int k) {
        return titledWords(post, "titledNames", i -> {
            String prev = post.lowerToken(i - 1);
            if (prev.equals(".") && i > 1) {
                prev = post.lowerToken(i - 2);
            }
            return TITLES.contains(prev) || STAFF.contains(prev) || staffGradeBefore(post, i);
        }).contains(post.lowerToken(k));
    }

    // ---- places ----

    private static int placeEnd(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        String w = post.lowerToken(i);
        // bed 4, room 12B, bay 3
        if (ROOMS.contains(w) && i + 1 < tokens.size()
                && (tokens.get(i + 1).is(Kind.NUMBER) || tokens.get(i + 1).is(Kind.ALNUM))) {
            return namedRoom(post, i) ? i : i + 2; // not "Community Room 12"
        }
        int foreign = Math.max(ForeignPhi.roomEnd(post, i), ForeignPhi.streetEnd(post, i));
        if (foreign > i) {
            return foreign; // "Zimmer 214", "hab. 512", "calle Arenal 23"
        }
        // "de Villanueva", "aus Bad Segeberg"; not "Hospital de Cruces", a capitalised name going on
        boolean foreignFrom = ForeignPhi.from(post, i - 1) && tokens.get(i).isCapitalized()
                && !ForeignPhi.notPlace(post, i) && !(i > 1 && tokens.get(i - 2).isCapitalized());
        if (i == 0 || !(PLACE_PREPOSITIONS.contains(post.lowerToken(i - 1)) || foreignFrom)) {
            return i;
        }
        int k = i;
        while (k < tokens.size() && k < i + 4) {
            Token t = tokens.get(k);
            int particle = foreignFrom && k > i ? PhiContext.at(PLACE_PARTICLES, post, k) : 0;
            if (particle > 0 && k + particle < tokens.size() && tokens.get(k + particle).isCapitalized()
                    && !ForeignPhi.notPlace(post, k + particle)) {
                k += particle; // "Villanueva de la Serena", "Frankfurt am Main"
                continue;
            }
            if (foreignFrom && ForeignPhi.notPlace(post, k)) {
                break;
            }
            boolean cap = t.is(Kind.WORD) && t.isCapitalized();
            boolean number = t.is(Kind.NUMBER) && k > i; // Route 30
            if (!(cap || number || (t.text().equals(".") && k > i && post.lowerToken(k - 1).equals("st")))) {
                break;
            }
            if (cap && Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(k))
                    && PLACE_SUFFIXES.matchAt(post, k) == 0 && PLACES.matchAt(post, k) == 0) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * "bed 9", "rm 12", "Trauma 2" with a person described in the sentence or the one before (a
     * name, he or she, a relative): where a person lies in a unit. Posts framed as teaching or
     * events, and rooms of a building ("Education Center Rm 101"), do not count.
     */
    private static boolean roomOfSomeone(AnalyzedPost post, int i) { // or, in another language, a street
        List<Token> tokens = post.tokens();
        if (ForeignPhi.room(post, i) || ForeignPhi.streetEnd(post, i) > i) {
            Signals s = post.signals();
            int sentence = tokens.get(i).sentence();
            var sn = post.sentences().get(sentence);
            return !s.isNonPatient(sentence) && s.framing() == null
                    && ForeignPhi.personIn(post, post.sentences().get(Math.max(0, sentence - 1)).firstToken(), sn.endToken());
        }
        if (!ROOMS.contains(post.lowerToken(i)) || i + 1 >= tokens.size()
                || !(tokens.get(i + 1).is(Kind.NUMBER) || tokens.get(i + 1).is(Kind.ALNUM))) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).isCapitalized() && ORG_WORDS.contains(post.lowerToken(i - 1))) {
            return false; // "Education Center Rm 101"
        }
        Signals s = post.signals();
        int sentence = tokens.get(i).sentence();
        return !s.isNonPatient(sentence) && s.framing() == null
                && (describesPerson(post, sentence) || (sentence > 0 && describesPerson(post, sentence - 1))
                        || nameInRoom(post, i));
    }

    /** Staff gatherings held in a numbered room. */
    private static final Set<String> GATHERINGS = Set.of("meeting", "meetings", "huddle", "staff", "training",
            "orientation", "interview", "interviews", "class", "lunch", "potluck", "in-service", "inservice", "session",
            "lecture", "office", "seminar", "workshop", "exam", "exams");

    /**
     * "Joanna Kowalczyk in ICU bed 14", "Mr. Tran in room 9": a person's given name (or a title and
     * a name) right before "in" and the numbered bed or room, where that person lies.
     */
    private static boolean nameInRoom(AnalyzedPost post, int room) {
        int k = room - 1;
        while (k > 0 && room - k <= 2 && Words.careSetting(post, k, k + 1) == k) {
            k--; // "in ICU bed 14", "in the NICU pod 3"
        }
        if (k > 0 && post.lowerToken(k).equals("the")) {
            k--;
        }
        if (k < 1 || !post.lowerToken(k).equals("in")) {
            return false;
        }
        var sentence = post.sentences().get(post.tokens().get(room).sentence());
        if (Words.anyIn(post, sentence.firstToken(), sentence.endToken(), GATHERINGS)) {
            return false; // "staff meeting with Linda in room 204"
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Token t = post.tokens().get(j);
            if (!t.is(Kind.WORD) || !t.isCapitalized() || t.sentence() != post.tokens().get(room).sentence()) {
                return false;
            }
            if ((GIVEN_NAMES.matchAt(post, j) > 0 || PhiContext.nameAfterTitle(post, j - 1) == j
                    || PhiContext.nameAfterTitle(post, j - 2) == j)
                    && !(j > 0 && Words.STAFF.contains(post.lowerToken(j - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static double placeConfidence(AnalyzedPost post, int i, int end) {
        if (ROOMS.contains(post.lowerToken(i)) || ForeignPhi.room(post, i)) {
            return 0.7;
        }
        if (ForeignPhi.streetEnd(post, i) == end) {
            return 0.75;
        }
        if (i > 0 && ForeignPhi.from(post, i - 1) && end > i) {
            return 0.7; // "de Villanueva", "aus Bad Segeberg" in a sentence about a patient
        }
        for (int k = i; k < end; k++) {
            if (PLACES.matchAt(post, k) > 0) {
                return 0.75;
            }
            if (PLACE_SUFFIXES.matchAt(post, k) > 0 && k > i) {
                return 0.7;
            }
        }
        if (end > i && PLACE_ONLY_PREPOSITIONS.contains(post.lowerToken(i - 1)) && siteBefore(post, i)
                && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(i))) {
            return 0.7; // "the poultry plant in Noel", "lives in Cutbank"
        }
        return 0;
    }
}
