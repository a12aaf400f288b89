package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceRuleTest {

    private final DeviceRule rule = new DeviceRule();

    @Test
    void findsSerialsNearADeviceWord() {
        assertThat(RuleTesting.found(rule, "interrogated the pacemaker, serial PJN123456R, battery at ERI"))
                .containsExactly("PJN123456R");
        assertThat(RuleTesting.found(rule, "her insulin pump (SN: 4471-99812) keeps alarming"))
                .containsExactly("4471-99812");
        assertThat(RuleTesting.found(rule, "ICD fired 11 times overnight, serial RZB408337S. rep coming"))
                .containsExactly("RZB408337S");
        assertThat(RuleTesting.found(rule, "cochlear implant s/n CI-2291044")).containsExactly("CI-2291044");
    }

    @Test
    void findsGs1Udis() {
        assertThat(RuleTesting.found(rule, "returning the recalled CPAP, UDI (01)00844588003288. check yours"))
                .containsExactly("(01)00844588003288");
        assertThat(RuleTesting.found(rule, "label (01)00844588003288(17)261231(21)SN44812 on the box"))
                .containsExactly("(01)00844588003288(17)261231(21)SN44812");
    }

    @Test
    void serialWithoutADeviceIsLowConfidence() {
        assertThat(RuleTesting.found(rule, "my laptop serial ABC12345 is on the sticker")).isEmpty();
        assertThat(RuleTesting.detect(rule, "my laptop serial ABC12345 is on the sticker")).isNotEmpty();
    }

    @Test
    void ordinaryUsesOfTriggerWordsAreIgnored() {
        assertThat(RuleTesting.detect(rule, "serial troponins at 0, 3 and 6 hrs")).isEmpty();
        assertThat(RuleTesting.detect(rule, "a lot of pacemaker checks: 1,000 this year")).isEmpty();
        assertThat(RuleTesting.detect(rule, "pump lot 12 was fine")).isEmpty();
        assertThat(RuleTesting.detect(rule, "(01) first point (02) second point")).isEmpty();
    }

    @Test
    void everySerialOfAListCounts() {
        assertThat(RuleTesting.found(rule, "his cochlear implant serials CI-55102-A and CI-55103-A were mixed up"))
                .containsExactly("CI-55102-A", "CI-55103-A");
        assertThat(RuleTesting.found(rule, "hearing aids S/N ZK7710-221L / ZK7710-229R were left in the bathroom"))
                .containsExactly("ZK7710-221L", "ZK7710-229R");
    }

    @Test
    void aListStopsAtSomethingOfAnotherShape() {
        assertThat(RuleTesting.found(rule, "insulin pump serial PX44102 and 3 spare sets"))
                .containsExactly("PX44102");
    }

    @Test
    void aSerialWordBeforeSnStillFindsTheSerial() {
        assertThat(RuleTesting.found(rule, "we have your hearing aid (serial SN 4410-KX-2231) at the desk"))
                .containsExactly("4410-KX-2231");
    }
}
