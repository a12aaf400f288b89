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
            "you mentioned", "you asked", "since you asked", "you told me", "i read your", "from your",
            "based on your", "based on what you", "given your", "in your case", "if i were you", "hey friend",
            "to the person", "to the follower", "to the mom", "to the dad", "to the parent", "to whoever",
            "yes you can", "no you can't", "yes, you can", "no, you can't", "you'll be fine", "anon asked",
            "asked me", "quoting a dm", "from the thread", "caregiver q", "dm'd", "dmd", "you sent",
            "your pic", "your photo", "your labs", "your results", "your numbers", "with that", "with those",
            "your thread", "reading your", "in my replies", "in the replies", "to the guy", "to the woman",
            "to the lady", "since you're", "since you are", "as you're", "for your mom", "for your dad",
            "re your", "you're describing");
    /** Words that make a directive about now: "take it now", "go tonight". */
    private static final Set<String> IMMEDIACY = Set.of("now", "tonight", "today", "tomorrow", "asap",
            "immediately", "this morning", "right away");
    /** Sending a person somewhere about their situation: personal when addressed to them. */
    private static final PhraseSet ESCALATION = PhraseSet.of("go to the er", "go to the ed", "go to urgent care",
            "head to the er", "head to the ed", "get to the er", "go back to", "call 911", "get seen",
            "get checked", "get it checked", "get that checked", "get that looked at", "get it looked at",
            "take her in", "take him in", "take her to the er", "take him to the er", "go to the emergency room",
            "go in", "get to urgent care", "go to urgent care tonight", "need a", "you need", "i'd go", "i would go",
            "no need to", "you don't need", "you do not need", "don't go to", "do not go to", "should not go",
            "shouldn't go", "stop restricting", "keep him home", "keep her home", "go to l&d",
            "go to labor and delivery", "go to the hospital", "needs a", "he needs", "she needs", "have him call",
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
            "?");
    /** "you can restart", "u shud take", "you need to stop": a second-person modal before a treatment verb. */
    private static final Set<String> BODY = Set.of("ear", "ears", "eye", "eyes", "knee", "ankle", "wrist", "toe",
            "finger", "tooth", "lump", "bump", "mole", "spot", "cut", "wound", "bite", "burn", "swelling", "throat",
            "chest", "stomach", "belly", "hip", "shoulder", "elbow", "foot", "heel", "neck", "skin", "nail", "scar");
    private static final Set<String> CAUSATIVE = Set.of("let", "have", "make", "get", "help");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    private static final Set<String> MODALS = Set.of("should", "shud", "shld", "can", "must", "need", "gotta",
            "could", "ought", "have", "will", "may");

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
        boolean addressedPost = reply || ADDRESSED.find(post, 0, tokens.size()) >= 0
                || situational(post, 0, tokens.size());
        boolean secondPersonPost = secondPersonPost(post);
        for (Sentence s : post.sentences()) {
            int from = s.firstToken();
            int to = s.endToken();
            // population or research framing makes advice general, unless the post answers one person
            boolean generic = !addressedPost
                    && (GENERIC.find(post, from, to) >= 0 || signals.has(s.index(), Signals.Kind.NON_PATIENT));
            boolean situation = situational(post, from, to);
            boolean secondPerson = Words.anyIn(post, from, to, Words.SECOND_PERSON);
            List<String> reasons = new ArrayList<>();

            // "for your mom: she should not start that supplement": the reader's relative, in an answer to them
            int directive = strongDirective(post, signals, s, addressedPost);
            int imperative = directive >= 0 ? -1 : imperative(post, from, to);
            Signals.Cue target = target(post, signals, s);
            boolean dose = hasDose(post, from, to);
            Signals.Cue diagnosis = diagnosis(post, signals, s);

            int escalation = ESCALATION.find(post, from, to);
            if (escalation < 0) {
                escalation = getItSeen(post, from, to);
            }
            double confidence = 0;
            int spanStart = -1;
            if (directive >= 0 && target != null && (!generic || addressedPost || situation)) {
                confidence = 0.7;
                spanStart = directive;
                reasons.add("directive: '" + phrase(post, directive) + "'");
            } else if (imperative >= 0 && target != null && !generic && (addressedPost || situation || dose)) {
                confidence = addressedPost || situation ? 0.7 : 0.6;
                spanStart = imperative;
                reasons.add("imperative: '" + post.tokens().get(imperative).text() + "'");
            } else if (diagnosis != null && (addressedPost || situation || secondPerson || secondPersonPost)
                    && !generic) {
                confidence = 0.75;
                spanStart = diagnosis.first();
                reasons.add("diagnosis of described symptoms: '" + diagnosis.canonical() + "'");
            } else if (escalation >= 0 && (addressedPost || situation) && !generic) {
                confidence = 0.7;
                spanStart = escalation;
                reasons.add("tells the person where to go or what not to do about their situation: '"
                        + ESCALATION.canonicalAt(post, escalation, ESCALATION.matchAt(post, escalation)) + "'");
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
                    "Share general information instead and add 'please talk with your own clinician about your "
                            + "situation'; move individual questions to a private, secure channel.",
                    reasons));
        }
    }

    /** A second-person directive phrase ("you should", "I'd stop", "double your") not part of a safe phrase. */
    private static int strongDirective(AnalyzedPost post, Signals signals, Sentence s, boolean thirdPersonAllowed) {
        for (Signals.Cue c : signals.cues(s.index())) {
            if (c.kind() == Signals.Kind.DIRECTIVE && !safeAfter(post, c.end(), s.endToken())) {
                return c.first();
            }
        }
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            String who = post.lowerToken(i);
            boolean addressee = Words.SECOND_PERSON.contains(who) || (thirdPersonAllowed && THIRD_PERSON.contains(who));
            if (!addressee || !MODALS.contains(post.lowerToken(i + 1))) {
                continue;
            }
            // "you need doxy", "you need a higher levo dose": a modal straight onto a drug or a dose
            for (int k = i + 2; k < Math.min(s.endToken(), i + 5); k++) {
                if (Lexicons.DRUGS.matchAt(post, k) > 0 || Lexicons.DOSE_UNITS.matchAt(post, k) > 0
                        || post.lowerToken(k).equals("dose")) {
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
    private static int imperative(AnalyzedPost post, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean opens = i == from || CLAUSE_OPENERS.contains(post.lowerToken(i - 1))
                    || (i > from + 1 && CAUSATIVE.contains(post.lowerToken(i - 2))
                            && Words.SEX.contains(post.lowerToken(i - 1))) // "let him take", "have her stop"
                    || post.tokens().get(i - 1).is(Kind.MENTION) || post.tokens().get(i - 1).is(Kind.EMOJI);
            if (!opens || !post.tokens().get(i).is(Kind.WORD)) {
                continue;
            }
            if (Lexicons.TREATMENT_VERBS.matchAt(post, i) > 0 && Lexicons.SAFE.matchAt(post, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** What the advice is about, in this sentence or (for short follow-ups) the one before. */
    private static Signals.Cue target(AnalyzedPost post, Signals signals, Sentence s) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 1); k--) {
            for (Signals.Cue c : signals.cues(k)) {
                switch (c.kind()) {
                    case DRUG, DOSE_UNIT, SCHEDULE, TEST_PROCEDURE, CONDITION, RARE_CONDITION -> {
                        return c;
                    }
                    default -> { }
                }
            }
        }
        int k = TREATMENT_NOUNS.find(post, s.firstToken(), s.endToken());
        if (k >= 0) {
            int len = TREATMENT_NOUNS.matchAt(post, k);
            return new Signals.Cue(Signals.Kind.DRUG, TREATMENT_NOUNS.canonicalAt(post, k, len), k, k + len, s.index());
        }
        return null;
    }

    /** A number with a dose unit ("81 mg", "2 tabs", "500mg"), before a drug ("2 Benadryl") or after one. */
    private static boolean hasDose(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (post.tokens().get(i).is(Kind.NUMBER)
                    && (Lexicons.DOSE_UNITS.matchAt(post, i + 1) > 0 || Lexicons.SCHEDULES.matchAt(post, i + 1) > 0
                            || Lexicons.DRUGS.matchAt(post, i + 1) > 0
                            || (i > from && Lexicons.DRUGS.matchAt(post, i - 1) > 0))) {
                return true;
            }
        }
        return false;
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
            if (!(before.equals("that") || before.equals("this") || before.equals("your")) || k >= s.endToken()) {
                continue;
            }
            String verb = post.lowerToken(k);
            if (!(verb.equals("is") || verb.equals("'s") || verb.equals("=") || verb.equals("sounds"))) {
                continue;
            }
            for (Signals.Cue t : signals.cues(s.index())) {
                if ((t.kind() == Signals.Kind.CONDITION || t.kind() == Signals.Kind.RARE_CONDITION)
                        && t.first() > k && t.first() <= k + 4) {
                    return new Signals.Cue(Signals.Kind.DIAGNOSIS, c.canonical() + " is " + t.canonical(), c.first(),
                            t.end(), s.index());
                }
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

    private static boolean situational(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            if (!(w.equals("your") || w.equals("ur")) || conditional(post, i)) {
                continue;
            }
            String next = post.lowerToken(i + 1);
            // "your son", "your labs", "your kid's", "your potassium of 6.1", "your sumatriptan now"
            if (SITUATION.contains(next) || Lexicons.FAMILY_ROLES.matchAt(post, i + 1) > 0
                    || Words.CARE_EPISODES.matchAt(post, i + 1) > 0 || Lexicons.TESTS_PROCEDURES.matchAt(post, i + 1) > 0
                    || (i + 2 < to && post.tokens().get(i + 2).text().equals("'s"))
                    || (Lexicons.DRUGS.matchAt(post, i + 1) > 0 && Words.anyIn(post, from, to, IMMEDIACY))
                    || numberFollows(post, i + 1, to)) {
                return true;
            }
        }
        return labValue(post, from, to) || demonstrative(post, from, to);
    }

    /** "that ear", "this rash", "those headaches": pointing at something the reader described. */
    private static boolean demonstrative(AnalyzedPost post, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = post.lowerToken(i);
            if ((w.equals("that") || w.equals("this") || w.equals("those")) && (BODY.contains(post.lowerToken(i + 1))
                    || Lexicons.CONDITIONS.matchAt(post, i + 1) > 0)) {
                return true;
            }
        }
        return false;
    }

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

    /** "get that mole looked at", "get your knee checked out": sending the reader to be examined. */
    private static int getItSeen(AnalyzedPost post, int from, int to) {
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

    /** "if your child ...", "when your toddler ...": a hypothetical reader, not a described one. */
    private static boolean conditional(AnalyzedPost post, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = post.lowerToken(k);
            if (w.equals("if") || w.equals("when") || w.equals("whenever") || w.equals("until")) {
                return true;
            }
        }
        return false;
    }

    /** "your potassium of 6.1", "your BP is still 150": a number about the reader within four tokens. */
    private static boolean numberFollows(AnalyzedPost post, int from, int to) {
        for (int k = from; k < Math.min(to, from + 5); k++) {
            if (post.tokens().get(k).is(Kind.NUMBER)) {
                return true;
            }
        }
        return false;
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
