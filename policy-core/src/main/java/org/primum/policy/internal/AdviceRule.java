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
 * Direct, personalised medical advice: a directive aimed at a drug, dose, test, treatment or
 * symptom and addressed to a specific person (a reply, their described situation, "you should",
 * "I'd stop"), dosing instructions to the reader, or a diagnosis of someone's described symptoms.
 * Education for everyone (population words, studies, guidelines, "talk to your doctor") does not fire.
 */
final class AdviceRule implements Rule {

    /** "your pic", "your labs", "your son": the reader's own situation. */
    private static final Set<String> SITUATION = Set.of("pic", "photo", "picture", "photos", "description",
            "symptoms", "labs", "lab", "numbers", "results", "levels", "history", "thread", "post", "question", "dm",
            "message", "son", "daughter", "mom", "dad", "mother", "father", "toddler", "husband", "wife", "sister",
            "brother", "legs", "leg", "knee", "back", "dose", "a1c", "tsh", "kidney", "kidneys", "bp", "sugars",
            "rash", "mole", "migraines", "cough", "fever", "pain", "watch", "readings", "meds", "prescription",
            "sister's", "mom's", "dad's", "kid", "baby's", "husband's", "wife's", "heart", "ekg", "scan");
    /** The post answers one person's own situation: a reply, a quoted question, "you described". */
    private static final PhraseSet ADDRESSED = PhraseSet.of("replying to", "in my comments", "in the comments",
            "in my dms", "in my dm", "my dms", "my inbox", "your dm", "your question", "your message", "you posted",
            "you described", "you just described", "you're describing", "you are describing", "you said",
            "you mentioned", "you asked", "since you asked", "you told me", "i read your",
            "based on your", "based on what you", "given your", "in your case", "if i were you", "hey friend",
            "to the person", "to the follower", "to the mom", "to the dad", "to the parent", "to whoever",
            "yes you can", "no you can't", "yes, you can", "no, you can't", "you'll be fine", "anon asked",
            "asked me", "quoting a dm", "from the thread", "caregiver q", "dm'd", "dmd", "you sent",
            "your pic", "your photo", "your labs", "your results", "your numbers", "with that", "with those",
            "your thread", "reading your", "in my replies", "in the replies", "to the guy", "to the woman",
            "to the lady", "since you're", "since you are", "as you're", "for your mom", "for your dad",
            "re your", "you're describing", "you know who you are", "if you're reading this",
            "if you are reading this", "message for", "note to", "this is for", "for the person", "for the mom",
            "for the dad", "for whoever", "who asked", "who dm'd", "who messaged", "who wrote", "you wrote",
            "you shared", "you're asking", "you are asking", "to answer your", "sounds like your",
            "sounds like you", "saw your", "your comment", "your comments", "your post", "your reply",
            "you've been on", "you have been on", "you've only been on", "you're on", "you are on", "you started",
            "you're taking", "you are taking", "you've been taking", "you have been taking",
            "since you started", "after you started", "you just started", "if i were your", "if i was your", "you left", "you took",
            "you missed", "you forgot", "you skipped", "you doubled", "you ate", "you drank", "you mixed", "you stepped",
            "you fell", "you've been throwing", "you've been having", "you have been having",
            // the reader's account, told back in the present: "the swelling you describe", "what you mention"
            "you describe", "you mention", "you say", "you noticed", "you felt", "you found",
            "if you're seeing this", "if you are seeing this", "if you see this", "until i see you", "till i see you",
            "til i see you", "before i see you", "when i see you", "you've noticed", "you have noticed",
            "you're noticing", "you are noticing", "from the comments", "from my comments", "from the replies",
            "from my dms", "based on the pic", "based on the photo", "based on the picture", "based on the pics",
            "based on the photos", "judging by the pic", "judging by the photo", "judging from the pic",
            "judging from the photo", "going by the pic", "going by the photo");
    /** "your pred taper", "your insulin dose": the reader's own regimen of a named drug. */
    private static final Set<String> REGIMEN = Set.of("taper", "dose", "dosage", "schedule", "regimen", "refill",
            "script", "prescription", "titration");
    /**
     * Owners that are no person of the reader's: "your clinic's page", "your team's schedule" (care
     * providers and places, "your pediatrician's line", come from {@link #CARE_DESTINATIONS}).
     */
    private static final Set<String> OWNERS_NOT_PEOPLE = Set.of("practice", "office", "page", "team", "unit",
            "department", "company", "pharmacy", "school", "church", "account", "profile", "group", "org",
            "organization", "organisation", "system", "employer", "state", "county", "city", "country", "plan",
            "insurer", "insurance", "provider", "nurse", "pharmacist", "surgeon", "therapist", "oncologist",
            "specialist");
    private static final Set<String> UNTIL = Set.of("til", "till", "until", "'til", "til'", "before");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "a", "another",
            "the", "at");
    /** "rest easy", "rest in peace": a farewell, not bed rest. */
    private static final Set<String> FAREWELLS = Set.of("easy", "in", "peacefully", "now");
    /** What follows "wait" when it is surprise: "wait this isn't", "wait what". */
    private static final Set<String> WAIT_SURPRISE = Set.of("this", "that", "what", "is", "isn't", "was", "wasn't",
            "no", "i", "it's", "lol", "really", "seriously", "why", "who", "how", "whose", "are", "did");
    /** Objects of "give" that are affection, not a dose: "give baby Noah a squeeze from us". */
    private static final Set<String> SOCIAL_OBJECTS = Set.of("hug", "hugs", "squeeze", "kiss", "kisses", "high",
            "shout", "shoutout", "shout-out", "love", "thanks", "call", "ring", "smile", "cuddle", "cuddles", "snuggle",
            "snuggles", "pat", "wave");
    /** Words that make a directive about now: "take it now", "go tonight". */
    private static final Set<String> IMMEDIACY = Set.of("now", "tonight", "today", "tomorrow", "asap",
            "immediately", "this morning", "right away");
    /** Sending a person somewhere about their situation: personal when addressed to them. */
    private static final PhraseSet ESCALATION = PhraseSet.of("go to the er", "go to the ed", "go to urgent care",
            "head to the er", "head to the ed", "get to the er", "go back to", "call 911", "get seen",
            "get checked", "get it checked", "get that checked", "get that looked at", "get it looked at",
            "take her in", "take him in", "take her to the er", "take him to the er", "go to the emergency room",
            "go in", "get to urgent care", "go to urgent care tonight", "i'd go", "i would go",
            "no need to", "you don't need", "you do not need", "don't go to", "do not go to", "should not go",
            "shouldn't go", "stop restricting", "keep him home", "keep her home", "go to l&d",
            "go to labor and delivery", "not an er thing", "not an ed thing", "not a 911 thing", "not an er trip",
            "not an urgent care thing", "go to the hospital", "come back if", "come back in if", "come straight back", "have him call",
            "have her call", "have him see", "have her see", "book derm", "see derm", "get a ct", "get an mri");
    /** Things a directive can be about besides drugs and tests: "stop the keto diet", "skip the supplement". */
    private static final PhraseSet TREATMENT_NOUNS = PhraseSet.of("diet", "supplement", "supplements", "pill",
            "pills", "meds", "medication", "medications", "dose", "doses", "taper", "inhaler", "spray", "cream",
            "ointment", "drops", "shot", "injection", "vitamin", "vitamins", "antibiotics", "antibiotic", "patch",
            "tablet", "tablets", "capsule", "sleep study", "ct", "mri", "x-ray", "xray");
    /** Population, research and public-health framing: advice to everyone is education. */
    private static final PhraseSet GENERIC = PhraseSet.of("patients with", "patients on", "people with",
            "people on", "anyone with", "anyone who", "anyone in", "everyone", "adults", "most people", "most adults",
            "for most", "folks with", "myth", "fact", "reminder", "study", "studies", "trial", "rct", "guideline",
            "guidelines", "recommended", "recommends", "never", "if you or", "parents", "pro tip", "psa",
            "in general", "generally", "most meds", "your doctor", "your pharmacist", "your prescriber",
            "your clinician", "your care team", "your provider", "your pediatrician");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", ";", "and", "then", "just", "so", "ok",
            "okay", "honestly", "yes", "no", "pls", "please", "definitely", "also", "-", "but", "or", "maybe",
            "really", "seriously", "def", "prob", "probably", "i'd", "id", "&", "now", "first", "dont", "don't", ".", "!",
            "?", "says", "said", "—", "–", "+", "=", "→");
    /** "you can restart", "u shud take", "you need to stop": a second-person modal before a treatment verb. */
    private static final Set<String> BODY = Set.of("ear", "ears", "eye", "eyes", "knee", "knees", "ankle", "ankles",
            "wrist", "toe", "toes", "finger", "fingers", "thumb", "hand", "hands", "arm", "arms", "forearm", "leg",
            "thigh", "calf", "shin", "hamstring", "achilles", "tendon", "ligament", "joint", "joints", "muscle",
            "muscles", "tooth", "teeth", "molar", "gum", "gums", "jaw", "lip", "lips", "tongue", "nose", "sinus",
            "sinuses", "scalp", "face", "forehead", "head", "lump", "bump", "mole", "spot", "cut", "wound", "bite",
            "sting", "burn", "swelling", "throat", "chest", "breast", "nipple", "stomach", "belly", "navel", "stump",
            "bladder", "bowels", "groin", "pelvis", "rib", "ribs", "collarbone", "hip", "hips", "shoulder", "elbow",
            "foot", "feet", "heel", "arch", "neck", "spine", "disc", "disk", "skin", "nail", "scar", "stitches",
            "incision", "cast", "splint", "brace", "blister", "rash");
    /** Calling out one reader: "hey girl", "now mama", "ok friend,". */
    private static final Set<String> VOCATIVES = Set.of("mama", "momma", "mamma", "hon", "honey", "hun", "girl",
            "girlie", "sis", "friend", "buddy", "bud", "dude", "bro", "sir", "ma'am", "maam", "mate", "dear", "babe",
            "fam", "boo", "man", "lady", "folks", "bruh", "brah", "homie", "sweetie", "sweetheart", "kiddo", "chief");
    /** Vocatives that address the reader wherever they stand: "...nothing to panic about hun, ...". */
    private static final Set<String> STRONG_VOCATIVES = Set.of("mama", "momma", "mamma", "hon", "hun", "honey",
            "buddy", "bud", "dude", "bro", "sis", "babe", "ma'am", "maam", "mate", "bruh", "brah", "sweetie", "kiddo");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "her", "his", "your", "our",
            "their", "this", "that");
    private static final Set<String> VOCATIVE_OPENERS = Set.of("hey", "hi", "hello", "oh", "ok", "okay", "yes", "no",
            "nah", "yeah", "yep", "now", "so", "listen", "look", ",", "!", "my");
    /** Letting one person do or skip something: "you're fine to fly", "no need to come back in". */
    private static final PhraseSet PERMISSION = PhraseSet.of("you're fine to", "you are fine to", "youre fine to",
            "you're ok to", "you're okay to", "you are ok to", "you are okay to", "you're good to", "you are good to",
            "you're safe to", "you are safe to", "you're cleared to", "you are cleared to", "you're cleared for",
            "you are cleared for", "you're all clear to", "you can wait", "you can skip", "you can go back",
            "you can resume", "you can keep", "you can stop", "you can start", "you can go ahead", "you can come off",
            "you can drop", "you can hold", "u can", "ur fine to", "u r fine to", "you'll be fine to",
            "you don't need to", "you dont need to", "you do not need to", "you don't need the", "you dont need the",
            "you don't have to", "you dont have to", "you do not have to", "no need to", "no need for",
            "don't need to", "it's safe for you to", "it is safe for you to", "fine for you to", "ok for you to",
            "okay for you to", "safe for you to", "you shouldn't need", "you should be fine to",
            "you should be ok to", "you should be okay to",
            "u should be fine to", "u should be ok to", "you're not cleared", "you are not cleared", "not cleared for",
            "not cleared to", "u r ok to", "u don't need to", "u dont need to", "totally fine to", "perfectly fine to",
            "you can hold off", "it can wait", "that can wait", "you can't drive", "you cannot drive", "you can't fly",
            "you cannot fly", "you can't lift", "you cannot lift", "you can't swim", "you cannot swim",
            "you can't return", "you cannot return", "you can't go back", "you cannot go back",
            // two medicines cleared together for the asker: "the amox and the pill are fine together"
            "fine together", "safe together", "ok together", "okay together", "fine to combine", "safe to combine",
            "fine to mix", "safe to mix");
    /** Verbs that open an instruction: with a health topic and one reader, an imperative is advice. */
    private static final Set<String> IMPERATIVE_VERBS = Set.of("stay", "keep", "watch", "wear", "drink", "eat",
            "avoid", "ice", "elevate", "rest", "head", "grab", "put", "apply", "wait", "book",
            "bring", "walk", "sleep", "limit", "do", "go", "stick", "push", "leave", "monitor", "track",
            "measure", "recheck", "retest", "lay", "lie", "sit", "finish", "rinse", "soak", "clean", "wash", "cover",
            "change", "hydrate", "gargle", "stretch", "massage", "compress", "bandage", "wrap", "pump", "feed",
            "burp", "swaddle", "cool", "warm", "heat", "rub", "flush", "don't", "dont", "stop", "start", "take", "try", "skip",
            "switch", "drop", "cut", "hold", "give", "use", "add", "double", "halve", "increase", "decrease",
            "reduce", "lower", "raise", "continue", "restart", "resume", "quit", "taper", "wean", "bump", "roll", "tape",
            "splint", "brace", "sip", "chew", "breathe", "remember");
    /** Where a person is sent: "head to L&D", "go to the pediatrician", "get him to urgent care". */
    private static final PhraseSet CARE_DESTINATIONS = PhraseSet.of("er", "ed", "e.r.", "emergency",
            "emergency room", "emergency department", "urgent care", "l&d", "labor and delivery", "pediatrician",
            "pedi", "doctor", "dr", "doc", "dentist", "hospital", "clinic", "gp", "pcp", "derm", "dermatologist",
            "ob", "obgyn", "ob-gyn", "midwife", "triage", "walk-in", "walk in", "eye doctor", "optometrist",
            "ophthalmologist", "cardiologist", "neurologist", "ent", "a&e", "911", "poison control", "urgencias");
    private static final Set<String> SEND_VERBS = Set.of("go", "head", "get", "come", "take", "bring", "run",
            "rush", "call", "see", "visit", "drive");
    /** "keep me posted", "let us know": staying in touch, not an instruction. */
    private static final Set<String> KEEP_IN_TOUCH = Set.of("me", "us", "in", "posted", "updated");

    /** "keep me posted", "stay in touch", "check in with us"; not "recheck in 2 weeks". */
    private static boolean keepInTouch(AnalyzedPost post, int i, int to) {
        String w = post.lowerToken(i);
        if (!w.equals("in")) {
            return KEEP_IN_TOUCH.contains(w);
        }
        return !(i + 1 < to && (post.tokens().get(i + 1).is(Kind.NUMBER) || NUMBER_WORDS.contains(post.lowerToken(i + 1))
                || post.lowerToken(i + 1).equals("a")));
    }
    /** Preventive care offered to everyone: "get your flu shot" in a broadcast is public health. */
    private static final PhraseSet PREVENTIVE = PhraseSet.of("flu shot", "flu shots", "flu vaccine", "vaccine",
            "vaccines", "vaccination", "vaccinations", "booster", "shot", "boosters", "covid shot", "shots", "jab", "jabs",
            "tdap", "screening", "screenings", "mammogram", "mammograms", "colonoscopy", "pap", "pap smear", "checkup",
            "check-up", "physical", "annual exam", "wellness visit");
    /** "sounds infected", "looks broken": a verdict on what the reader described. */
    private static final Set<String> VERDICT_VERBS = Set.of("sounds", "looks", "seems", "is", "'s");
    private static final Set<String> VERDICTS = Set.of("infected", "broken", "fractured", "sprained", "viral",
            "bacterial", "dislocated", "torn", "abscessed", "inflamed", "allergic", "benign", "cancerous", "septic",
            "dehydrated", "concussed");
    private static final Set<String> CAUSATIVE = Set.of("let", "have", "make", "get", "help");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    private static final Set<String> THIRD_PERSON_OBJECTS = Set.of("her", "him", "she", "he");
    /** Emergency and crisis numbers: "call your provider or 911" is not the reader's own number. */
    private static final Set<String> HOTLINES = Set.of("911", "999", "112", "988", "000", "111");
    private static final Set<String> DURATIONS = Set.of("min", "mins", "minute", "minutes", "sec", "secs", "seconds",
            "hour", "hours", "hrs", "hr", "h", "day", "days", "week", "weeks", "month", "months", "times", "x", "-",
            "–", "to");
    private static final Set<String> ARROWS = Set.of("=", "->", "→", "=>", "means");
    private static final Set<String> HEDGES = Set.of("a", "an", "definitely", "def", "probably", "totally",
            "classic", "textbook", "just", "almost", "certainly", "likely", "100", "%", "100%", "prob", "clearly");
    private static final Set<String> POINTERS = Set.of("that", "this", "it", "thats", "coating", "rash", "bump",
            "spot", "pain", "cough");
    private static final Set<String> MODIFIERS = Set.of("home", "recent", "latest", "last", "new", "morning",
            "fasting", "current", "own", "little", "baby's", "kid's");
    private static final Set<String> DOSING_VERBS = Set.of("take", "give", "use", "try", "start");
    private static final Set<String> DOSING_INTERVALS = Set.of("hours", "hrs", "hr", "h", "days");
    /** Diagnoses so phrased that they answer someone even without "you": "sounds like shingles". */
    private static final Set<String> CONFIDENT_DIAGNOSIS = Set.of("sounds like", "that is definitely",
            "textbook case of", "classic case of", "that is probably", "i bet it's", "i'd guess it's");
    /** Framing that makes "your readings" everyone's: "BP tip:", "PSA:", "myth:". */
    private static final PhraseSet GENERIC_STRONG = PhraseSet.of("tip", "tips", "tip:", "psa", "myth", "myths",
            "myth-busting", "mythbusting", "myth busting", "myth-buster", "mythbuster",
            "fact", "facts", "reminder", "friendly reminder", "how to", "how-to", "101", "everyone", "anyone with",
            "anyone who", "anyone on", "anyone taking", "anyone over", "anyone under", "anyone else",
            "people with", "patients with", "folks with", "y'all", "yall", "folks", "guideline", "guidelines",
            "study", "studies", "warning signs", "signs of", "symptoms of", "know the signs", "awareness", "heads up",
            "save this", "share this", "pin this", "new parents", "parents of", "caregivers", "trial", "trials",
            "randomised", "randomized", "results are out", "most adults", "most healthy adults", "meta-analysis",
            // a reference to keep, for anyone: "Quick ref card: ...", "cheat sheet" (and a named rule: namedRule)
            "cheat sheet", "cheatsheet", "ref card", "reference card", "pocket card", "quick ref", "quick reference",
            "screenshot this", "screenshot it", "pin it",
            // questions everyone asks, answered for all: "Blood donation FAQ: Yes, you can donate if ..."
            "faq", "faqs", "frequently asked",
            // a heading that teaches everyone: "Radiation skin care basics:", "Live Q&A recap:"
            "basics", "explainer", "primer", "refresher", "checklist", "recap", "did you know", "fun fact");
    /** A made-up case put to learners: its "you" is the student, and no one's health is advised. */
    private static final PhraseSet TEACHING = PhraseSet.of("teaching case", "fictional", "hypothetical case",
            "hypothetical patient", "case of the week", "pop quiz", "board question", "boards question",
            "practice question", "unknown case");
    /** Nouns a condition's name can describe: "cancer prevention", "flu season", "diabetes education". */
    private static final Set<String> CONDITION_MODIFIES = Set.of("prevention", "screening", "screenings", "awareness",
            "education", "season", "research", "risk", "risks", "month", "week", "survivor", "survivors", "support",
            "care", "clinic", "center", "centre", "walk", "run", "fundraiser", "vaccine", "vaccines", "shot", "shots",
            "test", "tests", "testing", "treatment", "treatments", "program", "programme", "services", "team", "unit");
    /** Booking errands that make a call to the clinic no care decision: "call your clinic to reschedule". */
    private static final Set<String> ERRANDS = Set.of("reschedule", "rescheduling", "rebook", "cancel", "cancellations",
            "directions", "parking");
    /** Urgency that makes an instruction about one situation; bare "now" ("it's OTC now") is not enough. */
    private static final Set<String> URGENT = Set.of("tonight", "today", "asap", "immediately", "tomorrow");
    /** Safety-net phrases that send someone to emergency care rather than to their own clinician. */
    private static final Set<String> EMERGENCY = Set.of("call 911", "go to the emergency room", "poison control",
            "seek emergency care", "seek medical attention");
    private static final Set<String> ANSWERS = Set.of("yes", "no", "nah", "nope", "yep", "yeah", "yup");
    private static final Set<String> MODALS = Set.of("should", "shud", "shld", "can", "must", "need", "gotta",
            "could", "ought", "have", "will", "may");

    /** The safer rewrite every personal-advice finding suggests. */
    static final String SUGGESTION = "Share general information instead and add 'please talk with your own clinician"
            + " about your situation'; move individual questions to a private, secure channel.";

    @Override
    public String id() {
        return "advice.personal";
    }

    @Override
    public Category category() {
        return Category.ADVICE;
    }

    @Override
    public String summary() {
        return "Direct medical advice to a specific person: what to take, stop or change, doses for the reader, "
                + "or a diagnosis of someone's described symptoms.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        Signals signals = post.signals();
        boolean reply = post.draft().replyTo() != null || tokens.get(0).is(Kind.MENTION);
        if (!reply && TEACHING.find(post, 0, tokens.size()) >= 0) {
            return; // "TEACHING CASE (fictional): ... walk through your workup below"
        }
        // per-post facts, computed once: who the post speaks to and how it is framed
        boolean explicit = explicitlyAddressed(post);
        if (!reply && !explicit && thoughtExperiment(post)) {
            return; // "Imagine you're 67, live alone, and have just been told you need dialysis": anyone's "you"
        }
        // "If you take warfarin, ... your INR", "Pregnant? ... protect your baby": the opening picks its readers,
        // and every later "your" is anyone's it fits; so is the "your" of a writer who declines to advise
        boolean audienceQuestion = audienceQuestion(post);
        boolean anyonesYour = !reply && !explicit && (hypotheticalReader(post) || audienceQuestion
                || DECLINES.find(post, 0, tokens.size()) >= 0);
        boolean situationalPost = situational(post, 0, tokens.size(), anyonesYour);
        boolean broadcast = GENERIC_STRONG.find(post, 0, tokens.size()) >= 0 || audienceQuestion
                || namedRule(post) || parallelList(post);
        // "Nope, wouldn't double it", "Classic BPPV.", "Tylenol 1g q8h": an answer to one asker without "you"
        boolean answerPost = !broadcast && answerPost(post, signals);
        boolean addressedPost = reply || explicit || situationalPost || deixis(post, 0, tokens.size()) || answerPost;
        // "You: 'it's just heartburn.' Also you: ...", "POV: you're ...": a meme whose "you" is everyone
        // "General answer: ..." to a question about no one in particular
        // "Told my students: if a patient's K is 6.5, you need an ECG": the "you" is a learner managing a patient
        boolean framedForAll = !reply && ((!explicit && broadcast) || memeFormat(post) || generalAnswer(post)
                || toLearners(post));
        // "get your flu shot" is public health unless the post answers one person about it ("if I were you")
        boolean toOne = reply || (explicit && !answersOnly(post));
        boolean preventiveIsNoTarget = broadcast || !(toOne || situationalPost);
        boolean secondPersonPost = secondPersonPost(post);
        // a post about flu shots or screening for everyone is public health
        boolean preventive = PREVENTIVE.find(post, 0, tokens.size()) >= 0;
        for (Sentence s : post.sentences()) {
            int from = s.firstToken();
            int to = s.endToken();
            // population or research framing makes advice general, unless the post answers one person
            boolean situation = situational(post, from, to, anyonesYour);
            boolean generic = (!addressedPost
                    && (GENERIC.find(post, from, to) >= 0 || signals.has(s.index(), Signals.Kind.NON_PATIENT)
                            || preventive)) || framedForAll;
            if (!reply && populationVocative(post, s)) {
                continue; // "Tobacco users, don't skip your exam": said to a group
            }
            boolean secondPerson = Words.anyIn(post, from, to, Words.SECOND_PERSON);
            List<String> reasons = new ArrayList<>();

            // "for your mom: she should not start that supplement": the reader's relative, in an answer to them
            // "Do you need a vitamin D test?": a question, not a directive
            int directive = auxiliaryQuestion(post, s) ? -1
                    : strongDirective(post, signals, s, addressedPost, preventiveIsNoTarget);
            if (directive < 0 && toOne) {
                directive = carePlan(post, from, to); // "we'll keep the lisinopril where it is", said to the patient
            }
            int imperative = directive >= 0 ? -1 : imperative(post, from, to, toOne);
            Signals.Cue target = target(post, signals, s, preventiveIsNoTarget);
            if (directive < 0 && imperative < 0 && (target != null || addressedPost)) {
                // tagged posts: directives the lexicons miss ("you really need to stop", "Ana, quit the
                // naproxen", "consider stopping it"); asked only where they could matter, as tagging is costly
                int tagged = target == null ? -1 : Grammar.secondPersonDirective(post, from, to, addressedPost);
                directive = tagged >= 0 && !safeAfter(post, tagged, to) ? tagged : -1;
                imperative = directive >= 0 || generic ? -1 : Grammar.imperative(post, from, to, CLAUSE_OPENERS);
                while (imperative >= 0 && !reply && !explicit && defersRightAfter(post, imperative, to)) {
                    // "take your meds as prescribed" to everyone defers to the prescriber (to one patient it
                    // is still their care plan); a later clause may not defer
                    int next = Words.firstIn(post, imperative + 1, to, CLAUSE_BREAKS);
                    imperative = next < 0 ? -1 : Grammar.imperative(post, next, to, CLAUSE_OPENERS);
                }
            }
            boolean dose = hasDose(post, from, to);
            Signals.Cue diagnosis = diagnosis(post, signals, s);
            if (diagnosis == null && answerPost) {
                diagnosis = fragmentVerdict(post, signals, s);
            }
            int doseFragment = (answerPost || toOne) && !generic ? doseFragment(post, signals, from, to) : -1;

            int escalation = ESCALATION.find(post, from, to);
            if (escalation < 0) {
                escalation = getItSeen(post, from, to);
            }
            if (escalation < 0) {
                escalation = sendTo(post, from, to);
            }
            if (escalation >= 0 && Words.anyIn(post, from, to, ERRANDS)) {
                escalation = -1; // "call your clinic at 715-555-0114 if you need to reschedule": an errand
            }
            int permission = PERMISSION.find(post, from, to);
            int instruction = directive >= 0 ? -1 : instruction(post, from, to, toOne);
            // "don't give her more Tylenol tonight", "take her in right now": about someone's situation now
            boolean urgent = (Words.anyIn(post, from, to, URGENT) || rightNow(post, from, to)
                    || straightTo(post, from, to) >= 0) && !preventive && !general(post, from, to);
            double confidence = 0;
            int spanStart = -1;
            // "never skip your basal insulin on sick days": a standing rule for everyone, unless said to one reader
            boolean standingRule = !toOne && directive >= 0 && standingRule(post, s.firstToken(), directive);
            // "Don't take antibiotics for a cold" to no one in particular is education; "stop the atorvastatin",
            // a dose or a deadline makes it one reader's regimen
            boolean toNoOne = !addressedPost && !situation && !dose && !urgent && !theDrug(post, signals, s)
                    && !(directive >= 0 && (WRITERS_PICK.contains(post.lowerToken(directive))
                            || (Words.SECOND_PERSON.contains(post.lowerToken(directive))
                                    && Lexicons.TESTS_PROCEDURES.find(post, directive, Math.min(to, directive + 6)) >= 0)));
            // "Don't take more than 200 tonight", said back to the asker: no drug named in the sentence is needed
            if (directive >= 0 && (target != null || (addressedPost && urgent && !generic))
                    && (!generic || addressedPost || situation) && !standingRule && !toNoOne) {
                confidence = 0.7;
                spanStart = directive;
                reasons.add("directive: '" + phrase(post, directive) + "'");
            } else if (imperative >= 0 && !generic && ((target != null && (addressedPost || situation || dose || urgent))
                    || (addressedPost && urgent))) {
                confidence = addressedPost || situation ? 0.7 : 0.6;
                spanStart = imperative;
                reasons.add("imperative: '" + post.tokens().get(imperative).text() + "'");
            } else if (diagnosis != null && (addressedPost || situation || secondPerson || secondPersonPost
                    || CONFIDENT_DIAGNOSIS.contains(diagnosis.canonical().split(" … ")[0])) && !generic
                    && !question(post, s) && !conditionalClause(post, diagnosis.first())) {
                confidence = 0.75;
                spanStart = diagnosis.first();
                reasons.add("diagnosis of described symptoms: '" + diagnosis.canonical() + "'");
            } else if (permission >= 0 && (addressedPost || situation || ownSituation(post, permission, to)) && !generic
                    && !conditional(post, permission) && !(!toOne && !situationalPost && readerIfAfter(post, permission, to))) {
                confidence = 0.7;
                spanStart = permission;
                reasons.add("tells the person what they may do or skip: '"
                        + PERMISSION.canonicalAt(post, permission, PERMISSION.matchAt(post, permission)) + "'");
            } else if (instruction >= 0 && (addressedPost || situation) && !generic
                    && (target != null || healthTopic(post, from, to) || (s.index() > 0
                            && healthTopic(post, post.sentences().get(s.index() - 1).firstToken(), from)))) {
                confidence = 0.65;
                spanStart = instruction;
                reasons.add("instruction: '" + post.tokens().get(instruction).text() + "'");
            } else if (dose && (addressedPost || situation) && !generic && target != null
                    && (target.kind() == Signals.Kind.DRUG || namesDrug(signals, s)) && !question(post, s)
                    && !defers(post, from, to, toOne) && !Grammar.othersDo(post, from, to)) {
                // (not "runners usually take 400 mg ibuprofen": what others take)
                // "amox 90 mg/kg/day divided BID is first line" in an answer about the reader's son
                confidence = 0.6;
                spanStart = target.first();
                reasons.add("a dose of '" + target.canonical() + "' for the reader's situation");
            } else if (doseFragment >= 0 && !question(post, s) && !conditionalClause(post, doseFragment)) {
                // "Ibuprofen 400 every 6h with food": a drug and an amount, said as an answer
                confidence = 0.65;
                spanStart = doseFragment;
                reasons.add("dose given as an answer: '" + post.tokens().get(doseFragment).text() + " "
                        + post.tokens().get(doseFragment + 1).text() + "'");
            } else if (escalation >= 0 && !(Lexicons.SAFE.matchAt(post, escalation) > 0
                    && (general(post, from, to) || !(reply || explicit || situation || situationalPost
                            || (urgent && obligedTo(post, from, escalation)))))
                    && (addressedPost || situation || describedReading(post, from, to) || (urgent && (Words.anyIn(post, from, to,
                    THIRD_PERSON_OBJECTS)
                    || (secondPersonPost && !HOTLINES.contains(post.lowerToken(escalation + 1))))))
                    && !generic && !(!toOne && !situationalPost && readerIfAfter(post, escalation, to))) {
                confidence = 0.7;
                spanStart = escalation;
                int len = ESCALATION.matchAt(post, escalation);
                reasons.add("tells the person where to go or what not to do about their situation: '"
                        + (len > 0 ? ESCALATION.canonicalAt(post, escalation, len) : phrase(post, escalation)) + "'");
            }
            if (spanStart < 0) {
                continue;
            }
            if (target != null) {
                reasons.add("aimed at " + target.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ": '" + target.canonical() + "'");
            }
            if (reply) {
                confidence += 0.15;
                reasons.add("reply to a person");
            } else if (addressedPost || situation) {
                confidence += 0.1;
                reasons.add("refers to the reader's own situation");
            }
            if (dose) {
                confidence += 0.1;
                reasons.add("specific dose or schedule");
            }
            int start = tokens.get(spanStart).start();
            int end = tokens.get(to - 1).end();
            out.accept(new Detection(FindingType.ADVICE, start, end, Math.min(0.95, confidence),
                    "This tells a specific person what to do about their own health. Individual advice needs an "
                            + "examination and a care relationship, and a public post cannot give either.",
                    SUGGESTION, reasons));
        }
    }

    /** "I'd skip your lisinopril", "wouldn't double it": the writer's own pick for the reader. */
    private static final Set<String> WRITERS_PICK = Set.of("i'd", "id", "i", "wouldn't", "wouldnt");

    /** "the atorvastatin", "that inhaler": a drug the reader already has, pointed at rather than named as a class. */
    private static boolean theDrug(AnalyzedPost post, Signals signals, Sentence s) {
        for (Signals.Cue c : signals.cues(s.index())) {
            if (c.kind() == Signals.Kind.DRUG && c.first() > s.firstToken()) {
                String before = post.lowerToken(c.first() - 1);
                if (before.equals("the") || before.equals("that") || before.equals("this") || before.equals("those")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A second-person directive phrase ("you should", "I'd stop", "double your") not part of a safe phrase. */
    private static int strongDirective(AnalyzedPost post, Signals signals, Sentence s, boolean thirdPersonAllowed,
            boolean preventiveForAll) {
        for (Signals.Cue c : signals.cues(s.index())) {
            boolean pickUp = c.first() > 0 && post.lowerToken(c.first() - 1).startsWith("pick"); // "pick up your"
            // "if you have diabetes and ...", "when you should ...": a hypothetical reader
            if (c.kind() == Signals.Kind.DIRECTIVE && !safeAfter(post, c.end(), s.endToken()) && !pickUp
                    && !conditional(post, c.first()) && !Grammar.notDirective(post, s.firstToken(), c.first())) {
                return c.first();
            }
        }
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            // "I'd go up to 20 on the lexapro", "I would come off the statin": the writer's pick for the reader
            String w = post.lowerToken(i);
            // "Wouldn't double it", "I wouldn't take both": the same pick, negated, with or without "I"
            boolean wouldnt = w.equals("wouldn't") || w.equals("wouldnt");
            boolean wouldI = w.equals("i'd") || w.equals("id") || (w.equals("i") && (post.lowerToken(i + 1).equals("would")
                    || post.lowerToken(i + 1).equals("wouldn't") || post.lowerToken(i + 1).equals("wouldnt")))
                    || (wouldnt && leadsSentence(post, s, i));
            if (wouldI && !(i > s.firstToken() && Lexicons.SAFE.matchAt(post, i - 1) > 0)) {
                // "I'd do 30 for 2 weeks first", "I'd stay at 25": the writer's pick of a strength
                int verb = w.equals("i") ? i + 2 : i + 1;
                if (verb + 1 < s.endToken() && PICKED_AMOUNT.contains(post.lowerToken(verb))
                        && post.tokens().get(verb + 1 + (post.lowerToken(verb + 1).equals("at") ? 1 : 0)).is(Kind.NUMBER)) {
                    return i;
                }
                int reach = i + 4 + reported(post, i + 1, s.endToken());
                for (int k = i + 1; k < Math.min(s.endToken(), reach); k++) {
                    if (Lexicons.TREATMENT_VERBS.matchAt(post, k) > 0 && !safeAfter(post, k, s.endToken())
                            && Lexicons.SAFE.matchAt(post, k) == 0) {
                        return i;
                    }
                }
            }
        }
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            // "it's time to start the Ozempic", "time to stop the prednisone"
            if (post.lowerToken(i).equals("time") && post.lowerToken(i + 1).equals("to")
                    && Lexicons.TREATMENT_VERBS.matchAt(post, i + 2) > 0 && !safeAfter(post, i + 2, s.endToken())
                    && !Grammar.notDirective(post, s.firstToken(), i)) {
                return i;
            }
        }
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            String who = post.lowerToken(i);
            boolean addressee = Words.SECOND_PERSON.contains(who) || (thirdPersonAllowed && THIRD_PERSON.contains(who));
            if (!addressee || !MODALS.contains(post.lowerToken(i + 1)) || conditional(post, i)
                    || Grammar.notDirective(post, s.firstToken(), i)) {
                continue;
            }
            // "you need doxy", "you need a higher levo dose": a modal straight onto a drug or a dose
            for (int k = i + 2; k < Math.min(s.endToken(), i + 7); k++) {
                boolean unit = Lexicons.DOSE_UNITS.matchAt(post, k) > 0 && post.tokens().get(k - 1).is(Kind.NUMBER);
                // "you need an endoscopy", "you need doxy"; not "you need a flu shot" said to everyone
                // "you need a booster" to a reader with a rusty-nail wound is theirs; to everyone it is a campaign
                boolean test = k == i + 2 + article(post, i + 2)
                        && (Lexicons.TESTS_PROCEDURES.matchAt(post, k) > 0 || PREVENTIVE.matchAt(post, k) > 0)
                        && (PREVENTIVE.matchAt(post, k) == 0 || !preventiveForAll);
                if (Lexicons.DRUGS.matchAt(post, k) > 0 || unit || post.lowerToken(k).equals("dose") || test) {
                    return i;
                }
            }
            for (int k = i + 2; k < Math.min(s.endToken(), i + 4); k++) {
                if (Lexicons.TREATMENT_VERBS.matchAt(post, k) > 0 && !safeAfter(post, k, s.endToken())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * "we'll keep the lisinopril where it is", "let's bump the dose", "we're going to stop the metformin":
     * the care team's plan told to the one person it is for (the caller asks only of posts addressed to one).
     */
    private static int carePlan(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            boolean lets = w.equals("let") && post.lowerToken(i + 1).equals("'s");
            if (!(w.equals("we'll") || w.equals("let's") || w.equals("lets") || lets
                    || (w.equals("we") && (post.lowerToken(i + 1).equals("will") || post.lowerToken(i + 1).equals("can")))
                    || (w.equals("we're") && post.lowerToken(i + 1).equals("going")))) {
                continue;
            }
            // a medicine or its dose in the plan: "we'll get your surgery rescheduled" is logistics
            int clause = Words.firstIn(post, i, to, CLAUSE_PUNCTUATION);
            int end = clause < 0 ? to : clause;
            if (Lexicons.DRUGS.find(post, i, end) < 0 && !Words.anyIn(post, i, end, DOSE_WORDS)) {
                continue;
            }
            for (int k = i + 1; k < Math.min(to, i + 5); k++) {
                if ((Lexicons.TREATMENT_VERBS.matchAt(post, k) > 0 || post.lowerToken(k).equals("keep")
                        || post.lowerToken(k).equals("leave")) && Lexicons.SAFE.matchAt(post, k) == 0
                        && !(k + 1 < to && (KEEP_IN_TOUCH.contains(post.lowerToken(k + 1))
                                || NOT_THE_DRUG.contains(post.lowerToken(k + 1))))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static final Set<String> DOSE_WORDS = Set.of("dose", "doses", "dosage", "meds", "medication", "medications",
            "pills", "insulin", "taper");

    /** What "we'll keep ..." is about when it is no drug: "keep you posted", "keep an eye out", "keep in touch". */
    private static final Set<String> NOT_THE_DRUG = Set.of("you", "u", "an", "touch", "y'all", "everyone", "going");

    private static final Set<String> PICKED_AMOUNT = Set.of("do", "stay", "keep", "go", "start");

    /** The writer passing an order on to the reader: "tell you to", "have you", "want u to". */
    private static final Set<String> REPORTING = Set.of("tell", "want", "ask", "have", "get", "need");

    /**
     * Tokens that "I'd tell you to" adds before its verb ("I'd tell you to hold the Lasix"): the
     * reporting verb, the reader and "to", after an optional "just" or "probably"; 0 when none.
     */
    private static int reported(AnalyzedPost post, int i, int to) {
        int k = i;
        if (k < to && (post.lowerToken(k).equals("just") || post.lowerToken(k).equals("probably"))) {
            k++;
        }
        if (k + 1 >= to || !REPORTING.contains(post.lowerToken(k))
                || !(post.lowerToken(k + 1).equals("you") || post.lowerToken(k + 1).equals("u"))) {
            return 0;
        }
        k += 2;
        if (k < to && post.lowerToken(k).equals("to")) {
            k++;
        }
        return k - i;
    }

    /** 1 when token {@code i} is an article ("a", "an", "the"), else 0. */
    private static int article(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        return w.equals("a") || w.equals("an") || w.equals("the") ? 1 : 0;
    }

    /** True when a safe referral ("ask your doctor") follows within three tokens. */
    private static boolean safeAfter(AnalyzedPost post, int from, int to) {
        for (int i = from; i < Math.min(to, from + 3); i++) {
            if (Lexicons.SAFE.matchAt(post, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A treatment verb opening a clause: "take 2 tabs", ", stop the ibuprofen", "just take". */
    private static int imperative(AnalyzedPost post, int from, int to, boolean toOne) {
        for (int i = from; i < to; i++) {
            boolean opens = i == from || CLAUSE_OPENERS.contains(post.lowerToken(i - 1))
                    || (i > from + 1 && CAUSATIVE.contains(post.lowerToken(i - 2))
                            && Words.SEX.contains(post.lowerToken(i - 1))) // "let him take", "have her stop"
                    || post.tokens().get(i - 1).is(Kind.MENTION) || post.tokens().get(i - 1).is(Kind.EMOJI);
            // "for your tooth pain take 400 of ibuprofen": a dose instruction wherever it stands
            boolean dosing = i + 1 < to && post.tokens().get(i + 1).is(Kind.NUMBER) && DOSING_VERBS.contains(post.lowerToken(i))
                    && (i == 0 || !post.lowerToken(i - 1).equals("to")) && !timeSpan(post, i + 1, to);
            if (!(opens || dosing) || !post.tokens().get(i).is(Kind.WORD) || statementAfterDont(post, from, i)
                    || habitual(post, from, i)) {
                continue;
            }
            boolean adjective = i + 1 < to && (post.lowerToken(i + 1).equals("dose") || post.lowerToken(i + 1).equals("doses")
                    || post.lowerToken(i + 1).equals("risk")); // "half the scan time, lower dose"
            if (Lexicons.TREATMENT_VERBS.matchAt(post, i) > 0 && Lexicons.SAFE.matchAt(post, i) == 0 && !adjective
                    && !Grammar.notDirective(post, from, i) && !affection(post, i, to)) {
                // "take your meds as prescribed": the instruction defers to the prescriber
                return defers(post, from, to, toOne, i) ? -1 : i;
            }
        }
        return -1;
    }

    /** What the advice is about, in this sentence or (for short follow-ups) the one before. */
    private static Signals.Cue target(AnalyzedPost post, Signals signals, Sentence s, boolean skipPreventive) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 1); k--) {
            for (Signals.Cue c : signals.cues(k)) {
                // "get your flu shot", "your covid booster": preventive care offered to everyone
                boolean preventive = skipPreventive && (PREVENTIVE.matchAt(post, c.first()) > 0
                        || (c.end() < post.tokens().size() && PREVENTIVE.matchAt(post, c.end()) > 0));
                // "drop your answers below", "our unit": a unit word is a dose only after a number
                boolean bareUnit = c.kind() == Signals.Kind.DOSE_UNIT
                        && (c.first() == 0 || !post.tokens().get(c.first() - 1).is(Kind.NUMBER));
                switch (c.kind()) {
                    case DRUG, DOSE_UNIT, SCHEDULE, TEST_PROCEDURE, CONDITION, RARE_CONDITION -> {
                        if (!preventive && !bareUnit) {
                            return c;
                        }
                    }
                    default -> { }
                }
            }
        }
        int k = TREATMENT_NOUNS.find(post, s.firstToken(), s.endToken());
        if (k >= 0 && !(skipPreventive && (PREVENTIVE.matchAt(post, k) > 0 || (k > 0 && PREVENTIVE.matchAt(post, k - 1) > 0)))) {
            int len = TREATMENT_NOUNS.matchAt(post, k);
            return new Signals.Cue(Signals.Kind.DRUG, TREATMENT_NOUNS.canonicalAt(post, k, len), k, k + len, s.index());
        }
        return null;
    }

    /** A number with a dose unit ("81 mg", "2 tabs", "500mg"), before a drug ("2 Benadryl") or after one. */
    private static boolean hasDose(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            // "every 4 hours", "q6h" is a schedule token already
            // not "a visit every 90 days": the interval of an appointment or a refill
            boolean visits = i > from && VISITS.contains(post.lowerToken(i - 1));
            if (post.lowerToken(i).equals("every") && post.tokens().get(i + 1).is(Kind.NUMBER)
                    && DOSING_INTERVALS.contains(post.lowerToken(i + 2)) && !visits) {
                return true;
            }
        }
        for (int i = from + 1; i + 1 < to; i++) {
            // a strength named alone in a titration: "the Ozempic at 0.5", "stay on the 0.25", "go up to 1.5"
            if (post.tokens().get(i + 1).is(Kind.NUMBER) && !(i + 2 < to && TIME_UNITS.contains(post.lowerToken(i + 2)))
                    && strengthAfter(post, from, i)) {
                return true;
            }
        }
        for (int i = from; i + 1 < to; i++) {
            boolean ofDrug = post.lowerToken(i + 1).equals("of") && i + 2 < to && Lexicons.DRUGS.matchAt(post, i + 2) > 0;
            // "go up to 75 on the sertraline", "20 of your lisinopril": an amount of a named drug
            if (post.tokens().get(i).is(Kind.NUMBER) && (post.lowerToken(i + 1).equals("on") || post.lowerToken(i + 1).equals("of"))
                    && i + 3 < to && DRUG_DETERMINERS.contains(post.lowerToken(i + 2)) && Lexicons.DRUGS.matchAt(post, i + 3) > 0) {
                return true;
            }
            if (post.tokens().get(i).is(Kind.NUMBER)
                    && (ofDrug || Lexicons.DOSE_UNITS.matchAt(post, i + 1) > 0 || Lexicons.SCHEDULES.matchAt(post, i + 1) > 0
                            || Lexicons.DRUGS.matchAt(post, i + 1) > 0
                            || (i > from && Lexicons.DRUGS.matchAt(post, i - 1) > 0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code i} leads a bare strength: "at" right after a drug ("the Ozempic at 0.5"), "the" after
     * "on"/"to" before a decimal ("stay on the 0.25"), or "to" after a dose change ("go up to 1", "drop to 25").
     */
    private static boolean strengthAfter(AnalyzedPost post, int from, int i) {
        String w = post.lowerToken(i);
        String before = post.lowerToken(i - 1);
        if (w.equals("at")) {
            return Lexicons.DRUGS.find(post, Math.max(from, i - 3), i) >= 0;
        }
        if (w.equals("the")) {
            return (before.equals("on") || before.equals("to")) && post.tokens().get(i + 1).text().contains(".");
        }
        return w.equals("to") && (TITRATION.contains(before) || (i - 2 >= from && TITRATION.contains(post.lowerToken(i - 2))
                && (before.equals("up") || before.equals("down") || before.equals("back"))));
    }

    private static final Set<String> TITRATION = Set.of("go", "bump", "step", "come", "drop", "titrate", "increase",
            "decrease", "cut", "move", "taper", "wean");

    private static final Set<String> VISITS = Set.of("visit", "visits", "appointment", "appt", "checkup", "check-up",
            "follow-up", "exam", "labs", "refill", "refills", "script", "prescription");
    private static final Set<String> DRUG_DETERMINERS = Set.of("the", "your", "ur", "her", "his", "their");

    /** A drug named in sentence {@code s}: a dose needs one, whatever the sentence names first. */
    private static boolean namesDrug(Signals signals, Sentence s) {
        return signals.cues(s.index()).stream().anyMatch(c -> c.kind() == Signals.Kind.DRUG);
    }

    /** "sounds like shingles", "that's definitely a UTI", "classic BPPV". */
    private static Signals.Cue diagnosis(AnalyzedPost post, Signals signals, Sentence s) {
        // "that headache is caffeine withdrawal", "this rash is shingles": a described symptom named
        for (Signals.Cue c : signals.cues(s.index())) {
            if (c.kind() != Signals.Kind.CONDITION || c.first() == 0) {
                continue;
            }
            String before = post.lowerToken(c.first() - 1);
            int k = c.end();
            // "the rash is classic poison oak": "the" with a verdict's certainty, not "the rash is itchy"
            boolean the = before.equals("the");
            if (!(before.equals("that") || before.equals("this") || before.equals("your") || the) || k >= s.endToken()) {
                continue;
            }
            String verb = post.lowerToken(k);
            if (!(verb.equals("is") || verb.equals("'s") || verb.equals("=") || verb.equals("sounds"))) {
                continue;
            }
            for (Signals.Cue t : signals.cues(s.index())) {
                if ((t.kind() == Signals.Kind.CONDITION || t.kind() == Signals.Kind.RARE_CONDITION)
                        && t.first() > k && t.first() <= k + 4
                        && (!the || Words.anyIn(post, k + 1, t.first(), VERDICT_MARKERS))) {
                    return new Signals.Cue(Signals.Kind.DIAGNOSIS, c.canonical() + " is " + t.canonical(), c.first(),
                            t.end(), s.index());
                }
            }
        }
        for (Signals.Cue c : signals.cues(s.index())) {
            // "that's gout", "it is thrush", "that's definitely a UTI"
            if (c.kind() != Signals.Kind.CONDITION && c.kind() != Signals.Kind.RARE_CONDITION) {
                continue;
            }
            int k = c.first() - 1;
            while (k > s.firstToken() && HEDGES.contains(post.lowerToken(k))) {
                k--;
            }
            boolean copula = k >= s.firstToken() && (post.lowerToken(k).equals("is") || post.lowerToken(k).equals("'s"));
            // "it's cancer prevention, plain and simple": the condition names what the noun after it is about
            boolean modifier = c.end() < s.endToken() && CONDITION_MODIFIES.contains(post.lowerToken(c.end()));
            if (copula && !modifier && k > s.firstToken() && POINTERS.contains(post.lowerToken(k - 1))) {
                return new Signals.Cue(Signals.Kind.DIAGNOSIS, post.lowerToken(k - 1) + " is " + c.canonical(), k - 1,
                        c.end(), s.index());
            }
            // "fever + ear pain x3 days = probably otitis media": symptoms, an arrow, a named condition
            int at = k;
            boolean arrow = at > s.firstToken() && (ARROWS.contains(post.lowerToken(at))
                    || (post.lowerToken(at).equals(">") && ARROWS.contains(post.lowerToken(at - 1) + ">")));
            if (arrow && signals.cues(s.index()).stream().anyMatch(d -> d.kind() == Signals.Kind.CONDITION
                    && d.end() <= at)) {
                return new Signals.Cue(Signals.Kind.DIAGNOSIS, "symptoms " + post.lowerToken(k) + " " + c.canonical(), k,
                        c.end(), s.index());
            }
        }
        for (int i = s.firstToken() + 1; i + 1 < s.endToken(); i++) {
            // "sounds infected", "that's definitely broken"
            int k = i + 1;
            if (k + 1 < s.endToken() && (post.lowerToken(k).equals("definitely") || post.lowerToken(k).equals("def")
                    || post.lowerToken(k).equals("probably") || post.lowerToken(k).equals("totally"))) {
                k++;
            }
            // "her daughter's broken arm", "an infected cut": the word describes a noun, it is no verdict
            boolean attributive = k + 1 < s.endToken() && (BODY.contains(post.lowerToken(k + 1))
                    || healthTopic(post, k + 1, k + 2));
            if (VERDICT_VERBS.contains(post.lowerToken(i)) && VERDICTS.contains(post.lowerToken(k))
                    && !post.lowerToken(i - 1).equals("if") && !attributive) {
                return new Signals.Cue(Signals.Kind.DIAGNOSIS, post.lowerToken(i) + " " + post.lowerToken(k), i, k + 1,
                        s.index());
            }
        }
        for (Signals.Cue c : signals.cues(s.index())) {
            if (c.kind() != Signals.Kind.DIAGNOSIS) {
                continue;
            }
            for (Signals.Cue t : signals.cues(s.index())) {
                boolean condition = t.kind() == Signals.Kind.CONDITION || t.kind() == Signals.Kind.RARE_CONDITION;
                if (condition && t.first() >= c.end() && t.first() <= c.end() + 4) {
                    return new Signals.Cue(c.kind(), c.canonical() + " … " + t.canonical(), c.first(), t.end(),
                            c.sentence());
                }
            }
        }
        return null;
    }

    /** The reader's own situation in [from, to); with {@code anyonesYour}, "your labs" without a value does not say so. */
    private static boolean situational(AnalyzedPost post, int from, int to, boolean anyonesYour) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            if (!(w.equals("your") || w.equals("ur")) || conditional(post, i) || conditionalClause(post, i)
                    || providerActs(post, from, i) || purpose(post, from, i)) {
                continue;
            }
            if (anyonesYour) { // only a value of the reader's own ("your level of 1.9") is theirs
                if (numberFollows(post, i + 1, to)) {
                    return true;
                }
                continue;
            }
            int j = i + 1;
            // "your last tetanus shot was in 2009": the reader's own history, told back to them
            if (post.lowerToken(j).equals("last") && j + 1 < to && Words.anyIn(post, j + 1, Math.min(to, j + 6), WAS)
                    && (Lexicons.CONDITIONS.matchAt(post, j + 1) > 0 || Lexicons.RARE_CONDITIONS.matchAt(post, j + 1) > 0
                            || Lexicons.TESTS_PROCEDURES.matchAt(post, j + 1) > 0
                            || Lexicons.DRUGS.matchAt(post, j + 1) > 0 || PREVENTIVE.matchAt(post, j + 1) > 0)) {
                return true;
            }
            if (MODIFIERS.contains(post.lowerToken(j)) && j + 1 < to) {
                j++; // "your home readings", "your latest labs", "your little guy's"
            }
            String next = post.lowerToken(j);
            // "your kid's", "your little guy's": someone of the reader's; not "your clinic's page"
            boolean someones = j + 1 < to && post.tokens().get(j + 1).text().equals("'s")
                    && !OWNERS_NOT_PEOPLE.contains(next) && CARE_DESTINATIONS.matchAt(post, j) == 0;
            // "your son", "your labs", "your kid's", "your potassium of 6.1", "your sumatriptan now"
            if (SITUATION.contains(next) || Lexicons.FAMILY_ROLES.matchAt(post, i + 1) > 0
                    || (Lexicons.CONDITIONS.matchAt(post, i + 1) > 0
                            && PREVENTIVE.find(post, i + 1, Math.min(to, i + 6)) < 0)
                    || Words.CARE_EPISODES.matchAt(post, i + 1) > 0 || Lexicons.TESTS_PROCEDURES.matchAt(post, i + 1) > 0
                    || someones
                    || (Lexicons.DRUGS.matchAt(post, i + 1) > 0 && (Words.anyIn(post, from, to, IMMEDIACY)
                            || REGIMEN.contains(post.lowerToken(i + 1 + Lexicons.DRUGS.matchAt(post, i + 1)))))
                    || numberFollows(post, i + 1, to)) {
                return true;
            }
        }
        // "at 28 weeks" in a post for anyone pregnant is a schedule, not the reader's own week
        return labValue(post, from, to) || demonstrative(post, from, to) || (!anyonesYour && pregnancyWeek(post, from, to))
                || ownAge(post, from, to) || echoedDose(post, from, to) || reasonAge(post, from, to);
    }

    /**
     * "300 mg of sertraline??", "Gabapentin 1800/day and dozing at work?": an opening question that starts with
     * an amount or a drug and names both, the asker's own regimen said back to them ("Taking 1,000 mg of
     * vitamin C?" picks an audience instead).
     */
    private static boolean echoedDose(AnalyzedPost post, int from, int to) {
        Sentence first = post.sentences().get(0);
        int f = first.firstToken();
        int end = first.endToken();
        if (f < from || end > to || !question(post, first) || Words.anyIn(post, f, end, Words.SECOND_PERSON)) {
            return false;
        }
        boolean opensWithAmount = post.tokens().get(f).is(Kind.NUMBER);
        boolean opensWithDrug = Lexicons.DRUGS.matchAt(post, f) > 0;
        if (!opensWithAmount && !opensWithDrug) {
            return false;
        }
        return reading(post, f, end) && Lexicons.DRUGS.find(post, f, end) >= 0;
    }

    private static final Set<String> BECAUSE = Set.of("since", "as", "because");

    /** "since she's 7 months", "as he's 3": a described child's age given as the reason, not a threshold. */
    private static boolean reasonAge(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (!BECAUSE.contains(post.lowerToken(i))) {
                continue;
            }
            String who = post.lowerToken(i + 1); // the tokenizer splits "she's" into "she" and "'s"
            if ((who.equals("she") || who.equals("he")) && i + 3 < to
                    && (post.lowerToken(i + 2).equals("'s") || post.lowerToken(i + 2).equals("is"))
                    && post.tokens().get(i + 3).is(Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WAS = Set.of("was", "were");

    /** The reader's clinicians: "your prescriber adjusts the dose to your readings" tells what they do for anyone. */
    private static final PhraseSet PROVIDERS = PhraseSet.of("your doctor", "your pharmacist", "your prescriber",
            "your clinician", "your care team", "your provider", "your pediatrician", "your gp", "your nurse");

    /** "... so your INR stays steady", "so that your sugar doesn't dip": a purpose for anyone, not a case. */
    private static boolean purpose(AnalyzedPost post, int from, int i) {
        int k = i - 1;
        if (k > from && post.lowerToken(k).equals("that")) {
            k--;
        }
        return k > from && post.lowerToken(k).equals("so") && !post.tokens().get(k - 1).is(Kind.PUNCT)
                && !post.lowerToken(k - 1).equals("and");
    }

    /** A clinician of the reader's as the subject a few words before token {@code i} in its sentence. */
    private static boolean providerActs(AnalyzedPost post, int from, int i) {
        int k = PROVIDERS.find(post, Math.max(from, i - 7), i);
        return k >= 0 && post.tokens().get(k).sentence() == post.tokens().get(i).sentence()
                && (k == from || !post.lowerToken(k - 1).equals("to") && !post.lowerToken(k - 1).equals("ask"));
    }

    /** "You're 68 with COPD", "you are 15": the reader's own age, said back to them. */
    private static boolean ownAge(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            boolean youAre = w.equals("you're") || w.equals("youre") || (w.equals("you") && i + 2 < to
                    && post.lowerToken(i + 1).equals("are") && post.tokens().get(i + 2).is(Kind.NUMBER));
            int number = w.equals("you") ? i + 2 : i + 1;
            if (youAre && number < to && post.tokens().get(number).is(Kind.NUMBER) && !conditionalClause(post, i)
                    && !(number + 1 < to && DURATIONS.contains(post.lowerToken(number + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "at 38 weeks", "at 30 wks" said to the reader: their pregnancy, not a population's. */
    private static boolean pregnancyWeek(AnalyzedPost post, int from, int to) {
        if (!Words.anyIn(post, from, to, Words.SECOND_PERSON)) {
            return false;
        }
        for (int i = from; i + 2 < to; i++) {
            String unit = post.lowerToken(i + 2);
            if (post.lowerToken(i).equals("at") && post.tokens().get(i + 1).is(Kind.NUMBER)
                    && (unit.equals("weeks") || unit.equals("wks") || unit.equals("wk"))
                    && !conditional(post, i)) {
                return true;
            }
        }
        return false;
    }

    /** "that ear", "this rash", "those headaches": pointing at something the reader described. */
    private static boolean demonstrative(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            // "a skin tear that size", "a cut that deep": the described thing measured by pointing at it
            boolean measured = (w.equals("that") || w.equals("this")) && MEASURES.contains(post.lowerToken(i + 1))
                    && i > from && post.tokens().get(i - 1).is(Kind.WORD) && !NOT_MEASURED.contains(post.lowerToken(i - 1));
            if (measured) {
                return true;
            }
            if ((w.equals("that") || w.equals("this") || w.equals("those")) && (BODY.contains(post.lowerToken(i + 1))
                    || (Lexicons.CONDITIONS.matchAt(post, i + 1) > 0
                            && PREVENTIVE.find(post, i + 1, Math.min(to, i + 6)) < 0))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MEASURES = Set.of("size", "big", "deep", "long", "wide", "large", "high");
    /**
     * Words before "that big" that make it degree, not pointing: "not that big a deal", "it's that high" (the
     * tokenizer splits "it's" into "it" and "'s").
     */
    private static final Set<String> NOT_MEASURED = Set.of("not", "is", "was", "be", "isn't", "'s", "so",
            "all", "are", "were", "get", "gets", "only", "just");

    /** "INR 4.8?", "A1c of 9.2", "TSH 11": a test with the reader's own result. */
    private static boolean labValue(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            int len = Lexicons.TESTS_PROCEDURES.matchAt(post, i);
            if (len == 0) {
                continue;
            }
            int k = i + len;
            if (k < to && post.lowerToken(k).equals("of")) {
                k++;
            }
            if (k < to && post.tokens().get(k).is(Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** An answering phrase ("you described", "you're on") that is not a hypothetical ("if you're on"). */
    private static boolean addressed(AnalyzedPost post) {
        int n = post.tokens().size();
        for (int i = ADDRESSED.find(post, 0, n); i >= 0; i = ADDRESSED.find(post, i + 1, n)) {
            boolean whilst = i > 0 && (post.lowerToken(i - 1).equals("while") || post.lowerToken(i - 1).equals("whilst"));
            // "To whoever asked about ...:" calls a reader; "... talking to whoever prescribed it" does not
            String w = post.lowerToken(i);
            boolean midSentence = (w.equals("to") || w.equals("for")) && i > 0 && post.tokens().get(i - 1).is(Kind.WORD)
                    && post.tokens().get(i - 1).sentence() == post.tokens().get(i).sentence();
            // "Blood donation FAQ: Yes, you can donate if ...": an answer under a heading for all
            boolean forAll = ANSWERS.contains(w) && GENERIC_STRONG.find(post, 0, i) >= 0;
            if (!conditional(post, i) && !whilst && !midSentence && !askedByMany(post, i) && !forAll) {
                return true;
            }
        }
        return false;
    }

    private static final PhraseSet LEARNERS = PhraseSet.of("students", "residents", "interns", "learners",
            "trainees", "med students", "nursing students", "medical students", "new grads", "new nurses", "fellows",
            "preceptees", "orientees", "juniors", "registrars", "the class", "my class");
    private static final Set<String> TEACHING_VERBS = Set.of("told", "tell", "telling", "teach", "teaching", "taught",
            "remind", "reminding", "reminded", "reminder", "to", "for", "asked", "quizzed", "pimped");
    private static final Set<String> PATIENT_IN_CASE = Set.of("patient", "patient's", "pt", "pt's", "patients");

    /**
     * "Told my students today: if a patient's potassium is 6.5, you need to ...": the post repeats teaching
     * to learners, and its "you" manages a patient named in the third person; no advice to the reader.
     */
    private static boolean toLearners(AnalyzedPost post) {
        int n = post.tokens().size();
        int at = LEARNERS.find(post, 0, n);
        if (at < 0 || !Words.anyIn(post, 0, n, PATIENT_IN_CASE)) {
            return false;
        }
        int from = at > 0 && (post.lowerToken(at - 1).equals("my") || post.lowerToken(at - 1).equals("our")
                || post.lowerToken(at - 1).equals("the")) ? at - 1 : at;
        return from > 0 && TEACHING_VERBS.contains(post.lowerToken(from - 1));
    }

    /** Askers in number: "every new parent asks me", "patients ask me this all the time". */
    private static final Set<String> MANY_ASKERS = Set.of("every", "everyone", "everybody", "always", "often",
            "constantly", "most", "many", "patients", "parents", "people", "folks", "families", "moms", "dads",
            "lot", "lots", "several", "some", "few", "bunch", "tons", "dozens"); // "a lot of you asked"
    private static final PhraseSet OFTEN = PhraseSet.of("all the time", "constantly", "a lot", "every day",
            "every week", "every shift", "every clinic", "daily", "weekly", "so often", "more than anything");

    /**
     * The ADDRESSED phrase at {@code i} asks or answers a question many people ask ("every new parent asks me
     * this: yes, you can ..."): a frequently asked question answered for everyone, not one asker.
     */
    private static boolean askedByMany(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        boolean askOrAnswer = w.equals("yes") || w.equals("no") || w.equals("asked") || w.equals("asks")
                || w.equals("who") || (w.equals("you") && i + 1 < post.tokens().size()
                        && post.lowerToken(i + 1).startsWith("ask")); // "a lot of you asked"
        return askOrAnswer && post.signals().memo("askedByMany", () -> manyAsk(post));
    }

    /** An ask word with a many-askers word in the three words before it or a frequency in the six after. */
    private static boolean manyAsk(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!post.lowerToken(i).startsWith("ask")) {
                continue;
            }
            var s = post.sentences().get(tokens.get(i).sentence());
            if (Words.anyIn(post, Math.max(s.firstToken(), i - 3), i, MANY_ASKERS)
                    || OFTEN.find(post, i + 1, Math.min(s.endToken(), i + 7)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A handle anywhere and "you" in its sentence or the next: the post speaks to that person. */
    private static boolean mentionAddressed(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.MENTION)) {
                int sentence = tokens.get(i).sentence();
                int end = post.sentences().get(Math.min(post.sentences().size() - 1, sentence + 1)).endToken();
                if (Words.anyIn(post, i + 1, end, Words.SECOND_PERSON)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Addressing that does not rest on "your labs" alone: a reply, a greeting, a vocative, "you asked". */
    private static boolean explicitlyAddressed(AnalyzedPost post) {
        return addressed(post) || vocative(post, 0, post.tokens().size()) || answers(post)
                || CareRelationshipRule.greetedName(post) != null || mentionAddressed(post) || quotedQuestion(post)
                || threadAsker(post) || replyLabel(post);
    }

    /** Labels that head an answer to someone's question: "Replying in thread:", "Answering Denise's question:". */
    private static final PhraseSet REPLY_LABELS = PhraseSet.of("replying in", "reply in", "thread reply", "reply",
            "answering", "answer to", "re the question", "re your question", "in reply to", "responding to");

    /**
     * "Replying in thread: skip tomorrow's dose ...", "Answer to Linda's question in the group: ...": the post
     * opens by labelling itself an answer to one person's question, the label closed by a colon.
     */
    private static boolean replyLabel(AnalyzedPost post) {
        int n = post.tokens().size();
        int at = REPLY_LABELS.find(post, 0, Math.min(n, 6));
        if (at < 0) {
            return false;
        }
        int colon = Words.firstIn(post, at + 1, Math.min(n, at + 12), CLAUSE_PUNCTUATION);
        if (colon < 0 || !post.lowerToken(colon).equals(":") || Words.anyIn(post, at, colon, MANY_ASKERS)) {
            return false;
        }
        // "Reply:", or one asker between label and colon ("Denise's question", "@ comment", "in thread");
        // not "Our response to the new guidance:"
        int labelEnd = at + REPLY_LABELS.matchAt(post, at);
        boolean asker = labelEnd == colon || Words.anyIn(post, labelEnd, colon, ONE_ASKER);
        for (int i = labelEnd; i < colon && !asker; i++) {
            asker = post.tokens().get(i).is(Kind.MENTION) || post.lowerToken(i).equals("'s");
        }
        return asker;
    }

    private static final Set<String> ONE_ASKER = Set.of("question", "q", "comment", "thread", "op", "dm", "group",
            "chat", "post", "@");

    /** Words that call the thread's asker when they stand before "OP": "for OP", "@OP", "hey OP". */
    private static final Set<String> TO_ASKER = Set.of("for", "to", "@", "hey", "hi", "sorry", "ok", "okay", "so");

    /**
     * "For OP's dad:", "OP, that's shingles", "to OP —": the post answers the thread's original poster
     * (capitalised "OP"; "post-op" or "op-ed" are one token, and a bare "OP" heading a note is not called).
     */
    private static boolean threadAsker(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("OP")) {
                continue;
            }
            String next = i + 1 < tokens.size() ? post.lowerToken(i + 1) : ".";
            boolean called = i > 0 && TO_ASKER.contains(post.lowerToken(i - 1));
            if (next.equals("'s") || next.equals(",") || called) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FIRST_PERSON = Set.of("my", "i", "i'm", "im", "i've", "me", "mine");

    /**
     * "> my knee is swollen, what do I do?", "Q: my 4 yo has a fever ... A: ...": the post quotes one
     * person's question about their own case and answers it.
     */
    private static boolean quotedQuestion(AnalyzedPost post) {
        List<Token> tokens = post.tokens();
        int i = 0;
        boolean quote = tokens.get(0).text().equals(">");
        boolean q = tokens.size() > 2 && post.lowerToken(0).equals("q") && (tokens.get(1).text().equals(":")
                || tokens.get(1).text().equals("."));
        if (!quote && !q) {
            return false;
        }
        i = quote ? 1 : 2;
        int end = Math.min(tokens.size(), i + 12);
        return Words.anyIn(post, i, end, FIRST_PERSON) && Words.anyIn(post, i, tokens.size(), QUESTION_MARK);
    }

    /** "right now", "now." at the end of a clause: urgency, unlike "it's over the counter now". */
    private static boolean rightNow(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!post.lowerToken(i).equals("now")) {
                continue;
            }
            boolean right = i > from && post.lowerToken(i - 1).equals("right");
            boolean closes = i + 1 >= to || !post.tokens().get(i + 1).is(Kind.WORD);
            boolean afterVerb = false; // "take 2 Benadryl now", "go in now"; not "it's over the counter now"
            for (int k = Math.max(from, i - 7); k < i; k++) {
                String w = post.lowerToken(k);
                afterVerb |= IMPERATIVE_VERBS.contains(w) || SEND_VERBS.contains(w);
            }
            if (right || (closes && afterVerb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A referral that hands the order at {@code verb} to the reader's clinician: anywhere in the
     * sentence, or, when the sentence gives a dose ("cut it to 1 mg at 9pm — and ask your doctor
     * about apnea"), only in the order's own clause: a dose is the writer's decision already.
     */
    private static boolean defers(AnalyzedPost post, int from, int to, boolean toOne, int verb) {
        return hasDose(post, from, to) ? defersRightAfter(post, verb, to) : defers(post, from, to, toOne);
    }

    /** Subjects that make "X don't change" a statement: "they don't change who you are". */
    private static final Set<String> SUBJECTS = Set.of("they", "it", "we", "i", "he", "she", "you", "u", "that",
            "this", "which", "who", "people", "most", "kids", "pills", "meds", "these", "those");

    /** "they don't change ...", "you don't double up": "don't" after a subject states, it does not order. */
    private static boolean statementAfterDont(AnalyzedPost post, int from, int i) {
        int k = i - 1;
        if (k >= from && (post.lowerToken(k).equals("don't") || post.lowerToken(k).equals("dont"))) {
            k--;
        } else if (k - 1 >= from && post.lowerToken(k).equals("not") && post.lowerToken(k - 1).equals("do")) {
            k -= 2;
        } else {
            return false;
        }
        return k >= from && SUBJECTS.contains(post.lowerToken(k));
    }

    /** Adverbs of what usually happens: "doses usually start at 10 and go up to 40" states a range. */
    private static final Set<String> HABITUAL = Set.of("usually", "typically", "often", "generally", "normally",
            "commonly", "sometimes", "mostly");

    /** A verb joined by "and"/"or" to a clause that says what usually happens: a second verb of that statement. */
    private static boolean habitual(AnalyzedPost post, int from, int i) {
        if (i == from || !(post.lowerToken(i - 1).equals("and") || post.lowerToken(i - 1).equals("or"))) {
            return false;
        }
        return Words.anyIn(post, from, i - 1, HABITUAL);
    }

    /** "4–6 weeks to work", "2 hours to kick in": a number of days or weeks something takes, not a dose. */
    private static boolean timeSpan(AnalyzedPost post, int number, int to) {
        int k = number + 1;
        if (k + 1 < to && (post.lowerToken(k).equals("-") || post.lowerToken(k).equals("–") || post.lowerToken(k).equals("to"))
                && post.tokens().get(k + 1).is(Kind.NUMBER)) {
            k += 2;
        }
        return k + 1 < to && TIME_UNITS.contains(post.lowerToken(k))
                && (post.lowerToken(k + 1).equals("to") || post.lowerToken(k + 1).equals("before"));
    }

    private static final Set<String> TIME_UNITS = Set.of("minutes", "mins", "hours", "hrs", "days", "weeks", "wks",
            "months", "years");

    /** A referral in the sentence that hands the decision to the reader's clinician ("as prescribed"). */
    private static boolean defers(AnalyzedPost post, int from, int to, boolean toOne) {
        for (int i = Lexicons.SAFE.find(post, from, to); i >= 0; i = Lexicons.SAFE.find(post, i + 1, to)) {
            String canonical = Lexicons.SAFE.canonicalAt(post, i, Lexicons.SAFE.matchAt(post, i));
            // "keep taking the ibuprofen as prescribed" said to one named patient is still their plan
            if (!EMERGENCY.contains(canonical) && !(toOne && canonical.equals("as directed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A referral to the prescriber within the verb's own clause, five words at most after it ("take
     * your meds as prescribed", not "take it as prescribed but stop the ibuprofen" for the second verb).
     */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", ";", "and", ",", "then");
    private static final Set<String> QUESTION_MARK = Set.of("?");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&");
    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":");

    private static boolean defersRightAfter(AnalyzedPost post, int verb, int to) {
        for (int i = verb + 1; i < Math.min(to, verb + 6); i++) {
            if (CLAUSE_BREAKS.contains(post.lowerToken(i))) {
                return false;
            }
            int len = Lexicons.SAFE.matchAt(post, i);
            if (len > 0 && !EMERGENCY.contains(Lexicons.SAFE.canonicalAt(post, i, len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Planning a pregnancy?", "Traveling this summer?", "Low blood sugar?": a short opening question
     * that picks an audience, the way a health-education post starts; not one that asks the reader
     * about their own case ("Still on the lisinopril?").
     */
    private static boolean audienceQuestion(AnalyzedPost post) {
        Sentence first = post.sentences().get(0);
        int n = first.endToken() - first.firstToken();
        int f = first.firstToken();
        // "Pregnant?", "Diabetic?": a condition alone picks its readers too
        boolean conditionOnly = n >= 2 && n <= 3 && Lexicons.CONDITIONS.matchAt(post, f) > 0;
        // "Using your reliever inhaler 3 or more times a week?": a gerund opening asks anyone it fits
        boolean gerund = post.lowerToken(f).length() > 4 && post.lowerToken(f).endsWith("ing")
                && post.tokens().get(f).is(Kind.WORD) && !post.lowerToken(f).equals("nothing")
                && !post.lowerToken(f).equals("anything") && !post.lowerToken(f).equals("something");
        return (n >= 3 || conditionOnly) && n <= 12 && question(post, first)
                && (gerund || !Words.anyIn(post, first.firstToken(), first.endToken(), Words.SECOND_PERSON))
                && !Words.anyIn(post, first.firstToken(), first.endToken(), THIRD_PERSON_OBJECTS)
                && !reading(post, first.firstToken(), first.endToken());
    }

    /**
     * Three or more sentences that open with the same two words ("You should get your flu shot. You
     * should call your grandma. You should ..."): a list or a refrain, written for everyone.
     */
    private static boolean parallelList(AnalyzedPost post) {
        List<Sentence> sentences = post.sentences();
        for (int a = 0; a + 2 < sentences.size(); a++) {
            int first = sentences.get(a).firstToken();
            if (sentences.get(a).endToken() - first < 3 || !post.tokens().get(first).is(Kind.WORD)) {
                continue;
            }
            int same = 1;
            for (int b = a + 1; b < sentences.size(); b++) {
                int f = sentences.get(b).firstToken();
                if (sentences.get(b).endToken() - f >= 3 && post.lowerToken(f).equals(post.lowerToken(first))
                        && post.lowerToken(f + 1).equals(post.lowerToken(first + 1))) {
                    same++;
                }
            }
            if (same >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A number that is a reading ("INR 4.8?", "a fever of 102?"), not a threshold ("under 70?"). */
    private static boolean reading(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            // not a threshold: "under 70?", "3 or more times a week?"
            boolean orMore = i + 2 < to && post.lowerToken(i + 1).equals("or") && OR_MORE.contains(post.lowerToken(i + 2));
            if (post.tokens().get(i).is(Kind.NUMBER) && !(i > from && THRESHOLDS.contains(post.lowerToken(i - 1)))
                    && !orMore) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OR_MORE = Set.of("more", "less", "fewer", "above", "over", "higher", "lower",
            "under", "below");
    private static final Set<String> THRESHOLDS = Set.of("under", "over", "above", "below", ">", "<", "than",
            "least", "after", "before", "every", "within");

    /** "never skip your ...", "always take your ...": "never" or "always" just before the directive. */
    private static boolean standingRule(AnalyzedPost post, int sentenceStart, int directive) {
        for (int k = Math.max(sentenceStart, directive - 2); k <= directive; k++) {
            String w = post.lowerToken(k);
            if (w.equals("never") || w.equals("always")) {
                return true;
            }
        }
        return false;
    }

    /** "Do you need ...?", "Should you take ...?": a question opened by an auxiliary. */
    private static boolean auxiliaryQuestion(AnalyzedPost post, Sentence s) {
        return question(post, s) && AUXILIARIES.contains(post.lowerToken(s.firstToken()));
    }

    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "should", "can", "could", "is", "are",
            "will", "would", "have", "has", "must", "may", "shall");

    /** A sentence that asks rather than tells ("Sounds like a cold?"). */
    private static boolean question(AnalyzedPost post, Sentence s) {
        return post.lowerToken(s.endToken() - 1).equals("?");
    }

    /** "Nah, you don't need...", "Yes you can...": the post answers someone's question. */
    private static boolean answers(AnalyzedPost post) {
        var first = post.sentences().get(0);
        int i = first.firstToken();
        if (post.tokens().get(i).is(Kind.MENTION) && i + 1 < first.endToken()) {
            i++;
        }
        if (!ANSWERS.contains(post.lowerToken(i)) || GENERIC_STRONG.find(post, 0, i) >= 0) {
            return false; // (nor an answer under a heading for all: "Blood donation FAQ: Yes, you can donate if ...")
        }
        // "Nope, you don't need ...", "yes u can": the reader right after the answer; "No, sunscreen doesn't
        // give you ..." answers a myth for everyone
        for (int k = i + 1; k < Math.min(first.endToken(), i + 4); k++) {
            String w = post.lowerToken(k);
            if (Words.SECOND_PERSON.contains(w)) {
                return true;
            }
            // "No, don't give him the NyQuil", "Yes, take her in": an order about the child or partner asked about
            if ((IMPERATIVE_VERBS.contains(w) || Lexicons.TREATMENT_VERBS.matchAt(post, k) > 0) && k + 1 < first.endToken()
                    && (post.lowerToken(k + 1).equals("him") || post.lowerToken(k + 1).equals("her"))) {
                return true;
            }
            if (w.equals("don't") || w.equals("dont")) {
                continue;
            }
            if (post.tokens().get(k).is(Kind.WORD) && !ANSWER_SOFTENERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words between an answer and the reader: "yes, honestly you can", "no, so you don't". */
    private static final Set<String> ANSWER_SOFTENERS = Set.of("honestly", "so", "and", "but", "definitely", "absolutely",
            "totally", "then", "if", "friend", "hon", "hun", "mama", "for");

    /** Addressed only by a leading "Yes,"/"Nope," — an answer form that broadcasts use too ("Yes, get your flu shot!"). */
    private static boolean answersOnly(AnalyzedPost post) {
        return answers(post) && !addressed(post) && !vocative(post, 0, post.tokens().size())
                && CareRelationshipRule.greetedName(post) == null && !mentionAddressed(post);
    }

    /** "hey @jo", "hi Sam,": a greeting to one person. */
    private static boolean greeting(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        return (w.equals("hey") || w.equals("hi") || w.equals("hello")) && i + 1 < post.tokens().size()
                && post.tokens().get(i + 1).is(Kind.MENTION);
    }

    /** "no need to go in for that —", "with those stitches": pointing at what the reader described. */
    private static boolean deixis(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (greeting(post, i)) {
                return true;
            }
            String w = post.lowerToken(i);
            String next = post.lowerToken(i + 1);
            if ((w.equals("for") || w.equals("with")) && (next.equals("that") || next.equals("those"))) {
                Token after = i + 2 < post.tokens().size() ? post.tokens().get(i + 2) : null;
                if (after == null || !after.is(Kind.WORD) || after.sentence() != post.tokens().get(i).sentence()) {
                    return true;
                }
            }
            if ((w.equals("those") || w.equals("that") || w.equals("this")) && (Words.CARE_EPISODES.matchAt(post, i + 1) > 0
                    || TREATMENT_NOUNS.matchAt(post, i + 1) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence about anyone: "if you...", "when kids...", "anyone with...". */
    private static boolean general(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = post.lowerToken(i);
            if (w.equals("if") || w.equals("when") || w.equals("whenever") || w.equals("anyone")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_A_GROUP = Set.of("for", "with", "to", "about", "on", "your", "ur", "my",
            "the", "a", "an", "this", "that", "these", "those", "if", "when", "after", "before", "since", "in", "at",
            "from", "and", "or", "so", "his", "her", "their", "our", "no", "yes", "ok", "okay", "hey", "hi");

    private static final Set<String> MEME_SPEAKERS = Set.of("you", "me", "pov", "nobody", "everyone", "doctors",
            "nurses", "patients", "also");

    /** A sentence opened by a meme's speaker label: "You:", "Also you:", "POV:", "Nobody:". */
    private static boolean memeFormat(AnalyzedPost post) {
        for (Sentence s : post.sentences()) {
            int f = s.firstToken();
            int label = f < s.endToken() && post.lowerToken(f).equals("also") ? f + 1 : f;
            if (label + 1 < s.endToken() && MEME_SPEAKERS.contains(post.lowerToken(label))
                    && !post.lowerToken(label).equals("also") && post.lowerToken(label + 1).equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Openers of a thought experiment: "Imagine you're ...", "Picture yourself ...", "Suppose you ...". */
    private static final Set<String> SUPPOSE = Set.of("imagine", "picture", "suppose", "pretend", "envision",
            "visualize", "visualise");
    private static final Set<String> SUPPOSED = Set.of("you", "you're", "youre", "you've", "you'd", "you'll", "your",
            "yourself", "being", "that",
            "for", "a", "an", "this", "it's");

    /**
     * "Imagine you're 67 and live alone ...", "Picture this: you ...", "Suppose you've just been told ...":
     * a post that opens by asking the reader to imagine a situation; its "you" is anyone.
     */
    private static boolean thoughtExperiment(AnalyzedPost post) {
        // only as the post's opening: a later "imagine" does not make earlier advice anyone's
        if (post.sentences().isEmpty()) {
            return false;
        }
        Sentence s = post.sentences().get(0);
        int f = s.firstToken();
        // a "you" in the opening itself: not "Imagine that." before advice to someone
        return f + 1 < s.endToken() && SUPPOSE.contains(post.lowerToken(f))
                && (SUPPOSED.contains(post.lowerToken(f + 1)) || post.lowerToken(f + 1).equals(":"))
                && Words.anyIn(post, f + 1, s.endToken(), Words.SECOND_PERSON);
    }

    /**
     * "If you take warfarin, ...", "When you're on a blood thinner, ...": a post that opens by naming, in a
     * hypothetical about a health topic, the readers it is for; its "you" and "your" are anyone it fits.
     */
    private static boolean hypotheticalReader(AnalyzedPost post) {
        if (post.sentences().isEmpty()) {
            return false;
        }
        Sentence s = post.sentences().get(0);
        int f = s.firstToken();
        if (f + 2 >= s.endToken() || !(post.lowerToken(f).equals("if") || post.lowerToken(f).equals("when")
                || post.lowerToken(f).equals("whenever")) || !Words.SECOND_PERSON.contains(post.lowerToken(f + 1))) {
            return false;
        }
        int clauseEnd = Words.firstIn(post, f + 2, s.endToken(), IF_CLAUSE_ENDS);
        return healthTopic(post, f + 2, clauseEnd < 0 ? s.endToken() : clauseEnd);
    }

    /** "I can't give individual medical advice on here": the writer declines to advise anyone in particular. */
    private static final PhraseSet DECLINES = PhraseSet.union(Words.DECLINES_TO_ADVISE, PhraseSet.of(
            "can't give individual", "cannot give individual", "can't give personal", "cannot give personal",
            "can't give specific", "cannot give specific", "can't examine you", "cannot examine you", "can't diagnose",
            "cannot diagnose", "unable to give medical advice", "not able to give medical advice",
            "can't offer individual", "can't offer personal", "cannot offer individual", "cannot offer personal"));
    private static final Set<String> IF_CLAUSE_ENDS = Set.of(",", ":", ";", "—", "–", "-");

    /** The writer's label for an answer meant for everyone, or a disclaimer that cases differ. */
    private static final PhraseSet GENERAL_LABEL = PhraseSet.of("general answer", "general info",
            "general information", "generally speaking", "general rule", "short general answer", "in general terms",
            "every kid is different", "every child is different", "everyone is different", "every patient is different",
            "every case is different", "every body is different", "everybody is different");

    /**
     * "Q from the comments: 'how long after a concussion can kids play?' General answer: ...": an answer the
     * writer labels general, to questions that speak of no one's own case (no "I" or "my" in any question) and
     * with no "your" for the reader's own situation.
     */
    private static boolean generalAnswer(AnalyzedPost post) {
        int n = post.tokens().size();
        if (GENERAL_LABEL.find(post, 0, n) < 0 || Words.anyIn(post, 0, n, YOUR)) {
            return false;
        }
        for (Sentence s : post.sentences()) {
            if (Words.anyIn(post, s.firstToken(), s.endToken(), QUESTION_MARK)
                    && Words.anyIn(post, s.firstToken(), s.endToken(), FIRST_PERSON)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> YOUR = Set.of("your", "ur", "yours", "you're", "youre", "you've", "u're");

    /** Groups called out by one word: "Smokers, ...", "Parents, ...". */
    private static final Set<String> POPULATIONS = Set.of("smokers", "vapers", "diabetics", "parents", "moms", "dads",
            "runners", "athletes", "seniors", "teens", "students", "travelers", "travellers", "women", "men", "ladies",
            "gentlemen", "folks", "everyone", "everybody", "guys", "caregivers", "asthmatics", "drivers", "lifters");

    /**
     * "Tobacco users, don't skip your exam", "New moms, sleep when you can", "Diabetics, check your feet":
     * a sentence addressed to a group, not one reader; a name ("Marcus, ...") is not a group.
     */
    private static boolean populationVocative(AnalyzedPost post, Sentence s) {
        int first = s.firstToken();
        for (int comma = first + 1; comma < Math.min(s.endToken(), first + 4); comma++) {
            if (!post.lowerToken(comma).equals(",") && !post.lowerToken(comma).equals(":")) {
                continue;
            }
            for (int k = first; k < comma; k++) {
                // "for your migraines, take ...": a phrase about the reader's own trouble, not a group
                boolean word = post.tokens().get(k).is(Kind.WORD) || post.tokens().get(k).is(Kind.NUMBER);
                if (!word || NOT_A_GROUP.contains(post.lowerToken(k))) {
                    return false;
                }
            }
            String head = post.lowerToken(comma - 1);
            String text = post.tokens().get(comma - 1).text();
            // "Tobacco users", "Dear patients", "Type 2 diabetics"; not a name ("Marcus,") or a heading ("Next steps:")
            boolean people = head.length() > 4 && Character.isLowerCase(text.charAt(0))
                    && PEOPLE_SUFFIXES.stream().anyMatch(head::endsWith);
            return POPULATIONS.contains(head) || (comma - first >= 2 && people);
        }
        return false;
    }

    private static final List<String> PEOPLE_SUFFIXES = List.of("ers", "ents", "ians", "ists", "ics", "ees", "ors");

    /** "hey girl", "now mama", "ok friend,": the post calls out one reader. */
    private static boolean vocative(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!VOCATIVES.contains(post.lowerToken(i))) {
                continue;
            }
            String before = i > 0 ? post.lowerToken(i - 1) : ",";
            Token next = i + 1 < post.tokens().size() ? post.tokens().get(i + 1) : null;
            boolean closes = next == null || next.is(Kind.EMOJI) || next.text().equals(",")
                    || next.text().equals("!") || next.sentence() != post.tokens().get(i).sentence();
            if (VOCATIVE_OPENERS.contains(before) && (closes || !before.equals("my"))) {
                return true;
            }
            if (closes && STRONG_VOCATIVES.contains(post.lowerToken(i)) && !DETERMINERS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** A clause opened by an instruction verb ("stay at 25", "watch him overnight", "don't give her"). */
    private static int instruction(AnalyzedPost post, int from, int to, boolean toOne) {
        for (int i = from; i < to; i++) {
            if (restriction(post, i, to)) {
                return i;
            }
            boolean opens = i == from || CLAUSE_OPENERS.contains(post.lowerToken(i - 1))
                    || post.tokens().get(i - 1).is(Kind.MENTION) || post.tokens().get(i - 1).is(Kind.EMOJI);
            // "ask for ella instead": requesting a drug for oneself
            boolean askFor = post.lowerToken(i).equals("ask") && i + 1 < to && post.lowerToken(i + 1).equals("for");
            if (opens && post.tokens().get(i).is(Kind.WORD) && (IMPERATIVE_VERBS.contains(post.lowerToken(i)) || askFor)
                    && !statementAfterDont(post, from, i) && !habitual(post, from, i)
                    && !Grammar.othersSubject(post, from, i) // "most folks just take ...": what others do
                    && !(i + 1 < to && (isPronounSubject(post, i + 1) || keepInTouch(post, i + 1, to)))
                    && !affection(post, i, to) && !interjection(post, i, to) && !headNoun(post, i, to)
                    && !nounListItem(post, from, i)
                    && !(post.lowerToken(i).equals("rest") && i + 1 < to && FAREWELLS.contains(post.lowerToken(i + 1)))) {
                // "don't change your dose without talking to your doctor": a referral, not an instruction
                // "book a review with your practice nurse", "bring your numbers to your next visit": the same
                return defers(post, from, to, toOne, i) || ownClinician(post, i, to) ? -1 : i;
            }
        }
        return -1;
    }

    private static final Set<String> OWN_CARE = Set.of("doctor", "doc", "gp", "nurse", "practice", "provider",
            "clinician", "pharmacist", "pharmacy", "team", "visit", "appointment", "appt", "review", "checkup",
            "check-up", "surgery", "midwife", "pcp", "prescriber", "consultant");
    private static final Set<String> REFERRAL_VERBS = Set.of("book", "bring");
    private static final Set<String> PAPERWORK = Set.of("letter", "log", "logs", "list", "card", "id", "paperwork",
            "form", "forms", "records", "diary", "journal", "referral", "photo", "photos", "questions", "notes");

    /**
     * "book with your GP", "bring your numbers to your next visit": booking or bringing, in the verb's own
     * clause, to the reader's own clinician or next visit; a referral rather than care decided here.
     */
    private static boolean ownClinician(AnalyzedPost post, int verb, int to) {
        if (!REFERRAL_VERBS.contains(post.lowerToken(verb))) {
            return false;
        }
        // "bring your referral letter", "bring your BP log": papers and records for a visit, an errand
        if (post.lowerToken(verb).equals("bring") && Words.anyIn(post, verb + 1, Math.min(to, verb + 5), PAPERWORK)) {
            return true;
        }
        for (int i = verb + 1; i + 1 < Math.min(to, verb + 10); i++) {
            String w = post.lowerToken(i);
            if (CLAUSE_BREAKS.contains(w) || w.equals("—") || w.equals("–")) {
                return false;
            }
            if ((w.equals("with") || w.equals("to") || w.equals("at")) && (post.lowerToken(i + 1).equals("your")
                    || post.lowerToken(i + 1).equals("ur"))) {
                for (int k = i + 2; k < Math.min(to, i + 5); k++) {
                    if (OWN_CARE.contains(post.lowerToken(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * After a permission, the reader's own things: "with your lisinopril", "for the cracked molar",
     * "for the back pain".
     */
    private static boolean ownSituation(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            if ((w.equals("your") || w.equals("ur")) && Lexicons.DRUGS.matchAt(post, i + 1) > 0) {
                return true;
            }
            // "no need to take her in", "you don't have to bring him back": someone the reader cares for
            if (SEND_VERBS.contains(w) && (post.lowerToken(i + 1).equals("her") || post.lowerToken(i + 1).equals("him"))) {
                return true;
            }
            if (w.equals("the")) {
                for (int k = i + 1; k < Math.min(to, i + 3); k++) {
                    if (BODY.contains(post.lowerToken(k)) || Lexicons.CONDITIONS.matchAt(post, k) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "no swinging a club til then", "no running for 3 weeks": an activity barred for a while. */
    private static boolean restriction(AnalyzedPost post, int i, int to) {
        if (!post.lowerToken(i).equals("no") || i + 2 >= to) {
            return false;
        }
        String activity = post.lowerToken(i + 1);
        if (activity.length() < 5 || !activity.endsWith("ing") || !post.tokens().get(i + 1).is(Kind.WORD)) {
            return false;
        }
        for (int k = i + 2; k < Math.min(to, i + 7); k++) {
            String w = post.lowerToken(k);
            if (UNTIL.contains(w) || (w.equals("for") && k + 1 < to && (post.tokens().get(k + 1).is(Kind.NUMBER)
                    || NUMBER_WORDS.contains(post.lowerToken(k + 1)) || post.lowerToken(k + 1).equals("a")))) {
                return true;
            }
        }
        return false;
    }

    /** "…wait, this isn't my notes app", "wait what": surprise, not an instruction to wait. */
    private static boolean interjection(AnalyzedPost post, int verb, int to) {
        if (!post.lowerToken(verb).equals("wait")) {
            return false;
        }
        if (verb + 1 >= to) {
            return true;
        }
        Token next = post.tokens().get(verb + 1);
        return !next.is(Kind.WORD) && !next.is(Kind.NUMBER) || WAIT_SURPRISE.contains(post.lowerToken(verb + 1));
    }

    /** Where "head" goes when it is a verb: "head to the ER", "head back in", "head straight over". */
    private static final Set<String> HEADING = Set.of("to", "in", "into", "over", "back", "down", "out", "straight",
            "home", "for", "up", "right");

    /** "fall + head strike", "head CT": "head" the body part, not "head to urgent care". */
    private static boolean headNoun(AnalyzedPost post, int verb, int to) {
        return post.lowerToken(verb).equals("head") && !(verb + 1 < to && HEADING.contains(post.lowerToken(verb + 1)));
    }

    /**
     * "What helps: fluids, rest, honey for cough": the verb at {@code i} is an item of a list of things opened by
     * a colon, each item before it one word that is no verb or verb's tail ("fluids"); not "ice it, rest,
     * elevate" or "skip squats for 2 weeks, do wall sits".
     */
    private static boolean nounListItem(AnalyzedPost post, int from, int i) {
        if (i - 2 < from || !post.lowerToken(i - 1).equals(",")) {
            return false;
        }
        // one-word items back to the colon that opens the list: "What helps: fluids, rest, ..."
        for (int k = i - 2; k >= from; k -= 2) {
            String w = post.lowerToken(k);
            if (!post.tokens().get(k).is(Kind.WORD) || IMPERATIVE_VERBS.contains(w) || VERB_TAILS.contains(w)) {
                return false;
            }
            if (k - 1 >= from && post.lowerToken(k - 1).equals(":")) {
                return true;
            }
            if (k - 1 < from || !post.lowerToken(k - 1).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Words that end a verb's own clause before a comma: "ice it, rest", "lie down, rest". */
    private static final Set<String> VERB_TAILS = Set.of("it", "them", "him", "her", "me", "us", "up", "off", "out",
            "down", "in", "on", "well", "more", "less");

    /** "give baby Noah a squeeze", "give us a call": a gesture, not a dose. */
    private static boolean affection(AnalyzedPost post, int verb, int to) {
        if (!post.lowerToken(verb).equals("give")) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(to, verb + 6); k++) {
            if (SOCIAL_OBJECTS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** "do you ...", "don't you think": a question, not an instruction. */
    private static boolean isPronounSubject(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        return w.equals("you") || w.equals("u") || w.equals("i") || w.equals("we") || w.equals("they");
    }

    /** A body part, care destination or health detail in the sentence: what an instruction is about. */
    private static boolean healthTopic(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = post.lowerToken(i);
            if (w.length() > 3 && w.endsWith("s") && BODY.contains(w.substring(0, w.length() - 1))) {
                return true; // "nipples", "gums"
            }
        }
        return bodyPart(post, from, to) || Words.anyIn(post, from, to, VITAL_TOPICS) || CARE_DESTINATIONS.find(post, from, to) >= 0
                || Lexicons.CONDITIONS.find(post, from, to) >= 0 || Lexicons.DRUGS.find(post, from, to) >= 0
                || Lexicons.TESTS_PROCEDURES.find(post, from, to) >= 0;
    }

    /** "straight to the ER", "straight to L&D": a destination with no time to lose. */
    private static int straightTo(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (post.lowerToken(i).equals("straight") && post.lowerToken(i + 1).equals("to")
                    && CARE_DESTINATIONS.matchAt(post, i + 2 + article(post, i + 2)) > 0 && !conditional(post, i)) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> VITALS = Set.of("fever", "temp", "temperature", "bp", "pressure", "sugar",
            "sugars", "glucose", "bg", "o2", "sat", "sats", "spo2", "pulse", "hr", "inr", "ketones", "a1c");
    private static final Set<String> HIGHER = Set.of("higher", "more", "above", "up", "over", "greater", "lower",
            "less", "below", "under");

    /** Readings that make an instruction a health one ("your BP is better — keep up the walks"); not "sugar". */
    private static final Set<String> VITAL_TOPICS = Set.of("bp", "glucose", "a1c", "inr", "spo2", "o2", "sats", "temp");

    /** "+", "or higher", "and up" after a number: a threshold. */
    private static boolean andUp(AnalyzedPost post, int i, int to) {
        if (i >= to) {
            return false;
        }
        String w = post.lowerToken(i);
        return w.equals("+") || ((w.equals("or") || w.equals("and")) && i + 1 < to && HIGHER.contains(post.lowerToken(i + 1)));
    }

    /**
     * "Fever of 104 in a 2-month-old", "150/95 and a headache": a vital sign read off one person, not a
     * threshold for everyone ("over 100.4", "140/90 or higher", "100.4+").
     */
    private static boolean describedReading(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = post.tokens().get(i);
            if (!t.is(Kind.NUMBER) || (i > from && THRESHOLDS.contains(post.lowerToken(i - 1)))
                    || andUp(post, i + 1, to) || conditional(post, i)) {
                continue;
            }
            String n = t.text();
            int slash = n.indexOf('/');
            boolean pressure = slash > 1 && n.indexOf('/', slash + 1) < 0 && n.substring(0, slash).chars().allMatch(Character::isDigit)
                    && n.substring(0, slash).length() >= 2 && slash <= 3 && Integer.parseInt(n.substring(0, slash)) >= 80;
            if (pressure || Words.anyIn(post, Math.max(from, i - 3), i, VITALS)) {
                return true;
            }
        }
        return false;
    }

    /** A body part in [from, to), but not the idiom "keep an eye on your inbox" / "an eye out". */
    private static boolean bodyPart(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BODY.contains(post.lowerToken(i)) && !(post.lowerToken(i).equals("eye") && i > 0
                    && post.lowerToken(i - 1).equals("an") && i + 1 < post.tokens().size()
                    && (post.lowerToken(i + 1).equals("on") || post.lowerToken(i + 1).equals("out")))) {
                return true;
            }
        }
        return false;
    }

    /** "head to L&D now", "go to the pediatrician today", "get him to urgent care": sending someone to care. */
    private static int sendTo(AnalyzedPost post, int from, int to) {
        int straight = straightTo(post, from, to);
        if (straight >= 0) {
            return straight;
        }
        for (int i = from; i < to; i++) {
            if (!SEND_VERBS.contains(post.lowerToken(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(to, i + 5); k++) {
                if (CARE_DESTINATIONS.matchAt(post, k) > 0 && !conditional(post, i)) {
                    return i;
                }
            }
        }
        // "= ER now", "urgent care tonight": a destination with a deadline
        for (int i = from; i + 1 < to; i++) {
            int len = CARE_DESTINATIONS.matchAt(post, i);
            boolean bare = i == from || !post.tokens().get(i - 1).is(Kind.WORD) || post.lowerToken(i - 1).equals("to");
            if (len > 0 && bare && i + len < to && IMMEDIACY.contains(post.lowerToken(i + len)) && !conditional(post, i)) {
                return i;
            }
        }
        // "needs to be looked at", "should be seen this week"
        for (int i = from; i + 2 < to; i++) {
            if (post.lowerToken(i).equals("be") && i > from) {
                String w = post.lowerToken(i + 1);
                if (w.equals("looked") || w.equals("seen") || w.equals("checked") || w.equals("evaluated")
                        || w.equals("examined")) {
                    return i - 1;
                }
            }
        }
        return -1;
    }

    /**
     * "You need to go to the ER tonight", "you should just head to the ED": an obligation put on the
     * reader right before the place they are sent (with an urgent time it is their case, not a safety net).
     */
    private static boolean obligedTo(AnalyzedPost post, int from, int escalation) {
        for (int k = Math.max(from, escalation - 5); k < escalation; k++) {
            int len = Lexicons.DIRECTIVES.matchAt(post, k);
            int end = k + len;
            if (len > 0 && end < escalation && SOFTENERS_BEFORE_PLACE.contains(post.lowerToken(end))) {
                end++;
            }
            if (len > 0 && end == escalation) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SOFTENERS_BEFORE_PLACE = Set.of("just", "really", "honestly", "probably");

    /** "get that mole looked at", "get your knee checked out": sending the reader to be examined. */
    private static int getItSeen(AnalyzedPost post, int from, int to) {
        int needs = needsSeen(post, from, to);
        if (needs >= 0) {
            return needs;
        }
        for (int i = from; i < to; i++) {
            if (!post.lowerToken(i).equals("get")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(to, i + 6); k++) {
                String w = post.lowerToken(k);
                if (w.equals("looked") || w.equals("checked") || w.equals("seen") || w.equals("evaluated")
                        || w.equals("examined")) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static final Set<String> NEEDS = Set.of("needs", "need");
    private static final Set<String> SEEN = Set.of("seen", "eyes", "looked", "checked", "stitches", "drained",
            "x-ray", "xray", "x-rayed", "imaging", "evaluated", "examined");

    /** Only an answer word stands before token i in its sentence: "Wouldn't ...", "Nope, wouldn't ...". */
    private static boolean leadsSentence(AnalyzedPost post, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && (ANSWERS.contains(post.lowerToken(k)) || post.lowerToken(k).equals(",")
                || post.lowerToken(k).equals("honestly"))) {
            k--;
        }
        return k < s.firstToken();
    }

    /** "Needs to be seen.", "That bite needs eyes on it": what the reader described, sent to be looked at. */
    static int needsSeen(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (!NEEDS.contains(post.lowerToken(i))) {
                continue;
            }
            boolean pointed = i == from || (i - 2 >= from && BODY.contains(post.lowerToken(i - 1))
                    && (post.lowerToken(i - 2).equals("that") || post.lowerToken(i - 2).equals("this")));
            if (pointed && Words.anyIn(post, i + 1, Math.min(to, i + 5), SEEN)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "No, you don't have to wait it out if you're struggling to breathe": the permission holds for any
     * reader in that case, a myth answered for everyone rather than one person's situation.
     */
    private static boolean readerIfAfter(AnalyzedPost post, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            if ((w.equals("if") || w.equals("when") || w.equals("unless"))
                    && Words.SECOND_PERSON.contains(post.lowerToken(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "If your lips swell or you have chest pain": an if/when earlier in the same clause. */
    private static boolean conditionalClause(AnalyzedPost post, int i) {
        int sentence = post.tokens().get(i).sentence();
        for (int k = i - 1; k >= 0 && post.tokens().get(k).sentence() == sentence; k--) {
            String w = post.lowerToken(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—")) {
                return false;
            }
            boolean gerund = post.lowerToken(k + 1).endsWith("ing"); // "burning when peeing": a symptom
            if (w.equals("if") || w.equals("unless") || ((w.equals("when") || w.equals("whenever")) && !gerund)) {
                return true;
            }
        }
        return false;
    }

    /** "if your child ...", "when your toddler ...": a hypothetical reader, not a described one. */
    private static boolean conditional(AnalyzedPost post, int i) {
        return Words.hypotheticalBefore(post, i);
    }

    /**
     * A rule named by its number, a reference for anyone: "the rule of 15" for a low sugar; not "as a rule of
     * thumb, stop your ...".
     */
    private static boolean namedRule(AnalyzedPost post) {
        for (int i = 0; i + 2 < post.tokens().size(); i++) {
            if (post.lowerToken(i).equals("rule") && post.lowerToken(i + 1).equals("of")
                    && post.tokens().get(i + 2).is(Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** "your potassium of 6.1", "your BP is still 150": a number about the reader within four tokens. */
    private static boolean numberFollows(AnalyzedPost post, int from, int to) {
        int sentence = post.tokens().get(from).sentence(); // not the "2/" that numbers a thread's next post
        for (int k = from; k < Math.min(to, from + 5) && post.tokens().get(k).sentence() == sentence
                && !post.lowerToken(k).equals("the"); k++) { // not "teach your family the rule of 15"
            // "your BP is still 150" (not "your nose for 10 min", not "your provider or 911")
            boolean duration = k + 1 < to && DURATIONS.contains(post.lowerToken(k + 1));
            if (post.tokens().get(k).is(Kind.NUMBER) && !HOTLINES.contains(post.tokens().get(k).text()) && !duration) {
                return true;
            }
        }
        return false;
    }

    /** "our new admit", "we had a bounce-back": a weak patient cue told as the author's own care. */
    private static final Set<String> OUR_CARE = Set.of("our", "we", "we're", "we've", "we'd", "us");
    private static final Set<String> SOMEONE_ELSE = Set.of("he", "she", "him", "her", "guy", "lady", "man", "woman",
            "admit", "patient", "pt", "kid");
    /** Openers of a conversational answer: "Honestly?", "Nope,", "lol", "OP,". */
    private static final Set<String> ANSWER_OPENERS = Set.of("op");
    /** Words that may stand before a bare verdict: "OP - shingles.", "lol def a UTI", "100% a UTI". */
    private static final Set<String> VERDICT_LEADS = Set.of(",", "-", "–", "—", "100", "%", "100%", "op", "lol",
            "nah", "yeah", "ok", "okay", "honestly", "prob", "sounds", "looks", "like", "bestie", "hun", "friend",
            "mama", "yep", "yup", "oh", "ya", "yeah,");
    /** The certainty that makes a bare condition a verdict: "textbook", "100%", "def", "sounds like". */
    private static final Set<String> VERDICT_MARKERS = Set.of("classic", "textbook", "definitely", "def", "100",
            "100%", "probably", "prob", "likely", "certainly", "totally", "sounds", "looks", "almost");
    /** Statement verbs that make "ibuprofen 400 ..." a fact about the drug rather than an instruction. */
    private static final Set<String> STATEMENT_VERBS = Set.of("is", "are", "was", "were", "works", "work", "worked",
            "reduced", "reduces", "lowers", "lowered", "has", "have", "had", "can", "may", "showed", "shows", "vs",
            "versus", "beat", "beats", "remains", "became", "outperformed", "compared", "gave", "gives", "led", "leads",
            "cut", "cuts", "achieved", "found", "did", "does", "helped", "helps", "isn't", "aren't", "doesn't",
            "don't", "won't", "will", "might", "should", "could", "must", "means");

    /**
     * An answer to one asker that needs no "you": a conversational opener ("Honestly?", "Nope,"), a verdict on
     * what was described ("that's textbook plantar fasciitis", "Classic BPPV."), or a sentence opened by a drug
     * and an amount ("Tylenol 1g q8h, max 3g"). Broadcast framing (tips, PSA, guidelines) is ruled out by the caller.
     */
    private static boolean answerPost(AnalyzedPost post, Signals signals) {
        List<Token> tokens = post.tokens();
        for (Sentence s : post.sentences()) {
            // "lol. pancreatitis.", "came in with chest pain ... STEMI": the author's own case, told, not an answer
            if (signals.has(s.index(), Signals.Kind.PATIENT_STRONG) || (signals.has(s.index(), Signals.Kind.PATIENT_WEAK)
                    && Words.anyIn(post, s.firstToken(), s.endToken(), OUR_CARE))) {
                return false;
            }
        }
        if (PREVENTIVE.find(post, 0, tokens.size()) >= 0) {
            return false; // "Flu shots, walk-in, this week" is a campaign
        }
        // "our new admit is the guy who ...": the team telling of someone in its care
        if (Words.anyIn(post, 0, tokens.size(), OUR_CARE) && Words.anyIn(post, 0, tokens.size(), SOMEONE_ELSE)) {
            return false;
        }
        int i = tokens.get(0).is(Kind.MENTION) && tokens.size() > 1 ? 1 : 0;
        // "Honestly? ..." answers; "Honestly, sunscreen is ..." is an opinion for everyone
        if (ANSWER_OPENERS.contains(post.lowerToken(i)) || (post.lowerToken(i).equals("honestly")
                && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("?"))) {
            return true;
        }
        for (Sentence s : post.sentences()) {
            Signals.Cue d = diagnosis(post, signals, s);
            boolean pointed = d != null && (d.canonical().startsWith("that ") || d.canonical().startsWith("this ")
                    || d.canonical().startsWith("it "));
            if ((pointed && !general(post, s.firstToken(), s.endToken())) || fragmentVerdict(post, signals, s) != null
                    || doseFragment(post, signals, s.firstToken(), s.endToken()) >= 0
                    || needsSeen(post, s.firstToken(), s.endToken()) >= 0 || reassurance(post, s)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> POINTING = Set.of("that's", "thats", "this's");
    private static final Set<String> INTENSIFIERS = Set.of("totally", "completely", "perfectly", "very", "super",
            "pretty", "so", "really", "100%", "actually", "still", "all");
    private static final Set<String> REASSURING = Set.of("normal", "expected", "common", "benign",
            "harmless", "typical");

    /**
     * "That's normal after starting it", "Nope, this is totally expected": a sentence opened by pointing at
     * what the reader described and calling it normal; "it's normal to ..." (anyone) and questions are not.
     */
    private static boolean reassurance(AnalyzedPost post, Sentence s) {
        int k = s.firstToken();
        int end = s.endToken();
        while (k < end && (ANSWERS.contains(post.lowerToken(k)) || !post.tokens().get(k).is(Kind.WORD)
                || post.lowerToken(k).equals("honestly") || post.lowerToken(k).equals("oh"))) {
            k++;
        }
        if (k + 1 >= end || question(post, s) || general(post, s.firstToken(), end)) {
            return false;
        }
        String w = post.lowerToken(k);
        if (POINTING.contains(w)) {
            k++;
        } else if (w.equals("that") || w.equals("this")) {
            // "that is", "this's", and "that jittery wired feeling is": the thing described, then its verdict
            int verb = k + 1;
            while (verb < Math.min(end, k + 5) && !post.lowerToken(verb).equals("is") && !post.lowerToken(verb).equals("'s")
                    && post.tokens().get(verb).is(Kind.WORD)) {
                verb++;
            }
            if (verb >= end || !(post.lowerToken(verb).equals("is") || post.lowerToken(verb).equals("'s"))) {
                return false;
            }
            k = verb + 1;
        } else {
            return false;
        }
        while (k < end && INTENSIFIERS.contains(post.lowerToken(k))) {
            k++;
        }
        return k < end && REASSURING.contains(post.lowerToken(k))
                && !(k + 1 < end && post.lowerToken(k + 1).equals("to"));
    }

    /** "Classic BPPV.", "OP - shingles.", "100% a UTI, needs antibiotics": a condition named on its own. */
    private static Signals.Cue fragmentVerdict(AnalyzedPost post, Signals signals, Sentence s) {
        if (question(post, s) || general(post, s.firstToken(), s.endToken())) {
            return null;
        }
        for (Signals.Cue c : signals.cues(s.index())) {
            if (c.kind() != Signals.Kind.CONDITION && c.kind() != Signals.Kind.RARE_CONDITION) {
                continue;
            }
            int k = c.first() - 1;
            boolean marked = false; // "Classic BPPV.", not a bare "STEMI." in a case story or a headline
            while (k >= s.firstToken() && (HEDGES.contains(post.lowerToken(k)) || VERDICT_LEADS.contains(post.lowerToken(k))
                    || post.tokens().get(k).is(Kind.MENTION))) {
                marked |= VERDICT_MARKERS.contains(post.lowerToken(k));
                k--;
            }
            if (k >= s.firstToken() || !marked) {
                continue;
            }
            int e = c.end();
            String after = e < s.endToken() ? post.lowerToken(e) : ".";
            boolean closes = e >= s.endToken() || after.equals(".") || after.equals("!") || after.equals("-")
                    || after.equals("—") || after.equals("–") || after.equals("not")
                    || (after.equals("from") && e + 1 < s.endToken() && post.lowerToken(e + 1).equals("the"));
            // "Definitely a yeast infection from the doxy.": a verdict with its cause
            // "Shingles, RSV and flu vaccines ...": a list of conditions, not a verdict
            boolean comma = after.equals(",") && e + 1 < s.endToken()
                    && signals.cues(s.index()).stream().noneMatch(t -> t.first() == e + 1 && t != c)
                    && !Words.anyIn(post, e + 1, Math.min(s.endToken(), e + 4), COORDINATORS);
            if (closes || comma) {
                return new Signals.Cue(Signals.Kind.DIAGNOSIS, "verdict " + c.canonical(), c.first(), c.end(), s.index());
            }
        }
        return null;
    }

    private static final Set<String> DRUG_KINDS = Set.of("otc", "generic", "plain", "regular");

    /** "Ibuprofen 400 every 6h", "Zyrtec 10 at night": a clause opened by a drug and an amount, no statement verb. */
    private static int doseFragment(AnalyzedPost post, Signals signals, int from, int to) {
        for (Signals.Cue c : signals.cues(post.tokens().get(from).sentence())) {
            // "Tylenol 1g q8h", and "Hydrocortisone twice a day": an amount or a schedule straight after the drug
            if (c.kind() != Signals.Kind.DRUG || c.end() >= to || !(post.tokens().get(c.end()).is(Kind.NUMBER)
                    || Lexicons.SCHEDULES.matchAt(post, c.end()) > 0)) {
                continue;
            }
            int k = c.first() - 1;
            while (k >= from && (VERDICT_LEADS.contains(post.lowerToken(k)) || post.lowerToken(k).equals("just")
                    || DRUG_KINDS.contains(post.lowerToken(k)) // "OTC clotrimazole twice a day"
                    || CLAUSE_OPENERS.contains(post.lowerToken(k)) && !CLAUSE_PUNCTUATION.contains(post.lowerToken(k)))) {
                k--;
            }
            boolean opens = k < from || post.lowerToken(k).equals(",") || post.lowerToken(k).equals(":")
                    || post.lowerToken(k).equals(";");
            int clauseEnd = Words.firstIn(post, c.end(), to, CLAUSE_PUNCTUATION);
            clauseEnd = clauseEnd < 0 ? to : clauseEnd;
            if (opens && !Words.anyIn(post, from, clauseEnd, STATEMENT_VERBS) && !general(post, from, clauseEnd)) {
                return c.first();
            }
        }
        return -1;
    }

    private static boolean secondPersonPost(AnalyzedPost post) {
        return Words.anyIn(post, 0, post.tokens().size(), Words.SECOND_PERSON);
    }

    private static String phrase(AnalyzedPost post, int first) {
        int len = Lexicons.DIRECTIVES.matchAt(post, first);
        return len > 0 ? Lexicons.DIRECTIVES.canonicalAt(post, first, len)
                : post.lowerToken(first) + " " + post.lowerToken(first + 1) + " " + post.lowerToken(first + 2);
    }
}
