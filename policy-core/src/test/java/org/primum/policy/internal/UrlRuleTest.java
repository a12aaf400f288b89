package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRuleTest {

    private final UrlRule rule = new UrlRule();

    @Test
    void fundraisersPointAtOnePerson() {
        assertThat(RuleTesting.found(rule, "her family set up https://www.gofundme.com/f/help-maria-beat-cancer 💜"))
                .containsExactly("https://www.gofundme.com/f/help-maria-beat-cancer");
        assertThat(RuleTesting.found(rule, "follow her journey at https://www.caringbridge.org/visit/amaraokafor"))
                .containsExactly("https://www.caringbridge.org/visit/amaraokafor");
    }

    @Test
    void personalBlogsAndProfilesAreIdentifiers() {
        assertThat(RuleTesting.found(rule, "Our transplant pt started a blog: samueladeyemi-newkidney.blogspot.com"))
                .containsExactly("samueladeyemi-newkidney.blogspot.com");
        assertThat(RuleTesting.found(rule, "loved reading https://medium.com/@kofi.builds/my-stroke-at-34"))
                .containsExactly("https://medium.com/@kofi.builds/my-stroke-at-34");
        assertThat(RuleTesting.found(rule, "see instagram.com/jane.recovers for updates"))
                .containsExactly("instagram.com/jane.recovers");
    }

    @Test
    void anyLinkInASentenceAboutAPatientCounts() {
        assertThat(RuleTesting.found(rule, "my patient sent me https://example.com/our-family-photos last night"))
                .containsExactly("https://example.com/our-family-photos");
    }

    @Test
    void organisationLinksWithoutPatientContextAreLowConfidence() {
        assertThat(RuleTesting.found(rule, "Walk-in flu shot locations & hours: www.lakeshorehealth.org/flu 💉")).isEmpty();
        assertThat(RuleTesting.found(rule, "register at lakeshorehealth.org/5k")).isEmpty();
        assertThat(RuleTesting.found(rule, "Follow us at https://facebook.com/lakeshorehealth for event news")).isEmpty();
        assertThat(RuleTesting.detect(rule, "register at lakeshorehealth.org/5k")).isNotEmpty();
    }

    @Test
    void educationLinksStayLowEvenInPatientContext() {
        assertThat(RuleTesting.found(rule, "my patient asked about this: https://doi.org/10.1056/NEJMoa2034577")).isEmpty();
        assertThat(RuleTesting.found(rule, "https://pubmed.ncbi.nlm.nih.gov/34567890/ great review")).isEmpty();
        assertThat(RuleTesting.found(rule, "our pt watched https://www.youtube.com/watch?v=abc123 before surgery")).isEmpty();
        assertThat(RuleTesting.found(rule, "guidance at https://www.cdc.gov/flu/index.html")).isEmpty();
    }

    @Test
    void dottedWordsThatAreNotDomainsAreIgnored() {
        assertThat(RuleTesting.detect(rule, "e.g. Node.js and St.Louis and i.e. nothing")).isEmpty();
    }

    @Test
    void linksInsideBracketsAreRead() {
        assertThat(RuleTesting.found(rule, "my pt's page (caringbridge.org/visit/lenafights) has all the updates"))
                .containsExactly("caringbridge.org/visit/lenafights");
        assertThat(RuleTesting.found(rule, "the pt posted it publicly (https://x.com/rjm_runs/status/1788)"))
                .containsExactly("https://x.com/rjm_runs/status/1788");
        assertThat(RuleTesting.found(rule, "our pt's public profile [facebook.com/profile.php?id=4410092277] is open"))
                .containsExactly("facebook.com/profile.php?id=4410092277");
    }

    @Test
    void aFamilyIsTheBeneficiaryEvenWhenAUnitIsNamed() {
        assertThat(RuleTesting.found(rule,
                "meal signups for the Haddad family while their son is on our unit: takethemameal.com/meals/haddad"))
                .containsExactly("takethemameal.com/meals/haddad");
        assertThat(RuleTesting.found(rule, "our NICU's fund for new isolettes: gofundme.com/f/nicu-isolettes"))
                .isEmpty();
        assertThat(RuleTesting.found(rule, "support the Ortiz Family Cancer Center: gofundme.com/f/ortiz-center"))
                .isEmpty();
    }
}
