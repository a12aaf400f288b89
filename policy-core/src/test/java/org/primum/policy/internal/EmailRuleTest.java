package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;

class EmailRuleTest {

    private final EmailRule rule = new EmailRule();

    @Test
    void findsAPersonalAddress() {
        String text = "Her mom emailed me at midnight from jreyes.family@yahoo.com asking about the rash";
        Detection d = RuleTesting.only(rule, text, "jreyes.family@yahoo.com");
        assertThat(d.type()).isEqualTo(FindingType.EMAIL);
        assertThat(d.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(rule.id()).isEqualTo("phi.email");
    }

    @Test
    void findsAddressesSpelledOutToDodgeFilters() {
        assertThat(RuleTesting.found(rule, "email him at kwame.mensah at gmail dot com re his sleep study"))
                .containsExactly("kwame.mensah at gmail dot com");
        assertThat(RuleTesting.found(rule, "write to jane.doe [at] example [dot] org today"))
                .containsExactly("jane.doe [at] example [dot] org");
        assertThat(RuleTesting.found(rule, "her address is jdoe(at)mailbox.com"))
                .containsExactly("jdoe(at)mailbox.com");
    }

    @Test
    void roleAddressesWithoutPatientContextAreLowConfidence() {
        for (String local : new String[] {"info", "press", "media", "appointments", "noreply", "feedback"}) {
            String text = "Reach the team at " + local + "@lakeshorehealth.org for details.";
            assertThat(RuleTesting.detect(rule, text)).singleElement()
                    .satisfies(d -> assertThat(d.confidence()).isLessThan(0.5));
        }
    }

    @Test
    void organisationContactAddressIsLowConfidence() {
        assertThat(RuleTesting.found(rule, "Email residency questions to gme@lakeshorehealth.org. interviews start Oct 1!"))
                .isEmpty();
    }

    @Test
    void patientContextOutweighsARoleLookingAddress() {
        String text = "my patient keeps writing to billing@lakeshorehealth.org about his hospital stay";
        assertThat(RuleTesting.found(rule, text)).containsExactly("billing@lakeshorehealth.org");
    }

    @Test
    void wordsAtAndDotInOrdinaryProseAreNotAddresses() {
        assertThat(RuleTesting.detect(rule, "look at cdc dot gov for the guidance")).isEmpty();
        assertThat(RuleTesting.detect(rule, "email me at home, not at work")).isEmpty();
        assertThat(RuleTesting.detect(rule, "we met at the conference. dot your i's")).isEmpty();
        assertThat(RuleTesting.detect(rule, "thanks @jen_m for the talk")).isEmpty();
    }
}
