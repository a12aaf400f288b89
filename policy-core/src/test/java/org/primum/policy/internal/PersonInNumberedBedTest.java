package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;

/** A numbered bed or room right after a person's name is where that person lies (probes of our own). */
class PersonInNumberedBedTest {

    private final ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);

    @Test
    void aNameBeforeInBedOrRoomMakesItAPatientsBed() {
        assertThat(RuleTesting.found(places, "Big cheers for Tomasz Nowak in CCU bed 6, walked the whole hall!!! so proud"))
                .contains("bed 6");
        assertThat(RuleTesting.found(places, "Dorothy in room 218 turned 97 and demanded cake."))
                .contains("room 218");
        assertThat(RuleTesting.found(places, "Mrs. Okafor in bay 4 finally got her discharge papers"))
                .contains("bay 4");
    }

    @Test
    void staffGatheringsAndColleaguesInARoomAreNoPatients() {
        assertThat(RuleTesting.found(places, "Staff huddle with Linda in room 204 at noon, bring snacks.")).isEmpty();
        assertThat(RuleTesting.found(places, "Lecture by Dr. Amara Osei in room 31, open to all residents.")).isEmpty();
        assertThat(RuleTesting.found(places, "Interviews with Priya in room 5 all afternoon, wish us luck")).isEmpty();
    }
}
