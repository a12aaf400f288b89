package org.primum.policy.internal;

import org.primum.policy.spi.Sentence;

/** Phrases that say a sentence is about one specific patient (lexicon {@code patient_context.txt}). */
final class PatientCues {

    static final PhraseSet STRONG = PhraseSet.lexicon("patient_context.txt", "strong");

    private PatientCues() {}

    /** True when a strong patient cue occurs in the given sentence. */
    static boolean inSentence(AnalyzedPost post, int sentence) {
        Sentence s = post.sentences().get(sentence);
        return STRONG.find(post, s.firstToken(), s.endToken()) >= 0;
    }
}
