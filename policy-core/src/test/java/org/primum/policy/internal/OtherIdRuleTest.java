package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherIdRuleTest {

    private final OtherIdRule rule = new OtherIdRule();

    @Test
    void findsIdsAfterCaseClaimAndIdTriggers() {
        assertThat(RuleTesting.found(rule, "Testified today in case no. 2026-00481. hardest part"))
                .containsExactly("2026-00481");
        assertThat(RuleTesting.found(rule, "adjuster called, claim CLM-88310472, wanted records"))
                .containsExactly("CLM-88310472");
        assertThat(RuleTesting.found(rule, "WC pt, employee ID# 55-2391, 3rd hand injury")).containsExactly("55-2391");
        assertThat(RuleTesting.found(rule, "a physical for student ID S0048217 arrived")).containsExactly("S0048217");
        assertThat(RuleTesting.found(rule, "ref no. AB-99812 for the complaint")).containsExactly("AB-99812");
    }

    @Test
    void hashtagsAreNeverIdentifiersButNumberSignsAfterATriggerAre() {
        assertThat(RuleTesting.detect(rule, "great case discussion at #ASH2026 and #MedTwitter")).isEmpty();
        assertThat(RuleTesting.detect(rule, "IRB approved!! Protocol #2026-0147 is ready")).isEmpty();
        assertThat(RuleTesting.found(rule, "pt's case #2026-00481 and ticket #55812 are still open"))
                .containsExactly("2026-00481", "55812");
    }

    @Test
    void qualifiedIdsBelongToOtherRules() {
        assertThat(RuleTesting.detect(rule, "member ID XJH123456789")).isEmpty();
        assertThat(RuleTesting.detect(rule, "patient ID 8812345")).isEmpty();
        assertThat(RuleTesting.detect(rule, "her Aetna ID W123456789 was rejected")).isEmpty();
        assertThat(RuleTesting.detect(rule, "study ID 2026-00123 and meeting ID 84522319920")).isEmpty();
    }

    @Test
    void ordinaryTriggerWordsAreIgnored() {
        assertThat(RuleTesting.detect(rule, "3rd measles case this wk, case 3 of 5")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Peds ID fellowship 2026-2027 interviews")).isEmpty();
        assertThat(RuleTesting.detect(rule, "they claim 50% fewer falls")).isEmpty();
        assertThat(RuleTesting.detect(rule, "ID 2026")).isEmpty();
    }

    @Test
    void publicRegistryNumbersAreNotPersonalIds() {
        assertThat(RuleTesting.detect(rule, "the final report NCT04368728 is out")).isEmpty();
        assertThat(RuleTesting.found(rule, "our case report 2024-118 is in JAMA this week")).isEmpty();
        assertThat(RuleTesting.found(rule, "the police report #23-44107 names my pt")).containsExactly("23-44107");
        assertThat(RuleTesting.found(rule, "subpoena for case #2023-CR-00412 about my former pt"))
                .containsExactly("2023-CR-00412");
    }

    @Test
    void prescriptionNumbersAreIds() {
        assertThat(RuleTesting.found(rule, "Rx #7720431 for Mr. Haddad is still on the shelf")).containsExactly("7720431");
        assertThat(RuleTesting.found(rule, "prescription number 55102993 was filled twice")).containsExactly("55102993");
    }
}
