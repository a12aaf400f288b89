package org.primum.policy.internal;

/** Shortcuts to a post's patient-context judgment ({@link Signals}) for identifier rules. */
final class PatientCues {

    private PatientCues() {}

    /** True when the sentence is about a specific patient (see {@link Signals#isPatientContext}). */
    static boolean inSentence(AnalyzedPost post, int sentence) {
        return post.signals().isPatientContext(sentence);
    }

    /** True when the sentence carries research, education or event cues and no strong patient cue. */
    static boolean nonPatient(AnalyzedPost post, int sentence) {
        Signals s = post.signals();
        return s.has(sentence, Signals.Kind.NON_PATIENT) && !s.has(sentence, Signals.Kind.PATIENT_STRONG);
    }
}
