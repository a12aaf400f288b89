package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;

class PhoneRuleTest {

    private final PhoneRule rule = new PhoneRule(FindingType.PHONE);

    @Test
    void findsAPhoneNumber() {
        assertThat(RuleTesting.found(rule, "call her back at (312) 555-0148 today")).containsExactly("(312) 555-0148");
    }

    @Test
    void numbersAfterAnotherIdentifiersLabelAreNotPhones() {
        assertThat(RuleTesting.detect(rule, "her NPI 1234567893 is on the script")).isEmpty();
        assertThat(RuleTesting.detect(rule, "MRN 3125550148 was merged")).isEmpty();
        assertThat(RuleTesting.detect(rule, "on hold about HAR 5503921187")).isEmpty();
        assertThat(RuleTesting.found(rule, "her caller ID showed 312-555-0148 again")).containsExactly("312-555-0148");
        assertThat(RuleTesting.found(rule, "her cell, just in case: 312-555-0148")).containsExactly("312-555-0148");
    }
}
