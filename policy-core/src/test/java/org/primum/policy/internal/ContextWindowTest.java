package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;

class ContextWindowTest {

    private static final PhraseSet OPEN = PhraseSet.of("mrn");
    private static final PhraseSet MARKED = PhraseSet.of("chart");

    private static List<String> ids(String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        List<String> out = new ArrayList<>();
        ContextWindow.triggeredIds(post, OPEN, MARKED, (trigger, length, id) -> out.add(id.text()));
        return out;
    }

    @Test
    void skipsFillersBetweenTriggerAndId() {
        assertThat(ids("MRN: 00482913")).containsExactly("00482913");
        assertThat(ids("mrn #: 00482913")).containsExactly("00482913");
        assertThat(ids("MRN is 00482913")).containsExactly("00482913");
    }

    @Test
    void markedTriggerNeedsANumberMarker() {
        assertThat(ids("chart no. A123456")).containsExactly("A123456");
        assertThat(ids("chart #A123456")).containsExactly("A123456");
        assertThat(ids("chart A123456")).isEmpty();
    }

    @Test
    void topicHashtagsAreNotIdentifiers() {
        assertThat(ids("chart #nurselife")).isEmpty();
        assertThat(ids("chart #ASH2026")).isEmpty();
    }

    @Test
    void gluesLettersDashesAndDigitsIntoOneId() {
        assertThat(ids("mrn CLM-88310472.")).containsExactly("CLM-88310472");
        assertThat(ids("mrn 4471-99812)")).containsExactly("4471-99812");
    }

    @Test
    void onlyTheFirstTokenAfterFillersIsConsidered() {
        assertThat(ids("MRN pending, bed 12345")).containsExactly("pending");
        assertThat(ids("MRN and then some more words 12345")).containsExactly("and");
    }

    @Test
    void idLikeRejectsShortAndDateLikeCandidates() {
        String text = "mrn 2019-2026 mrn 1234 mrn 00482913";
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        List<String> ok = new ArrayList<>();
        ContextWindow.triggeredIds(post, OPEN, null, (t, l, id) -> {
            if (ContextWindow.idLike(id, 5, 12, 4)) {
                ok.add(id.text());
            }
        });
        assertThat(ok).containsExactly("00482913");
    }
}
