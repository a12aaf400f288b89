package org.primum.policy.internal;

/**
 * Identifiers that name no one: the dummy values systems and trainers use ({@code MRN 000000},
 * {@code 123456789}) and records in a post about a test, training or simulation patient.
 */
final class Placeholders {

    /**
     * Training manikins and the actors who play patients: a record, or an age beside one ("our 92-year-old
     * SimMan"), is no one's.
     */
    static final PhraseSet SIMULATORS = PhraseSet.of("simman", "sim man", "simmom", "simbaby", "sim baby", "simulator",
            "simulators", "task trainer", "manikin", "manikins",
            "mannequin", "mannequins", "sim patient", "cpr dummy", "standardized patient", "standardized patients",
            "standardised patient", "standardised patients", "simulated patient", "simulated patients",
            "patient actor", "patient actors");
    /**
     * True when the post is about a training manikin, not denied ("not SimMom this time") and with no real
     * person set beside it ("a real mom"): "RIP SimMan 'Harold' ... He was 98 years old in every scenario",
     * "Meet Rosie, our new preemie simulator! 28 weeks, 1.1 kg, she desats on cue": its ages, names and
     * details are the manikin's, whichever sentence they are in.
     */
    static boolean simulated(AnalyzedPost post) {
        return post.signals().memo("simulated", () -> {
            int n = post.tokens().size();
            boolean found = false;
            for (int i = SIMULATORS.find(post, 0, n); i >= 0; i = SIMULATORS.find(post, i + 1, n)) {
                if (negated(post, i)) {
                    return false; // "Not SimMom this time: a real mom, 19, ..."
                }
                found = true;
            }
            // "he coded 4,000 times" is the manikin's case; "a real mom", "an actual patient" is someone's
            return found && !Words.anyIn(post, 0, n, REAL);
        });
    }

    private static final java.util.Set<String> REAL = java.util.Set.of("real", "actual", "irl");

    /** Words that say the record on show belongs to a test, training or simulated patient. */
    private static final PhraseSet TRAINING_RECORD = PhraseSet.union(SIMULATORS, PhraseSet.of("test patient",
            "zztest", "zz test", "sandbox", "playground", "training environment", "training screenshot",
            "training slide", "training video", "orientation slide", "demo patient", "demo chart", "fake patient",
            "dummy patient", "sample patient", "sample chart", "sim lab", "simulation lab", "mock code",
            "placeholder", "not a real patient", "fictional", "fictitious", "made-up patient", "made up patient",
            "test chart", "test record", "test environment", "sample below", "is fake", "sample form", "example form",
            "mock record", "mock patient", "fake name", "sample name", "example patient"));

    /**
     * Words that call the case or record on show invented: "a MADE-UP example", "(made-up case, not a real pt)",
     * or its people characters of a book or a show.
     */
    private static final PhraseSet MADE_UP = PhraseSet.of("made-up example", "made up example", "made-up case",
            "made up case", "made-up record", "made up record", "made-up scenario",
            "made up scenario", "not a real pt", "invented example", "invented case", "fake example",
            // fiction: a book's or a show's characters
            "novel i'm reading", "novel i am reading", "book i'm reading", "book i am reading", "in the novel",
            "character named", "the main character", "tv show", "tv series", "sitcom");

    /**
     * Words by which the writer says the story is a composite or fiction, its details changed, or a show's
     * episode: told with times and cues of a real case, it still names no one ("Composite story (details
     * changed, not any one family): a mom calls at 2am ...").
     */
    private static final PhraseSet ALTERED = PhraseSet.of("composite", "composite of", "composite story",
            "composite case", "names changed", "details changed", "details altered", "identifying details changed",
            "was fiction", "is fiction", "work of fiction", "fictionalized", "fictionalised",
            // a show's episode, watched at a time of its own: "Watching last night's episode where Dr. Robby ..."
            "last night's episode", "this week's episode", "season finale", "episode where");

    private Placeholders() {}

    /** True when the post shows a test, training or simulated patient's record. */
    static boolean trainingRecord(AnalyzedPost post) {
        return post.signals().memo("trainingRecord",
                () -> TRAINING_RECORD.find(post, 0, post.tokens().size()) >= 0);
    }

    /**
     * True when the post calls its case or record made up (its names and details then name no one;
     * its identifiers still fire unless they are dummies: see {@link #dummyNumber}) ("is a MADE-UP example") and nothing in it
     * is a real case ("my pt", "admitted" ...) or happened at a time ("today", "last night"): "not a
     * made-up case: ..." says the opposite, and "basically a made-up case: ... had an MI today" is a
     * real case with its name changed.
     */
    static boolean madeUp(AnalyzedPost post) {
        return post.signals().memo("madeUp", () -> {
            if (saidUnnegated(post, ALTERED)) {
                return true; // "a composite of several patients; names, ages and places changed": whatever it tells
            }
            return saidUnnegated(post, MADE_UP) && !post.signals().caseCueAnywhere() && post.signals().cues().stream()
                    .noneMatch(c -> c.kind() == Signals.Kind.TIMING || c.kind() == Signals.Kind.PATIENT_WEAK);
        });
    }

    /** A phrase of {@code set} is in the post with no negation in the three words before it. */
    private static boolean saidUnnegated(AnalyzedPost post, PhraseSet set) {
        int n = post.tokens().size();
        for (int i = set.find(post, 0, n); i >= 0; i = set.find(post, i + 1, n)) {
            if (!negated(post, i)) {
                return true;
            }
        }
        return false;
    }

    /** A negation in the three words before token {@code i}: "not a made-up case", "Not SimMom this time". */
    private static boolean negated(AnalyzedPost post, int i) {
        return Words.anyIn(post, Math.max(0, i - 3), i, NEGATIONS);
    }

    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "isn't", "wasn't", "never",
            "nothing", "isnt", "wasnt", "ain't");

    /** {@code 000000}, {@code 9999999}, {@code XYZ000000000}: five or more digits, all the same. */
    static boolean dummyNumber(String s) {
        int count = 0;
        char first = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (count == 0) {
                first = c;
            } else if (c != first) {
                return false;
            }
            count++;
        }
        return count >= 5;
    }

    /**
     * A dummy value ({@link #dummyNumber}), or digits counting up from 1 ({@code 123456}) in a record
     * the post calls made up: realistic test ids count up too, so only the post's word makes them dummies.
     */
    static boolean dummy(AnalyzedPost post, String s) {
        return dummyNumber(s) || (s.length() >= 5 && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && "1234567890".startsWith(s) && madeUp(post));
    }
}
