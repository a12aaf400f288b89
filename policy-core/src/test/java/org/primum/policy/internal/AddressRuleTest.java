package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;

class AddressRuleTest {

    private final AddressRule rule = new AddressRule();

    @Test
    void findsAStreetAddressAsOneSpan() {
        String text = "home visit list: 1423 W Elm St (wound check, 82yo w/ stage 3 sacral)";
        assertThat(RuleTesting.found(rule, text)).containsExactly("1423 W Elm St");
        assertThat(RuleTesting.only(rule, text, "1423 W Elm St").type()).isEqualTo(FindingType.LOCATION);
        assertThat(rule.id()).isEqualTo("phi.location");
    }

    @Test
    void aTherapistsOwnClientIsAPatient() {
        assertThat(RuleTesting.found(rule, "Sent a deputy round to my client at 42 Quarry Bend Rd, "
                + "boundaries are a work in progress")).containsExactly("42 Quarry Bend Rd");
        // an organisation's clients, in the plural and as a service, are no one patient
        assertThat(RuleTesting.found(rule, "Our client services desk moves to 42 Quarry Bend Rd next month"))
                .isEmpty();
    }

    @Test
    void includesTheTownStateAndZipAfterAnAddress() {
        assertThat(RuleTesting.found(rule, "my pt lives at 55 Birch Hollow Rd, Ypsilanti 48197 with 9 cats"))
                .containsExactly("55 Birch Hollow Rd, Ypsilanti 48197");
        assertThat(RuleTesting.found(rule, "my pt lives at 55 Birch Hollow Rd, Ypsilanti, MI and won't move"))
                .containsExactly("55 Birch Hollow Rd, Ypsilanti, MI");
        assertThat(RuleTesting.found(rule, "my pt lives at 55 Birch Hollow Rd, Ypsilanti."))
                .containsExactly("55 Birch Hollow Rd, Ypsilanti");
        assertThat(RuleTesting.found(rule, "my pt lives at 55 Birch Hollow Rd, Thanks to everyone who helped"))
                .containsExactly("55 Birch Hollow Rd");
    }

    @Test
    void includesOrdinalsDirectionsAndUnits() {
        assertThat(RuleTesting.found(rule, "my patient lives at 200 E 5th Ave Apt 4B with her son"))
                .containsExactly("200 E 5th Ave Apt 4B");
        assertThat(RuleTesting.found(rule, "pt's address: 77 Martin Luther King Jr Blvd NW, Unit 12"))
                .containsExactly("77 Martin Luther King Jr Blvd NW, Unit 12");
        assertThat(RuleTesting.found(rule, "pt lives at 1423 w elm st, alone")).containsExactly("1423 w elm st");
        assertThat(RuleTesting.found(rule, "our pt lives at 221B Baker Street")).containsExactly("221B Baker Street");
    }

    @Test
    void findsPoBoxes() {
        assertThat(RuleTesting.found(rule, "her mail goes to P.O. Box 4412 now")).containsExactly("P.O. Box 4412");
        assertThat(RuleTesting.found(rule, "send her refill to PO Box 88 please")).containsExactly("PO Box 88");
        assertThat(RuleTesting.detect(rule, "check the box 12 times")).isEmpty();
    }

    @Test
    void zipCodesNeedContext() {
        assertThat(RuleTesting.found(rule, "3rd measles case from her ZIP, 60614. vaccinate"))
                .containsExactly("60614");
        assertThat(RuleTesting.found(rule, "she moved to Chicago, IL 60614-1234 last year")).containsExactly("60614-1234");
        // an aggregate with no one in it is public-health data, not a person's address
        assertThat(RuleTesting.found(rule, "cases are rising in 60614.")).isEmpty();
        assertThat(RuleTesting.detect(rule, "we logged 48210 steps and 11000 hrs")).isEmpty();
        assertThat(RuleTesting.detect(rule, "in 10000 patients the effect held")).isEmpty();
    }

    @Test
    void venueAndOrganisationAddressesAreLowConfidence() {
        assertThat(RuleTesting.found(rule, "Tried the new coffee place across from the hospital at 1400 N State St, solid cortado"))
                .isEmpty();
        assertThat(RuleTesting.found(rule, "Visit us at our new clinic, 250 Lake Shore Drive, opening Monday")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Visit us at our new clinic, 250 Lake Shore Drive")).hasSize(1);
        assertThat(RuleTesting.found(rule, "See you at 123 Main St, Suite 200 for the CME dinner.")).isEmpty();
    }

    @Test
    void streetsWithoutANumberNeedAResidentOrAPatient() {
        assertThat(RuleTesting.found(rule, "her twin lives on S Pulaski Rd and has never had kidney problems"))
                .containsExactly("S Pulaski Rd");
        assertThat(RuleTesting.found(rule, "traffic is bad on Main St")).isEmpty();
        assertThat(RuleTesting.detect(rule, "happy to be on St Patrick's Day duty")).isEmpty();
    }

    @Test
    void saintOrDoctorWithItsDotBeforeANameIsNoStreet() {
        assertThat(RuleTesting.detect(rule, "Honored to begin my role as patient experience lead at Ascension "
                + "St. Vincent in Evansville.")).isEmpty();
        assertThat(RuleTesting.detect(rule, "I've started a new job as the patient access coordinator at Mercy "
                + "St. Anne in Toledo.")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Proud of our liaison team at Providence St. Joseph's in Eureka."))
                .isEmpty();
        // a street's suffix before a sentence that opens with a word or a name still counts
        assertThat(RuleTesting.found(rule, "Our patient lives on Walnut St. Ask me how we got her home."))
                .containsExactly("Walnut St");
        assertThat(RuleTesting.found(rule, "her twin lives on Birch St. Maria drives her to dialysis"))
                .containsExactly("Birch St");
    }

    @Test
    void numberedRoadsCountWhenAnIncidentOrPatientIsDescribed() {
        assertThat(RuleTesting.found(rule, "The bus driver from the Route 9 crash is out of surgery, he is stable"))
                .containsExactly("Route 9");
        assertThat(RuleTesting.found(rule, "Delivered a baby on the I-90 shoulder at 2am")).containsExactly("I-90");
        assertThat(RuleTesting.found(rule, "Route 9 reopens next week")).isEmpty();
    }

    @Test
    void countsDosesAndScansAreNotAddresses() {
        assertThat(RuleTesting.detect(rule, "a 5 min drive, 2 Head CT, 20 minute drive to the ER")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Room 110 at the Senior Center, Poster 2291, Hall D")).isEmpty();
        assertThat(RuleTesting.detect(rule, "1 in 4 adults over 65 falls each year")).isEmpty();
        assertThat(RuleTesting.detect(rule, "42 new doctors from 19 states, 2026 Ford Transit")).isEmpty();
        assertThat(RuleTesting.detect(rule, "took 2 pills every day")).isEmpty();
    }
}
