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

    @Test
    void aStateBeforeThePlateIsPartOfIt() {
        assertThat(RuleTesting.found(rule, "plate: OH HJK 2291, the pt's son left it running"))
                .containsExactly("OH HJK 2291");
        assertThat(RuleTesting.found(rule, "license plate NV 4KD-881 blocking the ambulance bay"))
                .containsExactly("NV 4KD-881");
        assertThat(RuleTesting.found(rule, "whose truck is this, plates ON CBRT 448?")).containsExactly("ON CBRT 448");
        assertThat(RuleTesting.found(rule, "an AZ plate 9ZX4410 in the ED lot since Tuesday")).containsExactly("9ZX4410");
    }

    @Test
    void twoPlatePartsNeedLettersAndDigitsAndCapitals() {
        assertThat(RuleTesting.found(rule, "plate 5HJ 7720 on the gray sedan")).containsExactly("5HJ 7720");
        assertThat(RuleTesting.detect(rule, "plate TX and a badge were found")).isEmpty();
        assertThat(RuleTesting.detect(rule, "the plate was 4 cm wide")).isEmpty();
        assertThat(RuleTesting.detect(rule, "ORIF plate 3.5 mm, 8 holes")).isEmpty();
    }
}
