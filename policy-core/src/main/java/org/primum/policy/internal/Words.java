package org.primum.policy.internal;

import java.util.List;
import java.util.Set;
import org.primum.policy.spi.Token;

/** Small closed word classes the judgment rules share (pronouns, care nouns, sex words). */
final class Words {

    static final Set<String> FIRST_PERSON = Set.of("i", "we", "our", "us", "my", "me", "i'm", "i've", "we're",
            "we've", "i'd", "we'd", "i'll", "we'll", "ours", "myself");
    /** The first person plural: an organisation speaking of itself. */
    static final Set<String> FIRST_PLURAL = Set.of("we", "we're", "our", "us", "we've", "ours");
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "youre", "you've", "you'll", "you'd",
            "yours", "yourself", "u", "ur");
    static final Set<String> SEX = Set.of("he", "she", "his", "her", "him", "hers", "man", "woman", "male", "female",
            "boy", "girl", "lady", "guy", "gentleman", "gent", "dude", "gal", "men", "women");
    /** A third person's possessive: "his hip", "her chart", "their son". */
    static final Set<String> THIRD_POSSESSIVES = Set.of("his", "her", "their");
    /** A person's possessive, the reader's included: "my hip", "your chart". */
    static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "their", "my", "your");
    /** Day names as tokens. */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Courtesy titles as tokens: "Mr", "Mrs", "Ms", "Miss", "Mx". */
    static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss", "mx");
    static final Set<String> SEX_CODES = Set.of("m", "f", "yom", "yof", "yo m", "yo f");
    /**
     * Nouns for a unit of an organisation, the heads of its services' names: "our clinic", "the cancer
     * center", "the referral team". Rules add the heads their own context needs ({@link #with}).
     */
    static final Set<String> ORG_UNITS = Set.of("clinic", "clinics", "office", "center", "centre", "unit",
            "department", "dept", "team", "program", "programme", "pharmacy", "lab", "service", "services");

    /**
     * A word that reads as a verb in the past tense by its ending: "started", "collapsed"; not a short
     * noun ("bed", "red") or an "-eed" word ("proceed", "indeed").
     */
    static boolean pastTense(String w) {
        return w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /** {@code base} and {@code more} in one set. */
    static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new java.util.HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }
    /** Nouns that name an episode of care: referring to someone's one confirms the care relationship. */
    static final PhraseSet CARE_EPISODES = PhraseSet.of("surgery", "procedure", "operation", "visit", "appointment",
            "appt", "follow-up", "follow up", "f/u", "results", "result", "scan", "scans", "labs", "path results",
            "pathology", "biopsy results", "recovery", "delivery", "diagnosis", "dx", "treatment", "chemo",
            "chemotherapy", "radiation", "stay", "admission", "discharge", "transplant", "bypass", "replacement",
            "repair", "checkup", "check-up", "physical", "exam", "infusion", "dialysis", "therapy", "rehab",
            "prescription", "refill", "bill", "care", "journey", "consult", "consultation", "c-section",
            "tonsillectomy", "colonoscopy", "mammogram", "mri", "ct", "x-ray", "ultrasound", "pregnancy",
            "prenatal visit", "stitches", "cast", "check in", "checked in", "wait", "extraction", "taper", "vaccines",
            "vaccine", "shots", "copay", "billing", "injection", "inhaler", "discharge",
            "incision", "wound", "delivery date", "due date", "refills", "meds", "medication", "medications",
            "prescriptions", "appointments", "visits", "procedures", "surgeries", "tests", "test results", "x-rays",
            "cleaning", "filling", "fillings", "crown", "root canal", "implant", "implants", "braces", "hearing aids",
            "birth", "home birth", "labor", "balance", "account balance", "charges", "new hip", "new knee",
            "physical therapy", "sutures", "stitches out", "cast off", "ecmo run", "treatments", "injections",
            // episodes told in plain words: "3 open-heart repairs", "one year sober", "let me draw her blood"
            "repairs", "one year sober", "year sober", "years sober", "days sober", "months sober", "surgery-versary",
            "surgiversary", "new lungs", "new heart", "new kidney", "new liver", "got her lungs", "got his lungs",
            "ng tube", "foley", "feeding tube", "blood draw", "draw her blood", "draw his blood", "drew her blood",
            "drew his blood", "group session", "therapy session", "hearing aid",
            // dental, eye, skin and nursing care a person comes in for: "their cleanings", "her neuro checks"
            "cleanings", "checkups", "check-ups", "neuro checks", "vital signs", "dressing change", "dressing changes",
            "chemical peel", "lash lift", "veneers", "retainer", "invisalign", "aligners", "eye exam", "hearing test",
            "sealants", "whitening", "house call", "house calls", "home visits");

    /**
     * A patient's paperwork, records, bills and accounts: only the people cared for have these, so
     * a person named beside them is a patient ("claim # ... for Ana Ruiz's MRI").
     */
    static final PhraseSet CARE_RECORDS = PhraseSet.of("chart", "charts", "face sheet", "intake sheet", "intake form",
            "medical record", "medical records", "records", "discharge summary", "discharge papers",
            "discharge paperwork", "discharge instructions", "discharge meds", "med list", "meds", "prescription",
            "prescriptions", "refill", "refills", "prior auth", "prior authorization", "referral", "requisition",
            "claim", "claims", "copay", "co-pay", "deductible", "bills", "billing", "hospital bill", "medical bill",
            "sent to collections", "acct", "guarantor", "payment plan", "member id", "member #", "medicaid",
            "medicare", "insurance card", "portal", "mychart", "telehealth", "video visit",
            "home visit", "visit id", "transfer packet", "wristband", "armband", "lab results", "test results",
            "fmla", "workers comp", "work note", "return-to-work", "paperwork", "consent form", "signed release",
            "mrn", "mr#", "chart no", "check-in", "appointment", "appt");

    /** Places and services of care: a person named here is a patient or a colleague, never a stranger. */
    static final PhraseSet CARE_SETTINGS = PhraseSet.of("nicu", "picu", "icu", "ed", "er", "or", "chemo",
            "chemo chair", "infusion", "infusion chair", "dialysis", "rehab", "cardiac rehab", "hospice", "burn unit",
            "oncology", "peds onc", "transplant floor", "post-op", "postop", "labor and delivery", "l&d", "ward",
            "bed", "room", "rm", "the unit", "our unit", "the floor", "our floor", "clinic", "discharged",
            "admitted", "went home", "rang the bell", "off the vent", "extubated", "intubated", "scan", "biopsy",
            "surgery", "stay", "stays", "admissions", "chemo chair", "infusion suite",
            "peds floor", "our floor", "night shift", "radiation", "transplant", "hospital", "comfort care",
            "left ama", "against medical advice", "on admit", "new admit", "readmit", "readmits", "readmission",
            "readmissions", "waiting room",
            "exam room", "patient room", "hallway bed", "hospital bed", "pacu", "ccu", "cvicu", "micu", "sicu",
            "step-down", "stepdown", "med-surg", "cath lab", "birth center", "nursing home", "assisted living",
            "memory care", "snf", "urgent care", "telemetry", "preop", "pre-op");
    /**
     * Procedures and episodes of care that only a patient has ("his cleft repair", "after your root
     * canal", "keep his cast"): the unambiguous part of {@link #CARE_EPISODES}.
     */
    static final PhraseSet CARE_PROCEDURES = PhraseSet.of("surgery", "procedure", "operation", "repair", "transplant",
            "bypass", "replacement", "c-section", "cast", "stitches", "sutures", "extraction", "root canal",
            "chemo", "chemotherapy", "radiation", "infusion", "dialysis", "delivery", "labor and delivery",
            "discharge", "admission", "rehab", "physical therapy", "tonsillectomy", "colonoscopy", "mammogram",
            "biopsy", "prosthetic", "prosthesis", "blood draw", "post-op",
            "postop", "recovery");

    /** Care settings that are also everyday words ("or", "ed", "er"): only in capitals or after "the". */
    private static final Set<String> AMBIGUOUS_SETTINGS = Set.of("or", "ed", "er");
    /** Rooms and beds count only with their number ("room 12", not "break room"). */
    private static final Set<String> NUMBERED_SETTINGS = Set.of("room", "rm");

    /** Words before "our ED" that make it the emergency department: "in our ED", "to the ED". */
    private static final Set<String> TO_A_PLACE = Set.of("in", "into", "to", "at", "from", "through");

    /**
     * "our ED Gérald Lacroix", "the ED, Maya Brandt": "ED" in capitals after "our" or "the" and before a full
     * name is the organisation's executive director (not "in our ED Maria ...", the emergency department).
     */
    static boolean executiveTitle(AnalyzedPost post, int k) {
        java.util.List<Token> tokens = post.tokens();
        if (!tokens.get(k).text().equals("ED") || k < 1 || k + 2 >= tokens.size()
                || !(post.lowerToken(k - 1).equals("our") || post.lowerToken(k - 1).equals("the"))
                || (k > 1 && TO_A_PLACE.contains(post.lowerToken(k - 2)))) {
            return false;
        }
        int name = post.lowerToken(k + 1).equals(",") ? k + 2 : k + 1;
        return name + 1 < tokens.size() && tokens.get(name).is(Token.Kind.WORD) && tokens.get(name).isCapitalized()
                && tokens.get(name + 1).is(Token.Kind.WORD) && tokens.get(name + 1).isCapitalized()
                && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(name));
    }

    /**
     * Index of the first care setting in [from, to), or -1: "or" the conjunction is no operating
     * room, and a "break room" no patient's room ("room 4", "exam room" are).
     */
    static int careSetting(AnalyzedPost post, int from, int to) {
        int end = Math.min(to, post.tokens().size());
        for (int i = Math.max(0, from); i < end; i++) {
            int len = CARE_SETTINGS.matchAt(post, i);
            if (len == 0) {
                continue;
            }
            String w = post.lowerToken(i);
            if (len == 1 && executiveTitle(post, i)) {
                continue; // "our ED Gérald Lacroix": the executive director
            }
            if (len == 1 && NUMBERED_SETTINGS.contains(w)) {
                if (i + 1 < post.tokens().size() && (post.tokens().get(i + 1).is(Token.Kind.NUMBER)
                        || post.tokens().get(i + 1).is(Token.Kind.ALNUM))) {
                    return i;
                }
                continue;
            }
            if (!AMBIGUOUS_SETTINGS.contains(w) || post.tokens().get(i).text().equals(w.toUpperCase(java.util.Locale.ROOT))
                    || (i > 0 && (post.lowerToken(i - 1).equals("the") || post.lowerToken(i - 1).equals("to")))) {
                return i;
            }
        }
        return -1;
    }

    /** Staff roles and public titles before or after a name: a colleague or a public figure, not a patient. */
    static final Set<String> STAFF = Set.of("secretary", "tech", "technician", "aide", "manager", "managers",
            "colleague", "coworker", "co-worker", "resident", "intern", "fellow", "attending", "scribe", "volunteer",
            "chaplain", "pharmacist", "therapist", "instructor", "preceptor", "mentor", "director", "educator",
            "nurses", "colleagues", "king", "queen", "prince", "princess", "pope", "sir", "dame", "lord",
            "president", "senator", "governor", "mayor", "lady", "former", "actor", "actress", "singer", "rapper",
            "legend", "star", "icon", "author", "recruiter", "coordinator", "receptionist", "physician", "surgeon",
            "dr", "doctor", "st", "saint", "facilities", "housekeeping", "security", "nurse", "chief", "ceo");
    /** Words that make a post about a public figure: their publicly reported illness is not our disclosure. */
    static final PhraseSet PUBLIC_FIGURE = PhraseSet.of("mr. president", "mr president", "former president",
            "president", "senator", "governor", "king", "queen", "princess", "prince", "first lady", "celebrity",
            "actor", "actress", "singer", "rapper", "pop star", "quarterback for the", "prime minister", "pope",
            "congressman", "congresswoman",
            // an illness the whole country watched or was told about is the news, not a disclosure
            "on live tv", "on live television", "on national tv", "on national television", "nationally televised",
            "in front of millions", "the whole country", "the whole nation", "the whole world", "press conference",
            "told reporters", "made headlines", "in the headlines", "went public with", "publicly announced",
            "announced publicly", "public statement", "athlete", "athletes", "quarterback", "nfl", "nba", "mlb", "nhl", "olympian",
            "olympic", "world cup",
            // an illness its owner or family made public: a documentary, a memoir, a public statement
            "memoir", "autobiography", "publicly shared", "shared publicly",
            "spoke publicly", "made public", "publicly disclosed", "disclosed publicly",
            // a first the whole world recorded: "the world's first IVF baby", "the first face transplant recipient"
            "world's first", "world’s first", "worlds first");
    /** Phrases by which an organisation confirms it cared for someone. */
    static final PhraseSet CARE_CONFIRMATIONS = PhraseSet.of("trusting us with", "trusting us", "trusting me with",
            "trusting me through", "for trusting me", "part of your team",
            "part of your care", "we fixed", "we treated", "since we met", "after we", "thanks for choosing us",
            "thank you for choosing us", "welcome back to clinic", "welcome back to the clinic", "see you at your",
            "see you next", "your next visit", "at your next", "came in", "we saw you", "caring for you",
            "cared for you", "taking care of you", "took care of you", "treated you", "your team", "with us",
            "in our care", "under our care", "our care", "your stay", "your visit", "your care", "to be your",
            "to be her", "to be his", "got to be", "proud to be your", "honor to deliver", "to deliver your",
            "delivered your", "came back benign", "came back clear", "came back negative", "came back normal",
            "your path", "your pathology", "your biopsy", "your scan", "your scans", "your mri", "your ct",
            "per our records", "our records show", "according to our records", "in our records", "your chart",
            "your medical records", "your records", "you arrived", "you were seen", "you left before",
            "we dismissed you", "glad you're home", "glad you are home", "so glad you're home", "welcome home",
            "delivering your", "delivering you", "treating you", "treating your", "operating on you",
            "operating on your", "stitching you up", "patching you up", "fixing your", "stitching your",
            "suturing your", "came back to visit",
            "came to visit us", "came by to visit", "stopped by to visit", "support your", "supporting your",
            "my client", "my patient", "my pt", "our patient", "former patient", "my former patient",
            // caring for the reader's relative: "it was a privilege caring for your dad"
            "pleasure caring for", "privilege caring for", "honor caring for", "honour caring for",
            "pleasure to care for", "privilege to care for", "honor to care for", "loved caring for",
            "enjoyed caring for", "cared for your", "took care of your", "taking care of your",
            // the end-of-treatment bell is rung by the patient: "congrats on ringing the bell"
            "ringing the bell", "rang the bell", "ring the bell", "ringing that bell", "rang the chemo bell");
    /** The writer declines to give advice: "I can't give medical advice", "we cannot advise". */
    static final PhraseSet DECLINES_TO_ADVISE = PhraseSet.of("can't give advice", "cannot give advice",
            "can't give medical advice", "cannot give medical advice", "can't advise", "cannot advise");
    /** Phrases that decline to confirm anything (or to advise): the safe way to answer a review. */
    static final PhraseSet NON_CONFIRMING = PhraseSet.union(DECLINES_TO_ADVISE, PhraseSet.of("can't discuss",
            "cannot discuss", "can not discuss", "can't confirm", "cannot confirm", "unable to discuss",
            "unable to confirm", "privacy laws",
            "patient privacy", "hipaa prevents", "hipaa doesn't allow", "hipaa does not allow", "due to hipaa",
            "hipaa rules", "can't comment", "cannot comment", "won't discuss", "not able to discuss",
            "can't share", "cannot share", "anyone's care", "any patient's care", "individual care", "neither confirm",
            "can't even confirm", "cannot even confirm", "confirm or deny", "can't weigh in", "cannot weigh in",
            "can't comment on",
            // care denied outright: "we did not provide care and have no information about her"
            "did not provide care", "didn't provide care", "did not treat", "didn't treat", "was not treated here",
            "wasn't treated here"));
    /** Colleague and professional cues: a handle here is a peer, not a patient. */
    static final PhraseSet PROFESSIONAL = PhraseSet.of("your talk", "the talk", "great talk", "a talk",
            "fantastic talk", "amazing talk", "lecture", "presentation", "grand rounds", "paper",
            "thread", "study", "research", "keynote", "panel", "podcast", "webinar", "poster", "abstract",
            "article", "book", "slides", "session", "mentorship", "mentoring", "teaching", "fellowship", "residency",
            "promotion", "award", "colleague", "colleagues", "co-author", "coauthor", "residents", "students",
            "conference", "tweetorial", "insights", "expertise", "hosting", "moderating");

    private Words() {}

    /** "if your ...", "when you ...": token {@code i} follows a conditional within two tokens. */
    static boolean hypotheticalBefore(AnalyzedPost post, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = post.lowerToken(k);
            if (w.equals("if") || w.equals("when") || w.equals("whenever")) {
                return true;
            }
        }
        return false;
    }

    static boolean anyIn(AnalyzedPost post, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, post.tokens().size()); i++) {
            if (words.contains(post.lowerToken(i))) {
                return true;
            }
        }
        return false;
    }

    /** Indices of the tokens in [from, to) whose lower text is in {@code words}. */
    static int firstIn(AnalyzedPost post, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, post.tokens().size()); i++) {
            if (words.contains(post.lowerToken(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isWord(Token t) {
        return t.kind() == Token.Kind.WORD;
    }

    /** Tokens of kind MENTION in [from, to). */
    static List<Integer> mentions(AnalyzedPost post, int from, int to) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, post.tokens().size()); i++) {
            if (post.tokens().get(i).kind() == Token.Kind.MENTION) {
                out.add(i);
            }
        }
        return out;
    }
}
