package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
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
 * Confirming a care relationship in public is a disclosure. Fires when a post addresses a person
 * (a reply, a mention, or the greeting of a review reply) and refers to that person's visit,
 * surgery, diagnosis, results or recovery, or says the organisation cared for them. The span is
 * the handle (type HANDLE) or the greeted name (type NAME).
 */
final class CareRelationshipRule implements Rule {

    private static final Set<String> GREETINGS = Set.of("thanks", "thank", "hi", "hello", "dear", "hey", "congrats",
            "congratulations", "welcome");
    private static final Set<String> POSSESSIVES = Set.of("your", "ur", "her", "his", "their");
    /** "for" after a greeted name in Spanish, French, Portuguese, German and Italian ("Gracias, Ana, por ..."). */
    private static final Set<String> FOREIGN_FOR = Set.of("por", "pour", "para", "pelo", "pela", "pelos", "pelas",
            "für", "per");
    private static final PhraseSet REVIEW_CUES = PhraseSet.of("review", "5 stars", "five stars", "stars",
            "feedback", "kind words", "response from the owner", "sorry to hear", "we apologize", "we apologise",
            "apologize", "apologise", "sorry your", "sorry that", "so sorry", "we're sorry", "we are sorry",
            "thank you for sharing", "thanks for sharing", "thanks for the", "thank you for the", "to the reviewer",
            "reviewer", "healthgrades", "yelp", "google review", "response:", "owner response", "5-star", "1-star",
            "one star", "1 star", "sorry you", "response from", "sorry about", "sorry for the");
    private static final Set<String> BODY = Set.of("knee", "knees", "back", "hip", "shoulder", "ankle", "wrist",
            "breathing", "heart", "arm", "leg", "foot", "hand", "eyes", "eye", "skin", "stomach", "head", "neck",
            "incision", "wound", "stitches", "scar", "blood pressure", "sugars", "numbers", "labs");
    private static final PhraseSet FIRST_PERSON_CARE = PhraseSet.of("prescribe", "prescribed", "treated",
            "treat", "saw", "operated", "fixed", "delivered", "admitted", "discharged", "diagnosed", "scoped",
            "stitched", "cared", "examined", "vaccinated", "referred", "sent you", "refill", "refilled", "dismissed",
            // hands-on care of the person: "while I start her IV", "we intubated him"
            "intubated", "extubated", "sutured", "splinted", "casted", "transfused", "resuscitated", "triaged",
            "start her iv", "start his iv", "started her iv", "started his iv", "start your iv", "started your iv",
            "drew her blood", "drew his blood", "drew your blood", "cannulated", "catheterized");
    /** Clinician roles: "I was your nurse", "I'm the ER doc who...". */
    private static final Set<String> ROLES = Set.of("nurse", "doctor", "doc", "surgeon", "dentist", "hygienist",
            "therapist", "physio", "pt", "midwife", "pharmacist", "np", "pa", "provider", "anesthesiologist",
            "ob", "obgyn", "radiologist", "medic", "paramedic", "emt", "counselor", "counsellor", "psychiatrist",
            "physician", "neurologist", "cardiologist", "oncologist", "pediatrician", "dermatologist", "hospitalist",
            "resident", "intern", "attending", "tech", "cna", "rn", "lpn", "doula", "chiropractor", "optometrist", "audiologist");
    private static final Set<String> PEERS = Set.of("co-resident", "coresident", "co-fellow", "teammate",
            "mentee", "student", "students", "classmate", "partner", "co-worker", "coworker", "colleague", "boss",
            "friend", "preceptee", "co-author", "coauthor", "residents", "team");
    private static final Set<String> PATIENT_NOUNS = Set.of("patient", "patients", "pt", "pts", "client",
            "clients", "delivery", "baby");
    /** What happened to a condition or a drug: "the kidney stone finally passed", "the flomax worked". */
    private static final Set<String> STATUS = Set.of("passed", "gone", "healed", "cleared", "better", "worked",
            "working", "helped", "helping", "resolved", "came", "kicked", "finally", "still", "back");
    private static final Set<String> ROLE_VERBS = Set.of("was", "am", "'m", "m", "be", "been");
    /** "you missed three appointments", "you had the procedure": the reader's own care, told back to them. */
    private static final Set<String> EPISODE_VERBS = Set.of("missed", "had", "cancelled", "canceled", "booked",
            "scheduled", "rescheduled", "skipped", "got", "needed", "received");
    /** Words before a body part that point at one person's: "the ankle", "that knee", "the new hip". */
    private static final Set<String> BODY_DETERMINERS = Set.of("your", "ur", "her", "his", "their", "the", "that",
            "new");
    private static final PhraseSet WELL_WISHES = PhraseSet.of("glad", "so glad", "hope", "hoping", "congrats",
            "congratulations", "proud", "thrilled", "amazing", "recovering", "recovery", "healing", "feel better",
            "get well", "welcome back", "sorry", "great to see", "fun running into", "running into", "look amazing",
            "bravest", "honor", "better", "feeling better", "is working", "improved", "healed", "healing well",
            "happy", "great to hear", "good to hear", "glad to hear", "love seeing", "love to see", "joy", "thriving",
            "doing great", "rooting for", "wishing you", "speedy", "heal", "treating you well", "took");

