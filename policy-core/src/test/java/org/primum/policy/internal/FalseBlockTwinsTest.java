package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.PostChecker;

/**
 * Clean posts that a PHI rule used to block for a class of wording (a service named after its
 * patients, a race finish, public news, history, the writer's own family), each beside a twin
 * about a patient in similar words that still blocks. The checker runs without NLP.
 */
class FalseBlockTwinsTest {

    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a service or unit named after patients or physical therapy
        "Our PT clinic hosts a free balance class on Oct 12 at the public library.",
        "The PT team is walking the turkey trot on Thanksgiving morning, come cheer!",
        "Heads up: our patient portal goes offline Sunday, May 4 for upgrades.",
        // a finishing place, not a visit
        "@lena.runs thanks for the photos! Our clinic relay team came in third at the river run.",
        "@doc_otis great race! Our urgent care crew came in dead last and still ate the most pizza.",
        // public news with its date
        "The actor's family announced his aphasia diagnosis on March 30, 2022, and stepped him back from film work.",
        // history: an event half a century back
        "Roy Campanella was paralysed in a car crash in 1958 and went on to champion spinal cord injury rehab.",
        // the writer's own relative, with an age
        "Took my 7-year-old daughter for her flu shot today and she didn't even flinch.",
        "spent my lunch break explaining to my 5yo niece why the dentist counts teeth",
    })
    void cleanFormsPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our pt fell in the hallway on Oct 12 and broke her hip.",
        "Our pt coded on Thanksgiving morning and we got him back.",
        "Our patient went home Sunday, May 4 after her bypass.",
        "@lena.runs so glad you came in when the ankle swelled up, it's healing nicely",
        "@sam_k so glad you came in last week about that cough, hope it's easing",
        "His daughter told us about his aphasia diagnosis on March 30, 2022, at our memory clinic.",
        "Our patient Roy was paralysed in a car crash in 1958 and still comes to spinal cord injury rehab.",
        "A mom brought her 7-year-old daughter for a flu shot today and she didn't even flinch.",
        "spent my lunch break explaining to a 5yo patient why the dentist counts teeth",
    })
    void patientTwinsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }
}
