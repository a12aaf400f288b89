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
        assertThat(ids("chart 20190412")).isEmpty();
    }

    @Test
    void aLetteredPrefixWithAHyphenMarksAnIdLikeANumberSign() {
        assertThat(ids("chart RX-4410982 needs merging")).containsExactly("RX-4410982");
        assertThat(ids("chart NCT-04368728")).isEmpty();
        assertThat(ids("chart COVID-19")).isEmpty();
        assertThat(ids("chart A-1234")).isEmpty();
    }

    @Test
    void aListAfterOneTriggerYieldsEveryIdOfTheSameShape() {
        assertThat(ids("MRN B-44120 and B-44187 are the same woman")).containsExactly("B-44120", "B-44187");
        assertThat(ids("mrn 5512093, 5512094 & 5512101")).containsExactly("5512093", "5512094", "5512101");
        assertThat(ids("mrn QX1104-22A / QX1104-23B")).containsExactly("QX1104-22A", "QX1104-23B");
    }

    @Test
    void aListStopsAtADifferentShapeOrSentence() {
        assertThat(ids("MRN 5512093 and 3 others")).containsExactly("5512093");
        assertThat(ids("MRN 5512093 and Mrs Dube")).containsExactly("5512093");
        assertThat(ids("MRN 5512093 and 2026-03-04")).containsExactly("5512093");
        assertThat(ids("MRN 5512093. And 5512094 is the fax")).containsExactly("5512093");
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

    @Test
    void aTriggerRepeatedAsTheIdLabelLetsTheInnerTriggerLead() {
        assertThat(ids("mrn MRN 00771234 on the band")).containsExactly("00771234");
        assertThat(ids("mrn chart # 4410921")).containsExactly("4410921");
    }

    @Test
    void anIssuingStateBeforeTheIdIsPartOfIt() {
        assertThat(ids("MRN NJ 44120-77B")).containsExactly("NJ 44120-77B");
        assertThat(ids("MRN NJ is pending")).containsExactly("NJ");
    }

    @Test
    void digitGroupsMarkAnIdButRangesDoNot() {
        assertThat(ids("chart 3310-58 still open")).containsExactly("3310-58");
        assertThat(ids("chart 0082-113-6 and 0082-113-9")).containsExactly("0082-113-6", "0082-113-9");
        assertThat(ids("chart 100-200 times")).isEmpty();
        assertThat(ids("chart 2019-2024 trends")).isEmpty();
        assertThat(ids("chart 12-14")).isEmpty();
    }
}
