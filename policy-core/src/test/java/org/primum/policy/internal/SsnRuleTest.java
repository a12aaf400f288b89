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
    void impossibleRangesAreSkipped() {
        for (String s : new String[] {"000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"}) {
            assertThat(RuleTesting.detect(rule, "SSN " + s)).as(s).isEmpty();
        }
    }

    @Test
    void advertisingAndExampleNumbersAreSkipped() {
        assertThat(RuleTesting.detect(rule, "the wallet card SSN 078-05-1120")).isEmpty();
        assertThat(RuleTesting.detect(rule, "e.g. SSN 123-45-6789")).isEmpty();
    }

    @Test
    void phonesDatesAndLongerNumbersAreNotSsns() {
        assertThat(RuleTesting.detect(rule, "call 312-555-0148 or 312-55-01488")).isEmpty();
        assertThat(RuleTesting.detect(rule, "seen 03/04/1961 and 2026-03-04")).isEmpty();
        assertThat(RuleTesting.detect(rule, "ref 1-412-67-3380-9")).isEmpty();
    }
}
