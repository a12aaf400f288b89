package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseRuleTest {

    private final LicenseRule rule = new LicenseRule();

    @Test
    void validDeaNumberIsEnoughAlone() {
        assertThat(RuleTesting.found(rule, "his card says BK4829137 right on it")).containsExactly("BK4829137");
        double alone = RuleTesting.only(rule, "his card says BK4829137", "BK4829137").confidence();
        double context = RuleTesting.only(rule, "his DEA BK4829137", "BK4829137").confidence();
        assertThat(context).isGreaterThan(alone);
    }

    @Test
    void deaShapedNumberWithBadCheckDigitNeedsContext() {
        assertThat(RuleTesting.detect(rule, "code AB1234567 in the log")).isEmpty();
        assertThat(RuleTesting.found(rule, "writing under DEA AB1234567")).containsExactly("AB1234567");
    }

    @Test
    void npiIsAProviderIdReportedWithLowerConfidence() {
        double npi = RuleTesting.only(rule, "her NPI 1234567893 is on the script", "1234567893").confidence();
        assertThat(npi).isBetween(0.5, 0.7);
        assertThat(RuleTesting.detect(rule, "her NPI 1234567890 is on the script")).isEmpty();
        assertThat(RuleTesting.detect(rule, "call 1234567893 for refills")).isEmpty();
    }

    @Test
    void findsDriversLicenceAndCertificateNumbers() {
        assertThat(RuleTesting.found(rule, "IL driver's license W412-5578-9021, found in exam 3"))
                .containsExactly("W412-5578-9021");
        assertThat(RuleTesting.found(rule, "DL# D1234567 expired")).containsExactly("D1234567");
        assertThat(RuleTesting.found(rule, "license no. RN-884120")).containsExactly("RN-884120");
        assertThat(RuleTesting.found(rule, "certificate # 2026-55812 issued")).containsExactly("2026-55812");
    }

    @Test
    void licenceWordsWithoutAnIdAreIgnored() {
        assertThat(RuleTesting.detect(rule, "license plate 7ABC123")).isEmpty();
        assertThat(RuleTesting.detect(rule, "licensed since 2019, license renewed in 2026")).isEmpty();
        assertThat(RuleTesting.detect(rule, "insurers practicing medicine without a license")).isEmpty();
        assertThat(RuleTesting.detect(rule, "board certificate in 2026")).isEmpty();
    }

    @Test
    void stateDriverLicenceFormatsCountNearALicenceWord() {
        // the number need not follow the trigger directly
        assertThat(RuleTesting.found(rule, "someone turned in a MD driver's license at the desk, K-512-338-907-114, pt's"))
                .containsExactly("K-512-338-907-114");
        assertThat(RuleTesting.found(rule, "copied her DL S530 4127 8812 07 onto the wrong chart"))
                .containsExactly("S530 4127 8812 07");
        assertThat(RuleTesting.found(rule, "G710-233-48-911-2 is his license, found under bed 6"))
                .containsExactly("G710-233-48-911-2");
    }

    @Test
    void licenceShapedNumbersNeedALicenceWordInTheSameSentence() {
        assertThat(RuleTesting.detect(rule, "part no. G710-233-48-911-2 is back in stock")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Renew your license online. G710-233-48-911-2 is the form id")).isEmpty();
        assertThat(RuleTesting.detect(rule, "license plate TX JBR-5518 in the lot")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Creative Commons license CC-BY 4.0, doi NEJMoa2034577")).isEmpty();
    }

    @Test
    void npiAndDeaAreLicences() {
        assertThat(RuleTesting.detect(rule, "my pt is a pharmacist, his NPI 1234567893").get(0).type())
                .isEqualTo(org.primum.policy.FindingType.LICENSE);
        assertThat(RuleTesting.found(rule, "the forged script had DEA # FB1234563")).containsExactly("FB1234563");
    }
}
