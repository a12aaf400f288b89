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
    void aNumberInBracketsDoesNotTakeTheBracket() {
        assertThat(RuleTesting.found(rule, "her daughter (312-555-0148) keeps calling the unit"))
                .containsExactly("312-555-0148");
        assertThat(RuleTesting.found(rule, "his cell is +1 312 555 0148")).containsExactly("+1 312 555 0148");
    }

    @Test
    void numbersAfterAnotherIdentifiersLabelAreNotPhones() {
        assertThat(RuleTesting.detect(rule, "her NPI 1234567893 is on the script")).isEmpty();
        assertThat(RuleTesting.detect(rule, "MRN 3125550148 was merged")).isEmpty();
        assertThat(RuleTesting.detect(rule, "on hold about HAR 5503921187")).isEmpty();
        assertThat(RuleTesting.found(rule, "her caller ID showed 312-555-0148 again")).containsExactly("312-555-0148");
        assertThat(RuleTesting.found(rule, "her cell, just in case: 312-555-0148")).containsExactly("312-555-0148");
    }

    @Test
    void extensionsBelongToTheNumber() {
        PhoneRule fax = new PhoneRule(FindingType.FAX);
        assertThat(RuleTesting.found(fax, "fax it to his lawyer's office, 215.555.0177 x31"))
                .containsExactly("215.555.0177 x31");
        assertThat(RuleTesting.found(rule, "her daughter's work line 215-555-0177 ext. 4410, call after 5"))
                .containsExactly("215-555-0177 ext. 4410");
    }

    @Test
    void aNumberSaidToBeANamedPersonsLineIsPersonal() {
        assertThat(RuleTesting.found(rule, "the call came from 215-555-0177, which is Brathwaite's cell"))
                .containsExactly("215-555-0177");
        // a colleague's office line is not personal
        assertThat(RuleTesting.found(rule, "the call came from 215-555-0177, which is Dr. Brathwaite's line")).isEmpty();
    }

    @Test
    void dottedQuadsAreIpAddressesNotPhones() {
        assertThat(RuleTesting.detect(rule, "she logs in from 198.51.100.77 every night")).isEmpty();
        assertThat(RuleTesting.detect(rule, "his router hands out 203.0.113.120")).isEmpty();
    }

    @Test
    void dateRangesAreNotPhones() {
        assertThat(RuleTesting.detect(rule, "flu clinic 10/1-10/31, walk in")).isEmpty();
    }

    @Test
    void aNumberTheWriterCallsIsSomeonesOwnLine() {
        assertThat(RuleTesting.found(rule, "Order #4471 is ready. We've called 555-0193 three times, come get it"))
                .containsExactly("555-0193");
        assertThat(RuleTesting.found(rule, "Jo-Ann, our nurse will call you at (555) 310-2291 this afternoon"))
                .containsExactly("(555) 310-2291");
        // an invitation to call the organisation is still its own line
        assertThat(RuleTesting.found(rule, "Questions? Call 555-310-2291 to book")).isEmpty();
    }

    @Test
    void digitsOfALetteredIdAreNotAPhone() {
        assertThat(RuleTesting.detect(rule, "his workers comp case WC-2024-118803 is still open")).isEmpty();
        assertThat(RuleTesting.detect(rule, "claim CLM-312-555-0148 was denied")).isEmpty();
    }

    @Test
    void aLineToCallForAServiceIsTheOrganisations() {
        assertThat(RuleTesting.found(rule, "Our sleep lab needs adults with insomnia for a 6-week trial. Text "
                + "503-555-0164 to enroll.")).isEmpty();
        assertThat(RuleTesting.found(rule, "Her PT went well today, text 503-555-0164 to book her next session."))
                .containsExactly("503-555-0164");
    }

    @Test
    void aReplyThatConfirmsNoOneGivesTheOrganisationsLine() {
        assertThat(RuleTesting.found(rule, "We cannot confirm whether anyone is a patient here, Sam, but our "
                + "patient advocate Rhea would like to hear from you at 503-555-0164.")).isEmpty();
        assertThat(RuleTesting.found(rule, "Rhea, your son's biopsy is back, call me at 503-555-0164."))
                .containsExactly("503-555-0164");
    }
}
