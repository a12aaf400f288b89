package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountRuleTest {

    private final AccountRule rule = new AccountRule();

    @Test
    void findsIdsAfterAccountTriggers() {
        assertThat(RuleTesting.found(rule, "sent to collections, acct 7781-2231, while in the chemo chair"))
                .containsExactly("7781-2231");
        assertThat(RuleTesting.found(rule, "account no. 00319-442. I'm escalating")).containsExactly("00319-442");
        assertThat(RuleTesting.found(rule, "on hold about HAR 5503921187 for an hour")).containsExactly("5503921187");
        assertThat(RuleTesting.found(rule, "invoice no 204417 was wrong")).containsExactly("204417");
        assertThat(RuleTesting.found(rule, "billing # 88120034 disputed")).containsExactly("88120034");
    }

    @Test
    void findsLuhnValidCardNumbersWithoutContext() {
        assertThat(RuleTesting.found(rule, "she read out 4111 1111 1111 1111 at the desk"))
                .containsExactly("4111 1111 1111 1111");
        assertThat(RuleTesting.found(rule, "paid with 5500-0055-5555-5559")).containsExactly("5500-0055-5555-5559");
    }

    @Test
    void luhnInvalidOrRegistryNumbersAreNotCards() {
        assertThat(RuleTesting.detect(rule, "she read out 4111 1111 1111 1112 at the desk")).isEmpty();
        assertThat(RuleTesting.detect(rule, "corresponding author ORCID 0000-0002-1825-0097")).isEmpty();
        assertThat(RuleTesting.detect(rule, "GTIN 4006381333931")).isEmpty();
    }

    @Test
    void accountAsAVerbOrNounWithoutANumberIsIgnored() {
        assertThat(RuleTesting.detect(rule, "these account for 12% of cases")).isEmpty();
        assertThat(RuleTesting.detect(rule, "on account of 20000 visits")).isEmpty();
        assertThat(RuleTesting.detect(rule, "account 55123 is mentioned without a marker")).isEmpty();
        assertThat(RuleTesting.detect(rule, "n=1,204 patients billing season")).isEmpty();
    }

    @Test
    void prefixedAndSavingsAccountIdsCount() {
        assertThat(RuleTesting.found(rule, "her HSA account HSA-60120334 bounced the copay"))
                .containsExactly("HSA-60120334");
        assertThat(RuleTesting.found(rule, "billing account PB-7710293 is his mother's")).containsExactly("PB-7710293");
        assertThat(RuleTesting.found(rule, "acct #: 0044-12990 and 0044-12991 are the same pt"))
                .containsExactly("0044-12990", "0044-12991");
    }

    @Test
    void accountWordsBeforePricesYearsAndRegistryNumbersAreIgnored() {
        assertThat(RuleTesting.detect(rule, "these account for 25% of admissions")).isEmpty();
        assertThat(RuleTesting.detect(rule, "billing 2019-2024 rose by $1,204")).isEmpty();
        assertThat(RuleTesting.detect(rule, "account NCT-04368728 trial data")).isEmpty();
        assertThat(RuleTesting.detect(rule, "statement COVID-19 guidance")).isEmpty();
    }
}
