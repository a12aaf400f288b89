package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast split of plain-word phrases must agree with the tokenizer, which the matcher compares against. */
class PhraseSetSplitTest {

    @ParameterizedTest
    @ValueSource(strings = {"advice_directives.txt", "advice_intl.txt", "dose_units.txt", "drugs.txt",
        "family_roles.txt", "given_names.txt", "non_patient_context.txt", "occupations.txt", "patient_context.txt",
        "phi_intl.txt", "places.txt", "schedules.txt", "stopwords_capitalized.txt", "symptoms_conditions.txt",
        "tests_procedures.txt", "timing.txt", "treatment_verbs.txt", "unusual_events.txt"})
    void everyShippedEntrySplitsAsTheTokenizerSplitsIt(String file) {
        int checked = 0;
        for (LexiconFile.Entry e : LexiconFile.shipped(file)) {
            for (String v : e.variants()) {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                assertThat(PhraseSet.split(lower)).as(file + ": " + v).containsExactly(PhraseSet.tokenSplit(lower));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void randomPlainPhrasesSplitAsTheTokenizerSplitsThem() {
        Random random = new Random(20261126L);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ     ";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(24);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String phrase = sb.toString();
            if (phrase.isBlank()) {
                continue;
            }
            assertThat(PhraseSet.split(phrase)).as("'" + phrase + "'").containsExactly(PhraseSet.tokenSplit(phrase));
        }
    }
}
