package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsnRuleTest {

    private final SsnRule rule = new SsnRule();

    @Test
    void findsDashedSsnWithoutContext() {
        assertThat(RuleTesting.found(rule, "a pt just read it out loud, 412-67-3380, at registration"))
                .containsExactly("412-67-3380");
    }

    @Test
    void contextRaisesConfidence() {
        double plain = RuleTesting.only(rule, "wrote 531-22-0917 on the form", "531-22-0917").confidence();
        double withContext = RuleTesting.only(rule, "SSN 531-22-0917 on the form", "531-22-0917").confidence();
        assertThat(withContext).isGreaterThan(plain);
    }

    @Test
    void findsSpacedAndBareFormsWithContext() {
        assertThat(RuleTesting.found(rule, "his social security number is 287 41 6653"))
                .containsExactly("287 41 6653");
        assertThat(RuleTesting.found(rule, "SSN: 287416653")).containsExactly("287416653");
    }

    @Test
    void bareNineDigitNumberWithoutContextIsNotAnSsn() {
        assertThat(RuleTesting.detect(rule, "order 287416653 shipped")).isEmpty();
    }

    @Test
    void impossibleRangesAreSkippedWithoutACue() {
        for (String s : new String[] {"000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"}) {
            assertThat(RuleTesting.detect(rule, "wrote " + s + " on the form")).as(s).isEmpty();
        }
    }

    @Test
    void allZeroFieldsAreSkippedEvenAfterACue() {
        for (String s : new String[] {"000-12-3456", "123-00-4567", "123-45-0000"}) {
            assertThat(RuleTesting.detect(rule, "SSN " + s)).as(s).isEmpty();
        }
    }

    @Test
    void advertisingAndExampleNumbersAreSkippedWithoutACue() {
        assertThat(RuleTesting.detect(rule, "the wallet card said 078-05-1120")).isEmpty();
        assertThat(RuleTesting.detect(rule, "the form read 987-65-4329 in pen")).isEmpty();
    }

    @Test
    void invalidNumbersCountAfterAnSsnCue() {
        // a reader cannot tell an advertising or out-of-range number from a real one once it is called an SSN
        assertThat(RuleTesting.found(rule, "her daughter gave us the SSN 987-65-4321 for the estate forms"))
                .containsExactly("987-65-4321");
        assertThat(RuleTesting.found(rule, "pt's social: 666-20-1187")).containsExactly("666-20-1187");
        assertThat(RuleTesting.found(rule, "someone left a social security card at triage. 078-05-1120, in plain view"))
                .containsExactly("078-05-1120");
        assertThat(RuleTesting.found(rule, "913-22-4410 (his SSN) was on the sticky note"))
                .containsExactly("913-22-4410");
    }

    @Test
    void exampleNumbersInAFormatExplanationAreSkipped() {
        assertThat(RuleTesting.detect(rule, "e.g. SSN 123-45-6789")).isEmpty();
        assertThat(RuleTesting.detect(rule, "an SSN has the format 987-65-4320, never post yours")).isEmpty();
    }

    @Test
    void socialMediaAndSocialWorkAreNotSsnCues() {
        assertThat(RuleTesting.detect(rule, "our social media team: 987-65-4320")).isEmpty();
        assertThat(RuleTesting.detect(rule, "social work consult 912-44-1100 pending")).isEmpty();
    }

    @Test
    void findsTheLastFourDigitsAfterBothCues() {
        assertThat(RuleTesting.found(rule, "caller confirmed SSN ending in 4419 and asked about his biopsy"))
                .containsExactly("4419");
        assertThat(RuleTesting.found(rule, "last four of her social: 0632, per the registration clerk"))
                .containsExactly("0632");
        assertThat(RuleTesting.found(rule, "last 4 of his SSN are 2291")).containsExactly("2291");
        assertThat(RuleTesting.found(rule, "label printed SSN ***-**-7710 and the full name")).containsExactly("7710");
    }

    @Test
    void fourDigitsWithoutBothCuesAreNotAnSsn() {
        assertThat(RuleTesting.detect(rule, "card ending in 4242 was declined")).isEmpty();
        assertThat(RuleTesting.detect(rule, "SSN pending, room 4419")).isEmpty();
        assertThat(RuleTesting.detect(rule, "last 4 shifts were brutal, 1200 steps short")).isEmpty();
        assertThat(RuleTesting.detect(rule, "we verified his SSN. ending the call at 1415")).isEmpty();
    }

    @Test
    void phonesDatesAndLongerNumbersAreNotSsns() {
        assertThat(RuleTesting.detect(rule, "call 312-555-0148 or 312-55-01488")).isEmpty();
        assertThat(RuleTesting.detect(rule, "seen 03/04/1961 and 2026-03-04")).isEmpty();
        assertThat(RuleTesting.detect(rule, "ref 1-412-67-3380-9")).isEmpty();
    }
}
