package org.primum.policy.internal;

/** Shortcuts to a post's patient-context judgment ({@link Signals}) for identifier rules. */
final class PatientCues {

    private static final java.util.Set<String> COURTESY_TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "mx");

    private PatientCues() {}

    /** True when the sentence is about a specific patient (see {@link Signals#isPatientContext}). */
    static boolean inSentence(AnalyzedPost post, int sentence) {
        return post.signals().isPatientContext(sentence);
    }

    /** True when the sentence carries research, education or event cues and no strong patient cue. */
    static boolean nonPatient(AnalyzedPost post, int sentence) {
        return post.signals().isNonPatient(sentence);
    }

    /**
     * True when anything in the post points at a person other than the organisation: patient cues
     * (strong ones such as "my pt"), he/she/his/her, Mr./Mrs./Ms., a family role. Health details alone
     * do not count: announcements mention conditions too. A number or address in a post with none of
     * these is almost always the organisation's own.
     */
    static boolean personal(AnalyzedPost post) {
        Signals s = post.signals();
        for (Signals.Cue c : s.cues()) {
            if (c.kind() == Signals.Kind.PATIENT_STRONG || c.kind() == Signals.Kind.FAMILY_ROLE) {
                return true;
            }
        }
        // a post we cannot read (another language) gets no benefit of the doubt
        return Words.anyIn(post, 0, post.tokens().size(), Words.SEX)
                || Words.anyIn(post, 0, post.tokens().size(), COURTESY_TITLES) || !LanguageGuesser.looksEnglish(post);
    }
}