    @Override
    public String id() {
        return "phi.care_relationship";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Replies and mentions that confirm a person was a patient (their visit, surgery, results, recovery), "
                + "including replies to online reviews.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        Signals signals = post.signals();
        boolean declines = Words.NON_CONFIRMING.find(post, 0, tokens.size()) >= 0;
        boolean reply = post.draft().replyTo() != null || tokens.get(0).is(Kind.MENTION)
                || (post.lowerToken(0).equals("replying") && tokens.size() > 2);
        boolean reportedAny = false;
        ForeignPhi.Cues foreign = ForeignPhi.of(post);
        boolean reviewCue = reviewCue(post, REVIEW_CUES) || (foreign != null && reviewCue(post, foreign.review()));
        int[] greeted = greetedName(post);
        for (Sentence s : post.sentences()) {
            String evidence = careEvidence(post, s.firstToken(), s.endToken());
            // "we can't discuss anyone's care" declines for its own sentence, not for the rest of the post
            if (evidence == null || (declines && Words.NON_CONFIRMING.find(post, s.firstToken(), s.endToken()) >= 0)) {
                continue;
            }
            if (declines && FUTURE_VISITS.contains(evidence)) {
                continue; // "I can't weigh in on your meds ... bring your list to your next visit": anyone's visit
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("refers to care: " + evidence);
            boolean professional = Words.PROFESSIONAL.find(post, s.firstToken(), s.endToken()) >= 0
                    && !signals.hasHealthDetail(s.index()) && !evidence.equals(RELATIVE_RESIDENT);
            if (professional) {
                continue;
            }
            // mentioned handles in this sentence, or the handles the post replies to
            List<Integer> handles = Words.mentions(post, s.firstToken(), s.endToken());
            if (handles.isEmpty() && reply && !reportedAny) {
                handles = Words.mentions(post, 0, leadingMentionsEnd(post));
            }
            if (handles.isEmpty() && !reportedAny) {
                // "Thanks for tagging us @sam_k! Your new knee looks great": the one person the post tags,
                // in the sentence before or after the care
                List<Integer> all = Words.mentions(post, 0, tokens.size());
                if (all.size() == 1 && Math.abs(tokens.get(all.get(0)).sentence() - s.index()) <= 1) {
                    handles = all;
                }
            }
            for (int h : handles) {
                Token t = tokens.get(h);
                if (isAuthor(post, t.text()) || ownAccount(post, h)) {
                    continue;
                }
                reasons.add("addresses " + t.text());
                out.accept(new Detection(FindingType.HANDLE, t.start(), t.end(), 0.85,
                        // the message never quotes the matched text: machine formats must not echo it (CI logs)
                        "Confirms in public that the person with this handle was a patient (" + evidence + ").",
                        "Do not mention a patient's care in public; thank them privately or move the conversation "
                                + "to a secure channel.", reasons));
                reportedAny = true;
            }
            if (handles.isEmpty() && !reportedAny) {
                int[] name = greeted;
                boolean reviewReply = reviewCue || name != null;
                boolean aboutThem = secondPerson(post, s) || (name != null && hasWellWish(post, s.firstToken(), s.endToken()));
                if (reviewReply && aboutThem) {
                    reasons.add("reply to a review or message addressed to the person");
                    if (name != null) {
                        out.accept(new Detection(FindingType.NAME, name[0], name[1], 0.85,
                                "This reply confirms that the person it greets was a patient (" + evidence + ").",
                                "Reply without confirming any care, e.g. 'We take all feedback seriously; please "
                                        + "call our patient relations line so we can help.'", reasons));
                    } else if (reviewCue && bareVisit(post, evidence)) {
                        continue; // "sorry your visit didn't meet expectations": no care of anyone's told
                    } else if (reviewCue) {
                        out.accept(new Detection(FindingType.QUASI_ID, tokens.get(s.firstToken()).start(),
                                tokens.get(s.endToken() - 1).end(), 0.75,
                                "This reply to a review confirms that the reviewer (or their family) was a patient ("
                                        + evidence + "); the review platform shows who they are.",
                                "Reply without confirming any care, e.g. 'We take all feedback seriously; please "
                                        + "call our patient relations line so we can help.'", reasons));
                    } else if (post.draft().replyTo() != null) {
                        out.accept(new Detection(FindingType.HANDLE, tokens.get(s.firstToken()).start(),
                                tokens.get(s.endToken() - 1).end(), 0.8,
                                "This reply confirms that the person it answers was a patient (" + evidence + ").",
                                "Reply without confirming any care; move the conversation to a private channel.",
                                reasons));
                    } else {
                        continue;
                    }
                    reportedAny = true;
                }
            }
        }
    }

    /** Bare review nouns that also name a clinical assessment ("an asthma review", "avaliação médica"). */
    private static final Set<String> ASSESSMENT_NOUNS = Set.of("review", "reviews", "avaliação", "valoración",
            "evaluación", "évaluation", "bewertung", "valutazione");
    /** Words next to an assessment noun that make it a clinician's: "medication review", "valoración médica". */
    private static final Set<String> CLINICAL_QUALIFIERS = Set.of("medical", "clinical", "annual", "yearly",
            "medication", "medicines", "meds", "care", "treatment", "structured", "systematic", "literature",
            "chart", "case", "peer", "diabetes", "asthma", "copd", "foot", "eye", "health", "follow-up", "nurse",
            "médica", "médico", "clínica", "clínico", "médicale", "médical", "clinique", "ärztliche", "ärztlichen",
            "medizinische", "medica", "medico", "clinica", "clinico", "anual", "annuelle", "jährliche", "annuale");

    /**
     * True when the post carries a cue of a review reply from {@code cues}: any but an assessment
     * noun a clinical word qualifies ("book an asthma review", "precisam de avaliação médica").
     */
    private static boolean reviewCue(AnalyzedPost post, PhraseSet cues) {
        int n = post.tokens().size();
        for (int k = cues.find(post, 0, n); k >= 0 && k < n; k = cues.find(post, k + 1, n)) {
            if (cues.matchAt(post, k) != 1 || !ASSESSMENT_NOUNS.contains(post.lowerToken(k))) {
                return true;
            }
            boolean clinical = (k > 0 && CLINICAL_QUALIFIERS.contains(post.lowerToken(k - 1)))
                    || (k + 1 < n && CLINICAL_QUALIFIERS.contains(post.lowerToken(k + 1)));
            for (Signals.Cue cue : post.signals().cues(post.tokens().get(k).sentence())) {
                clinical |= cue.end() == k && (cue.kind() == Signals.Kind.CONDITION
                        || cue.kind() == Signals.Kind.DRUG || cue.kind() == Signals.Kind.TEST_PROCEDURE);
            }
            if (!clinical) {
                return true;
            }
        }
        return false;
    }

    /** Words of a reply that tell of the reviewer's care: "our billing shows", "as I explained". */
    private static final Set<String> CARE_TOLD = Set.of("billing", "records", "chart", "reviewed", "examined",
            "explained", "diagnosed", "prescribed", "treated", "surgeon", "provider", "doctor", "nurse", "dr");

    /** A visit still to come, with whichever clinician: after a refusal to discuss care, it confirms none. */
    private static final Set<String> FUTURE_VISITS = Set.of("your next visit", "at your next", "your next appointment",
            "your appointment", "your visit");

    /** Visits as a service, not as care: an unnamed reviewer's "visit" or "wait" tells nothing of their health. */
    private static final Set<String> BARE_VISITS = Set.of("your visit", "your appointment", "your appt",
            "your wait", "your check in", "your check-in", "your stay", "your visits", "your appointments");

    /**
     * True when all a reply to an unnamed reviewer says of care is that they visited ("sorry your
     * visit didn't meet expectations") and no sentence of it has a health detail, a procedure, a
     * patient's record or bill, a date, a room or bed: a service apology, not a disclosure.
     */
    private static boolean bareVisit(AnalyzedPost post, String evidence) {
        if (!BARE_VISITS.contains(evidence)) {
            return false;
        }
        int n = post.tokens().size();
        for (int k = 0; k < post.sentences().size(); k++) {
            if (post.signals().hasHealthDetail(k) || post.signals().has(k, Signals.Kind.PATIENT_STRONG)
                    || post.signals().has(k, Signals.Kind.TIMING)) {
                return false;
            }
        }
        for (int k = Words.CARE_RECORDS.find(post, 0, n); k >= 0; k = Words.CARE_RECORDS.find(post, k + 1, n)) {
            String record = Words.CARE_RECORDS.canonicalAt(post, k, Words.CARE_RECORDS.matchAt(post, k));
            if (!evidence.endsWith(" " + record)) {
                return false; // "your appointment" is the visit itself; "our records show" is not
            }
        }
        return Words.CARE_PROCEDURES.find(post, 0, n) < 0
                && Words.careSetting(post, 0, n) < 0 && !Words.anyIn(post, 0, n, CARE_TOLD);
    }

    /**
     * In a Spanish, French, Portuguese, German or Italian sentence that is no general rule, a
     * second-person or possessive word ("votre", "tu", "Ihre", "seu") followed within a few words
     * by a procedure, condition or medicine: the reader's own care, as "your knee replacement" is
     * (not in a sentence about an event or a study).
     */
    private static String foreignOwnHealth(AnalyzedPost post, int from, int to) {
        ForeignPhi.Cues cues = ForeignPhi.of(post);
        if (cues == null || from >= to) {
            return null;
        }
        int sentence = post.tokens().get(from).sentence();
        Signals signals = post.signals();
        if (Signals.generalOpener(post, sentence) || signals.has(sentence, Signals.Kind.NON_PATIENT)) {
            return null; // "Si tu hijo ...", "votre conférence sur la BPCO au congrès"
        }
        for (int i = from; i < to; i++) {
            int len = cues.you().matchAt(post, i);
            if (len == 0 || (i > from && cues.conditional().matchAt(post, i - 1) > 0)
                    || (i - 1 > from && cues.conditional().matchAt(post, i - 2) > 0)) {
                continue; // "se você tem diabetes", "wenn Sie Asthma haben": anyone's, as "if you have" is
            }
            for (Signals.Cue cue : signals.cues(post.tokens().get(i).sentence())) {
                if (cue.first() >= i + len && cue.first() <= i + len + 5 && cue.end() <= to
                        && (cue.kind() == Signals.Kind.TEST_PROCEDURE || cue.kind() == Signals.Kind.CONDITION
                                || cue.kind() == Signals.Kind.DRUG || cue.kind() == Signals.Kind.RARE_CONDITION)) {
                    return post.lowerToken(i) + " … " + cue.canonical();
                }
            }
        }
        return null;
    }

    /** Where a team or runner finished: "came in second", "came in dead last", "came in 3rd place". */
    private static final Set<String> PLACINGS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "last", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th",
            "9th", "10th", "top", "ahead", "place", "runner-up");

