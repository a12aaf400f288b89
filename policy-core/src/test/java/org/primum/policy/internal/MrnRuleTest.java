package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;

class MrnRuleTest {

    private final MrnRule rule = new MrnRule();

    @Test
    void findsIdsAfterRecordTriggers() {
        assertThat(RuleTesting.found(rule, "new pt intake, MRN 00482913. s/p CABG")).containsExactly("00482913");
        assertThat(RuleTesting.found(rule, "medical record # A1234567 was merged")).containsExactly("A1234567");
        assertThat(RuleTesting.found(rule, "admitted 3/4, chart #A123456, still no PT eval")).containsExactly("A123456");
        assertThat(RuleTesting.found(rule, "patient ID: 8812345 in the wrong bed")).containsExactly("8812345");
        assertThat(RuleTesting.found(rule, "encounter 45567123 was never closed")).containsExactly("45567123");
    }

    @Test
    void patientContextRaisesConfidence() {
        double plain = RuleTesting.only(rule, "MRN 77120345 needs review", "77120345").confidence();
        double patient = RuleTesting.only(rule, "my patient MRN 77120345 needs review", "77120345").confidence();
        assertThat(patient).isGreaterThan(plain);
        assertThat(RuleTesting.detect(rule, "MRN 77120345").get(0).type()).isEqualTo(FindingType.MRN);
    }

    @Test
    void noTriggerNoDetection() {
        assertThat(RuleTesting.detect(rule, "the number 00482913 keeps coming up")).isEmpty();
    }

    @Test
    void ambiguousTriggersNeedANumberMarker() {
        assertThat(RuleTesting.detect(rule, "chart 12345 reviewed")).isEmpty();
        assertThat(RuleTesting.detect(rule, "a record 20000 patients enrolled")).isEmpty();
    }

    @Test
    void shortNumbersDatesAndWordsAreNotRecordNumbers() {
        assertThat(RuleTesting.detect(rule, "MRN pending")).isEmpty();
        assertThat(RuleTesting.detect(rule, "medical record review 2019-2026")).isEmpty();
        assertThat(RuleTesting.detect(rule, "MRN 1234")).isEmpty();
        assertThat(RuleTesting.detect(rule, "chart #nurselife")).isEmpty();
    }

    @Test
    void commonWaysOfWritingARecordNumber() {
        assertThat(RuleTesting.found(rule, "med rec # 44120987 attached to the wrong pt")).containsExactly("44120987");
        assertThat(RuleTesting.found(rule, "MR# 5531902, bed 4, still NPO")).containsExactly("5531902");
        assertThat(RuleTesting.found(rule, "her hospital number is H-7720193")).containsExactly("H-7720193");
        assertThat(RuleTesting.found(rule, "EMR ID 99120034 for the lady in bay 3")).containsExactly("99120034");
    }

    @Test
    void everyRecordNumberOfAListCounts() {
        assertThat(RuleTesting.found(rule, "her MRNs are 4410092, 4410093 and 4410105"))
                .containsExactly("4410092", "4410093", "4410105");
        assertThat(RuleTesting.found(rule, "med rec no. K-22019 & K-22311 need merging"))
                .containsExactly("K-22019", "K-22311");
    }
}
