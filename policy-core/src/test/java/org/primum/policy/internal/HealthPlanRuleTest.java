package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthPlanRuleTest {

    private final HealthPlanRule rule = new HealthPlanRule();

    @Test
    void findsMedicareBeneficiaryIdentifiersByFormatAlone() {
        assertThat(RuleTesting.found(rule, "Mr. P (2HN7-RC3-AY41) is back again")).containsExactly("2HN7-RC3-AY41");
        assertThat(RuleTesting.found(rule, "still shows 5TW2QJ8KD06 as inactive")).containsExactly("5TW2QJ8KD06");
        assertThat(RuleTesting.only(rule, "1EG4TE5MK73", "1EG4TE5MK73").confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findsIdsAfterPlanTriggers() {
        assertThat(RuleTesting.found(rule, "prior auth denied, member ID XJH123456789. 3rd appeal"))
                .containsExactly("XJH123456789");
        assertThat(RuleTesting.found(rule, "Medicaid # 44120987AB still pending")).containsExactly("44120987AB");
        assertThat(RuleTesting.found(rule, "policy number: PLC-0047712")).containsExactly("PLC-0047712");
        assertThat(RuleTesting.found(rule, "group # 0048812 on the card")).containsExactly("0048812");
        assertThat(RuleTesting.found(rule, "her Aetna ID W123456789 was rejected")).containsExactly("W123456789");
    }

    @Test
    void reportsAnMbiAfterATriggerOnlyOnce() {
        assertThat(RuleTesting.detect(rule, "Medicare # 5TW2QJ8KD06")).hasSize(1);
    }

    @Test
    void nearMissesAreIgnored() {
        assertThat(RuleTesting.detect(rule, "1SN7-RC3-AY41 has an excluded letter")).isEmpty();
        assertThat(RuleTesting.detect(rule, "a group of 12345 members")).isEmpty();
        assertThat(RuleTesting.detect(rule, "new policy 2026 update")).isEmpty();
        assertThat(RuleTesting.detect(rule, "member of the team since 2011")).isEmpty();
        assertThat(RuleTesting.detect(rule, "ALNUM A1B2C3D4E5F6 is not an MBI")).isEmpty();
    }

    @Test
    void anIssuingStateBeforeTheMemberNumberIsPartOfIt() {
        assertThat(RuleTesting.found(rule, "her Medicaid # PA 77120-44C lapsed again")).containsExactly("PA 77120-44C");
    }
}