    /** A finishing place right after "came in" at {@code k}, an adverb or two allowed ("dead last", "a close second"). */
    private static boolean placing(AnalyzedPost post, int k, int to) {
        for (int i = k; i < Math.min(to, k + 3); i++) {
            if (PLACINGS.contains(post.lowerToken(i))) {
                // not a time: "came in last week", "came in first thing Monday"
                String next = i + 1 < to ? post.lowerToken(i + 1) : "";
                return Lexicons.TIMING.matchAt(post, i) == 0 && !next.equals("thing") && !next.equals("time")
                        && !next.equals("week") && !next.equals("night") && !next.equals("month");
            }
            if (!post.tokens().get(i).is(Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** What in [from, to) refers to someone's episode of care, or null. */
    private static String careEvidence(AnalyzedPost post, int from, int to) {
        String foreign = ForeignPhi.find(post, ForeignPhi.Cues::yourCare, from, to, -1, -1);
        if (foreign != null) {
            return foreign; // "tu consulta", "ton passage", "in der Sprechstunde"
        }
        foreign = foreignOwnHealth(post, from, to);
        if (foreign != null) {
            return foreign; // "vous accompagner pendant l'accouchement", "tu colonoscopia", "Ihre Hüft-OP"
        }
        for (int c = Words.CARE_CONFIRMATIONS.find(post, from, to); c >= 0; c = Words.CARE_CONFIRMATIONS.find(post, c + 1, to)) {
            int end = c + Words.CARE_CONFIRMATIONS.matchAt(post, c);
            // "proud to be your co-resident"; "our team came in second at the 5K": a finish, not a visit
            if (!colleagueRole(post, end, to) && !(post.lowerToken(end - 1).equals("in") && placing(post, end, to))
                    && !Signals.namesAService(post, c, end - c)) { // "our PT team cheered you on"
                return Words.CARE_CONFIRMATIONS.canonicalAt(post, c, end - c);
            }
        }
        Signals signals = post.signals();
        for (int i = from; i < to; i++) {
            // "so glad your knee is feeling better", "glad the ankle is healing": someone's body, with a well-wish
            if (BODY_DETERMINERS.contains(post.lowerToken(i)) && i + 1 < to && BODY.contains(post.lowerToken(i + 1))
                    && hasWellWish(post, from, to)) {
                return post.lowerToken(i) + " " + post.lowerToken(i + 1);
            }
            if (!POSSESSIVES.contains(post.lowerToken(i)) || Words.hypotheticalBefore(post, i)) {
                continue; // "if your appointment was at our Elm St site": anyone's
            }
            // "your oxycodone", "his ECMO run": a person's own drug, test or condition
            for (Signals.Cue cue : signals.cues(post.tokens().get(i).sentence())) {
                boolean own = cue.first() == i + 1 && (cue.kind() == Signals.Kind.DRUG
                        || cue.kind() == Signals.Kind.TEST_PROCEDURE || cue.kind() == Signals.Kind.CONDITION);
                if (own) {
                    return post.lowerToken(i) + " " + cue.canonical();
                }
            }
            // "your claim", "your insurance (Medicaid) requires a referral": the reader's own records
            int record = Words.CARE_RECORDS.find(post, i + 1, Math.min(to, i + 5));
            if (record >= 0) {
                return post.lowerToken(i) + " " + Words.CARE_RECORDS.canonicalAt(post, record,
                        Words.CARE_RECORDS.matchAt(post, record));
            }
            // "your knee replacement", "her bypass", "your baby girl was the smoothest delivery": look a few words on
            for (int k = i + 1; k < Math.min(to, i + 7); k++) {
                int len = Words.CARE_EPISODES.matchAt(post, k);
                if (len > 0) {
                    return post.lowerToken(i) + " " + Words.CARE_EPISODES.canonicalAt(post, k, len);
                }
                for (Signals.Cue cue : signals.cues(post.tokens().get(i).sentence())) {
                    if (cue.first() == k && (cue.kind() == Signals.Kind.CONDITION
                            || cue.kind() == Signals.Kind.TEST_PROCEDURE || cue.kind() == Signals.Kind.RARE_CONDITION)
                            && hasWellWish(post, from, to)) {
                        return post.lowerToken(i) + " " + cue.canonical();
                    }
                }
            }
        }
        String stay = stayWithUs(post, from, to);
        if (stay != null) {
            return stay;
        }
        // "we didn't prescribe antibiotics for you", "I treated you": the organisation's own care
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            String role = clinicianRole(post, i, to);
            if (role != null) {
                return role;
            }
            // "you were my favorite patient", "our first patient this year"
            boolean mine = w.equals("my") || w.equals("our");
            if (mine && PATIENT_NOUNS.contains(post.lowerToken(Math.min(to - 1, i + 1)))
                    && !Signals.namesAService(post, i, 2) // "our PT team cheered you on", "our patient portal"
                    || mine && i + 2 < to && PATIENT_NOUNS.contains(post.lowerToken(i + 2))
                            && !Signals.namesAService(post, i, 3)) {
                return w + " patient";
            }
            // "your dad was one of our residents", "your grandmother, one of our longest residents": a home's
            // resident, not a resident physician, when the reader's relative is the one
            if (w.equals("our") && (post.lowerToken(Math.min(to - 1, i + 1)).startsWith("resident")
                    || (i + 2 < to && post.lowerToken(i + 2).startsWith("resident"))) && readersRelative(post, from, i)) {
                return RELATIVE_RESIDENT;
            }
            // "so the kidney stone finally passed??" in a reply: that person's own condition
            if ((w.equals("the") || w.equals("that")) && i + 1 < to) {
                for (Signals.Cue cue : signals.cues(post.tokens().get(i).sentence())) {
                    if (cue.first() == i + 1 && (cue.kind() == Signals.Kind.CONDITION
                            || cue.kind() == Signals.Kind.DRUG) && hasStatus(post, cue.end(), to)) {
                        return w + " " + cue.canonical();
                    }
                }
            }
            String wasPatient = youWereAPatient(post, i, to);
            if (wasPatient != null) {
                return wasPatient;
            }
            // "your dermatologist here 👋": the writer signs as the reader's clinician
            if (w.equals("your") && i + 2 < to && ROLES.contains(post.lowerToken(i + 1))
                    && post.lowerToken(i + 2).equals("here")) {
                return "your " + post.lowerToken(i + 1) + " here";
            }
            if ((w.equals("you") || w.equals("u")) && EPISODE_VERBS.contains(post.lowerToken(i + 1))) {
                for (int k = i + 2; k < Math.min(to, i + 5); k++) {
                    int len = Words.CARE_EPISODES.matchAt(post, k);
                    if (len > 0) {
                        return "you " + post.lowerToken(i + 1) + " … " + Words.CARE_EPISODES.canonicalAt(post, k, len);
                    }
                }
            }
            if ((w.equals("we") || w.equals("i")) && FIRST_PERSON_CARE.find(post, i + 1, Math.min(to, i + 4)) >= 0) {
                int k = FIRST_PERSON_CARE.find(post, i + 1, Math.min(to, i + 4));
                return w + " " + FIRST_PERSON_CARE.canonicalAt(post, k, FIRST_PERSON_CARE.matchAt(post, k));
            }
        }
        // "hope that kidney stone finally passed!", "thrilled the scans are clear" addressed to someone
        if (hasWellWish(post, from, to)) {
            int k = Words.CARE_EPISODES.find(post, from, to);
            if (k >= 0) {
                return Words.CARE_EPISODES.canonicalAt(post, k, Words.CARE_EPISODES.matchAt(post, k));
            }
            for (Signals.Cue cue : signals.cues(post.tokens().get(from).sentence())) {
                if (cue.kind() == Signals.Kind.TEST_PROCEDURE || cue.kind() == Signals.Kind.CONDITION) {
                    return cue.canonical();
                }
            }
        }
        return null;
    }

    private static final Set<String> YOU_WERE = Set.of("you were", "you're", "youre", "u were", "you've been");
    private static final Set<String> IN_ON_AT = Set.of("in", "on", "at");
    private static final Set<String> OUR_THE = Set.of("our", "the");
    /** Words of work beside a relative on the unit: "your dad worked our floor for 30 years" is a colleague. */
    private static final Set<String> WORKED = Set.of("worked", "works", "working", "staffed", "retired", "retiring",
            "volunteered", "volunteers", "volunteering");

    /**
     * The reader, or the reader's relative, placed on one of the organisation's units: "you were in
     * our PICU last month", "your dad was such a sweetheart on our floor". Not a relative who worked
     * there ("your mom worked our floor for 30 years"), nor a visit ("you were on the news").
     */
    private static String stayWithUs(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (!IN_ON_AT.contains(post.lowerToken(i)) || !OUR_THE.contains(post.lowerToken(i + 1))) {
                continue;
            }
            int setting = Words.careSetting(post, i + 1, Math.min(to, i + 4)); // "our PICU", "our floor"
            int settingEnd = setting < 0 ? -1 : setting + Words.CARE_SETTINGS.matchAt(post, setting);
            if (setting < 0 || Words.STAFF.contains(post.lowerToken(Math.min(to - 1, settingEnd)))
                    || Words.anyIn(post, from, to, WORKED) || Words.anyIn(post, from, to, Words.STAFF)) {
                continue;
            }
            String place = (setting == i + 1 ? "" : post.lowerToken(i + 1) + " ")
                    + Words.CARE_SETTINGS.canonicalAt(post, setting, settingEnd - setting);
            String you = i >= 2 ? post.lowerToken(i - 2) + " " + post.lowerToken(i - 1) : "";
            String you1 = i >= 1 ? post.lowerToken(i - 1) : "";
            if (YOU_WERE.contains(you) || YOU_WERE.contains(you1)) {
                return "you were " + post.lowerToken(i) + " " + place;
            }
            if (readersRelative(post, from, i) && post.lowerToken(i + 1).equals("our")) {
                return "your relative " + post.lowerToken(i) + " " + place;
            }
        }
        return null;
    }

    private static final Set<String> YOU_WERE_ONE = Set.of("were", "are", "'re", "re");
    private static final Set<String> ONE_OF = Set.of("the", "my", "our", "a", "one");
    private static final Set<String> ONE_PATIENT = Set.of("patient", "pt", "client");
    /** Words after "patient" that keep it a noun: "a patient of mine", "my first patient ever". */
    private static final Set<String> AFTER_PATIENT = Set.of("of", "ever", "in", "on", "at", "this", "that", "who",
            "and", "i", "we", "to");

    /**
     * "you were the loudest colonoscopy patient of my career", "you're my first patient ever": the
     * reader called the writer's patient. Not the adjective ("you were so patient", "a patient teacher").
     */
    private static String youWereAPatient(AnalyzedPost post, int i, int to) {
        String w = post.lowerToken(i);
        int k = i + 1;
        if (w.equals("you're") || w.equals("youre")) {
            k = i + 1;
        } else if ((w.equals("you") || w.equals("u")) && k < to && YOU_WERE_ONE.contains(post.lowerToken(k))) {
            k++;
        } else {
            return null;
        }
        if (k >= to || !ONE_OF.contains(post.lowerToken(k))) {
            return null;
        }
        for (int p = k + 1; p < Math.min(to, k + 5); p++) {
            if (!post.tokens().get(p).is(Kind.WORD)) {
                return null;
            }
            if (ONE_PATIENT.contains(post.lowerToken(p))) {
                boolean noun = p + 1 >= to || !post.tokens().get(p + 1).is(Kind.WORD)
                        || AFTER_PATIENT.contains(post.lowerToken(p + 1));
                return noun ? "you were … patient" : null;
            }
        }
        return null;
    }

    /** Evidence that the reader's relative lived in the organisation's home ("residents" is no peer here). */
    private static final String RELATIVE_RESIDENT = "your relative, our resident";

    /** "your mother", "your dad's": the reader's relative in [from, to). */
    private static boolean readersRelative(AnalyzedPost post, int from, int to) {
        for (int k = Math.max(0, from); k + 1 < to; k++) {
            if (Words.SECOND_PERSON.contains(post.lowerToken(k)) && Lexicons.FAMILY_ROLES.matchAt(post, k + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStatus(AnalyzedPost post, int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (STATUS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** "I was your nurse", "I'm the ER doc who...", "I am her surgeon": the writer cared for the person. */
    private static String clinicianRole(AnalyzedPost post, int i, int to) {
        String w = post.lowerToken(i);
        int k = i + 1;
        if (w.equals("i'm") || w.equals("im") || w.equals("being")) {
            k = i + 1; // "it was an honor being your L&D nurse"
        } else if (w.equals("i") && k < to && ROLE_VERBS.contains(post.lowerToken(k))) {
            k++;
        } else {
            return null;
        }
        if (k >= to) {
            return null;
        }
        String det = post.lowerToken(k);
        if (!(det.equals("your") || det.equals("his") || det.equals("her") || det.equals("the") || det.equals("their"))) {
            return null;
        }
        for (int r = k + 1; r < Math.min(to, k + 6); r++) { // "your L&D nurse" is five tokens
            if (ROLES.contains(post.lowerToken(r))) {
                // "the nurse who", "your nurse": the writer's role towards this person
                boolean who = det.equals("the") ? r + 1 < to && post.lowerToken(r + 1).equals("who") : true;
                return who ? "I was " + det + " " + post.lowerToken(r) : null;
            }
        }
        return null;
    }

    /**
     * Roles in which the writer cares for the person they address ({@link #ROLES} without the
     * trainee and teaching ones, resident, intern and attending, and without "tech", which names
     * staff as often): "an honour to be your midwife", "to be his nurse".
     */
    private static final Set<String> CARE_ROLES = ROLES.stream()
            .filter(r -> !r.equals("resident") && !r.equals("intern") && !r.equals("attending") && !r.equals("tech"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A peer's role right after the confirmation: "your co-resident", "her teammate", "your mentee",
     * "your nurse manager". A care role there is the writer's towards the person, even where the
     * word also names staff elsewhere: "proud to be your nurse", "to be your hospice nurse".
     */
    private static boolean colleagueRole(AnalyzedPost post, int i, int to) {
        for (int k = i; k < Math.min(to, i + 2); k++) {
            String w = post.lowerToken(k);
            if (CARE_ROLES.contains(w)) {
                String next = k + 1 < to ? post.lowerToken(k + 1) : "";
                return PEERS.contains(next) || (Words.STAFF.contains(next) && !CARE_ROLES.contains(next));
            }
            if (Words.STAFF.contains(w) || PEERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWellWish(AnalyzedPost post, int from, int to) {
        return WELL_WISHES.find(post, from, to) >= 0;
    }

    private static boolean secondPerson(AnalyzedPost post, Sentence s) {
        return Words.anyIn(post, s.firstToken(), s.endToken(), Words.SECOND_PERSON)
                || ForeignPhi.find(post, ForeignPhi.Cues::you, s.firstToken(), s.endToken(), -1, -1) != null;
    }

    private static int leadingMentionsEnd(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        int i = 0;
        if (post.lowerToken(0).equals("replying")) {
            i = Math.min(2, tokens.size());
        }
        while (i < tokens.size() && tokens.get(i).is(Kind.MENTION)) {
            i++;
        }
        return i;
    }

    static boolean isAuthor(AnalyzedPost post, String handle) {
        for (String h : post.draft().authorHandles()) {
            if (AllowMatcher.handle(h).equals(AllowMatcher.handle(handle))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for an account: "our page @x", "our new instagram: @x". */
    private static final Set<String> OWN_ACCOUNT_NOUNS = Set.of("page", "account", "handle", "feed", "profile",
            "channel", "instagram", "ig", "tiktok", "facebook", "twitter");
    /** What may stand between "us" or an account noun and the handle: "follow us at @x", "our page: @x". */
    private static final Set<String> HANDLE_LINKS = Set.of("at", "on", "over", ",", ":", "-", "—");
    /** The links that place "us" at the handle: "find us on @x" (not "thanks for tagging us, @x"). */
    private static final Set<String> ACCOUNT_PLACES = Set.of("at", "on", "over");
    /** Verbs that point the reader at "us": "follow us @x". */
    private static final Set<String> OWN_ACCOUNT_VERBS = Set.of("follow", "find", "visit", "join", "message", "dm");

    /**
     * The handle at {@code h} is the writer's own account: "follow us at @x", "find us on @x", "follow us
     * @x", "our page @x", "our new account, @x": no reader whose care the post could confirm.
     */
    static boolean ownAccount(AnalyzedPost post, int h) {
        int sentenceStart = post.sentences().get(post.tokens().get(h).sentence()).firstToken();
        boolean placed = false; // a link that places "us" at the handle was passed
        int k = h - 1;
        // one backward scan over up to three links and account nouns
        for (; k > sentenceStart && k >= h - 3; k--) {
            String w = post.lowerToken(k);
            if (HANDLE_LINKS.contains(w)) {
                placed |= ACCOUNT_PLACES.contains(w);
            } else if (post.tokens().get(k).is(Kind.WORD) && OWN_ACCOUNT_NOUNS.contains(w)
                    && !post.lowerToken(k - 1).equals("your")) {
                if (post.lowerToken(k - 1).equals("our") || k > 1 && post.lowerToken(k - 2).equals("our")) {
                    return true; // "our page @x", "our new account @x"
                }
            } else {
                break;
            }
        }
        // "follow us at @x", "find us on @x", "follow us: @x"; not "thanks for tagging us, @x" (the reader's handle)
        return k >= sentenceStart && post.lowerToken(k).equals("us")
                && (placed || k > 0 && OWN_ACCOUNT_VERBS.contains(post.lowerToken(k - 1)));
    }

    /** "Thanks Mark," / "Hi Jennifer L.," / "Robert, we apologize" / "Dear Mr. Hernandez,": the name's span. */
    static int[] greetedName(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        // skip a platform prefix such as "Response from the owner:", unless the post opens with the name
        // itself ("Gary, we looked into it: ...")
        for (int k = 0; k < Math.min(tokens.size(), 8); k++) {
            if (tokens.get(k).text().equals(":")) {
                int[] atStart = k > 1 ? greetedNameAt(post, 0) : null;
                return atStart != null ? atStart : greetedNameAt(post, k + 1);
            }
        }
        return greetedNameAt(post, 0);
    }

    private static int[] greetedNameAt(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        boolean greeted = false;
        int foreignGreeting = ForeignPhi.greeting(post, i);
        if (foreignGreeting > 0) {
            greeted = true; // "Hola", "Merci", "Liebe": a greeting of the post's language
            i += foreignGreeting;
            if (i < tokens.size() && post.lowerToken(i).equals(",")) {
                i++;
            }
        } else if (i < tokens.size() && GREETINGS.contains(post.lowerToken(i))) {
            greeted = true;
            i++;
            if (i < tokens.size() && (post.lowerToken(i).equals("you") || post.lowerToken(i).equals("for"))) {
                if (post.lowerToken(i).equals("for")) {
                    return trailingName(post);
                }
                i++;
                if (i < tokens.size() && post.lowerToken(i).equals("for")) {
                    return trailingName(post); // "Thank you for the 5 stars, Priya!"
                }
            }
            if (i < tokens.size() && post.lowerToken(i).equals(",")) {
                i++; // "Thank you, Devon!"
            }
        }
        int title = ForeignPhi.title(post, i);
        if (i < tokens.size() && (Words.COURTESY_TITLES.contains(post.lowerToken(i)) || title > 0)) {
            greeted = true;
            i += Math.max(1, title); // "Mme", "Frau", "Sra."
            if (i < tokens.size() && tokens.get(i).text().equals(".")) {
                i++;
            }
        }
        int start = i;
        if (!greeted && (start >= tokens.size()
                || (Lexicons.GIVEN_NAMES.matchAt(post, start) == 0 && !detectedPerson(post, start)))) {
            return null; // "Headache, dizziness...", "Stroke signs: Balance, ...": a list, not a greeting
        }
        while (i < tokens.size() && i < start + 3 && isNamePart(post, i)) {
            i++;
            if (i < tokens.size() && tokens.get(i).text().equals(".") && tokens.get(i - 1).length() == 1) {
                i++;
            }
        }
        if (i == start || i >= tokens.size()) {
            return null;
        }
        String next = post.lowerToken(i);
        if (!next.equals(",") && !next.equals("!") && !next.equals("-") && !next.equals("—") && !next.equals("–")
                && !(start == 0 && GREETINGS.contains(next)) && !(greeted && start > 0 && FOREIGN_FOR.contains(next)
                        && ForeignPhi.of(post) != null) // "Merci Mme Tremblay pour ...", "Danke Frau K. für ..."
                && !(greeted && start > 0 && next.equals("for"))) { // "Thank you Mrs. Delgado for the tamales"
            return null;
        }
        return new int[] {tokens.get(start).start(), tokens.get(i - 1).end()};
    }

    /** True when an entity detector found a person starting at token {@code k} ("Marguerite, ..."). */
    private static boolean detectedPerson(AnalyzedPost post, int k) {
        for (org.primum.policy.spi.Entity e : post.entities()) {
            if (e.label() == org.primum.policy.spi.Entity.Label.PERSON && post.tokenAt(e.start()) == k) {
                return true;
            }
        }
        return false;
    }

    /** "Thanks for the review, Patricia." */
    private static int[] trailingName(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        Sentence first = post.sentences().get(0);
        for (int k = first.firstToken(); k + 1 < first.endToken(); k++) {
            if (tokens.get(k).text().equals(",") && isNamePart(post, k + 1)) {
                int e = k + 1;
                while (e < first.endToken() && isNamePart(post, e)) {
                    e++;
                }
                if (e == first.endToken() || ".!".contains(tokens.get(e).text())) {
                    return new int[] {tokens.get(k + 1).start(), tokens.get(e - 1).end()};
                }
            }
        }
        return null;
    }

    private static boolean isNamePart(AnalyzedPost post, int i) {
        Token t = post.tokens().get(i);
        if (!t.is(Kind.WORD) || !t.isCapitalized()) {
            return false;
        }
        String w = post.lowerToken(i);
        if (t.length() > 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
            return false; // "HUGE congrats": shouting, not a name
        }
        return !Lexicons.CAPITALIZED_NON_NAMES.contains(w) && !Words.FIRST_PERSON.contains(w)
                && !Words.SECOND_PERSON.contains(w) && !Lexicons.DRUGS.contains(w) && !w.equals("dr")
                && !Set.of("everyone", "all", "team", "folks", "friends", "there", "so", "for").contains(w);
    }
}
