package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VehicleRuleTest {

    private final VehicleRule rule = new VehicleRule();

    @Test
    void vinWithValidCheckDigitIsEnoughAlone() {
        assertThat(RuleTesting.found(rule, "car seat installed in the Jetta (1HGCM8265BA004352)"))
                .containsExactly("1HGCM8265BA004352");
    }

    @Test
    void vinWithBadCheckDigitNeedsTheWordVin() {
        assertThat(RuleTesting.detect(rule, "code 1HGCM8265BA004353 in the log")).isEmpty();
        assertThat(RuleTesting.found(rule, "VIN 1HGCM8265BA004353")).containsExactly("1HGCM8265BA004353");
    }

    @Test
    void vinsNeverContainIOrQ() {
        assertThat(RuleTesting.detect(rule, "VIN 1HGCM8265BA00435I")).isEmpty();
        assertThat(RuleTesting.detect(rule, "id 12345678901234567")).isEmpty();
    }

    @Test
    void platesNeedAPlateOrTagTrigger() {
        assertThat(RuleTesting.found(rule, "your car (plate 7ABC123) is about to be towed")).containsExactly("7ABC123");
        assertThat(RuleTesting.found(rule, "license plate: GOPACK")).containsExactly("GOPACK");
        assertThat(RuleTesting.found(rule, "tag ABC-1234 in the ED lot")).containsExactly("ABC-1234");
        assertThat(RuleTesting.found(rule, "license plate ABC 1234 still in the bay")).containsExactly("ABC 1234");
        assertThat(RuleTesting.detect(rule, "7ABC123 is just a code")).isEmpty();
    }

    @Test
    void everydayPlateAndTagWordsAreIgnored() {
        assertThat(RuleTesting.detect(rule, "a plate of cookies for the night shift")).isEmpty();
        assertThat(RuleTesting.detect(rule, "tag @jen_m and tag 12 friends")).isEmpty();
        assertThat(RuleTesting.detect(rule, "growth plate fracture")).isEmpty();
        assertThat(RuleTesting.detect(rule, "tag 2026 is fun")).isEmpty();
    }
}
