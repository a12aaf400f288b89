package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.Policy;

/**
 * The quasi-identifiers a neighbour reads beyond age, job and town: the street and the workplace
 * beside the town, a job told by what someone runs or drives, how they look and what they drive,
 * named disasters and the days after them, habits, firsts and prizes, and word getting round town;
 * and the care relationships that put such a person in the writer's care. Each with its twin that
 * is no patient: a cohort, a hypothetical, a teaching case, a staff story, a notice.
 */
class QuasiIdentifierPlacesAndHabitsTest {

    private final QuasiIdentifierRule block = new QuasiIdentifierRule(Policy.defaults(), false);
    private final QuasiIdentifierRule warn = new QuasiIdentifierRule(Policy.defaults(), true);

    private boolean blocks(String text) {
        return !RuleTesting.detect(block, text).isEmpty();
    }

    private boolean flags(String text) {
        return blocks(text) || !RuleTesting.detect(warn, text).isEmpty();
    }

    private java.util.List<String> reasons(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        RuleTesting.detect(block, text).forEach(d -> out.addAll(d.reasons()));
        RuleTesting.detect(warn, text).forEach(d -> out.addAll(d.reasons()));
        return out;
    }

    @Test
    void aStreetAWorkplaceAndATownAreThreePlacesOfDifferentGrain() {
        String bakery = "We're looking after the woman who runs the flower shop on Pruitt Ave in Lowell since her fall.";
        assertThat(reasons(bakery)).contains("workplace: flower shop", "street: Pruitt Ave", "place: Lowell");
        assertThat(blocks(bakery)).isTrue();
        assertThat(blocks("my pt this am: the deacon at Holy Cross in Millbury, kidney stone, mid-homily exit")).isTrue();
        // numbered roads and ordinal streets
        assertThat(reasons("the tow truck driver who lives off Route 44 came in with his hand in a towel"))
                .contains("street: Route 44");
        assertThat(reasons("the barber on 14th Ave is on our unit, he fell off his ladder"))
                .anyMatch(r -> r.startsWith("street: 14"));
        // a saint's church is no street; a named town outranks a generic locality word
        assertThat(reasons("we admitted the sacristan at St. Brigid's in Kenosha after her stroke"))
                .noneMatch(r -> r.startsWith("street")).contains("place: Kenosha");
    }

    @Test
    void theSamePlacesInANoticeACohortOrAStaffStoryStayQuiet() {
        assertThat(flags("Shoutout to the hardware store on Route 7 and the diner on Pine St for feeding our night "
                + "shift through the blizzard.")).isFalse();
        assertThat(flags("Among 180 florists from Lowell and Dracut in our study, 12% had contact dermatitis."))
                .isFalse();
        assertThat(blocks("Hypothetical: a deacon at a small parish in a mill town collapses mid-homily. "
                + "What's your first move?")).isFalse();
        assertThat(blocks("Proud of our charge nurse Tamsin, who coaches the girls' soccer team at Eastfield High "
                + "and won the league title on Saturday!")).isFalse();
    }

    @Test
    void aJobToldByWhatSomeoneRunsOrDrivesOrByTheirTrade() {
        assertThat(reasons("the man who drives the Bellwood library van came in short of breath, he's on 6 North"))
                .contains("occupation: drives");
        assertThat(reasons("the ice cream guy who parks by the Ridgeway pool every afternoon had his MI in our lobby"))
                .anyMatch(r -> r.startsWith("occupation")).contains("timing: every afternoon");
        assertThat(blocks("The sisters who own the tea room on Cobb St in Marietta are both on our COVID unit.")).isTrue();
        // "who runs our gift shop": the writer's own workplace
        assertThat(reasons("our volunteer who runs our gift shop turned 80 and the whole unit sang"))
                .noneMatch(r -> r.startsWith("workplace"));
    }

    @Test
    void howSomeoneLooksAndWhatTheyDriveAreDetailsAboutThem() {
        String looks = "the lady with the silver braids who bags groceries at Fareway came in dizzy, low sugar episode";
        assertThat(reasons(looks)).anyMatch(r -> r.startsWith("appearance: with the silver braids"));
        assertThat(blocks(looks)).isTrue();
        assertThat(reasons("the farmer who drove his rusty tractor to our ED with a hand injury, sir, please call 911"))
                .contains("vehicle: his rusty tractor");
        // a car alone, a colleague's cap, a parking notice: nothing
        assertThat(reasons("he drove his truck to our ED with a hand injury")).noneMatch(r -> r.startsWith("vehicle"));
        assertThat(flags("Parking notice: whoever owns the green Jeep in the ambulance bay, please move it now."))
                .isFalse();
        assertThat(flags("Our unit clerk Rosie in her lucky Bears cap ran the city 10K on Sunday!")).isFalse();
    }

    @Test
    void aNamedDisasterTheDayAfterItAFirstOrAPrizeAreUnusual() {
        assertThat(reasons("two kids from the Mill Creek bus rollover Thursday are still in our PICU"))
                .contains("unusual event: rollover", "timing: Thursday");
        assertThat(reasons("we got the roofer from the fire on 3rd St last night, smoke inhalation"))
                .contains("unusual event: fire");
        assertThat(reasons("our first quadruplets ever delivered here went home today, mom is a legend"))
                .anyMatch(r -> r.startsWith("unusual event"));
        assertThat(reasons("our new admit is the lady who won the Fenton chili cook-off, gallstones"))
                .anyMatch(r -> r.startsWith("unusual event"));
        // a patient crashing, a crash cart, a teaching case after a crash: no event
        assertThat(reasons("my pt crashed twice overnight and we grabbed the crash cart"))
                .noneMatch(r -> r.startsWith("unusual event"));
        assertThat(blocks("Teaching case (composite): a driver from a rural county after a rollover. Primary survey?"))
                .isFalse();
    }

    @Test
    void wordGettingRoundTownIsADetail() {
        assertThat(reasons("The fire chief's wife came in for a biopsy today. Half the town will know by supper."))
                .contains("local attention: Half the town");
        assertThat(blocks("The fire chief's wife came in for a biopsy today. Half the town will know by supper."))
                .isTrue();
        assertThat(reasons("we admitted the mayor's son last night, everybody in Tioga is texting me"))
                .anyMatch(r -> r.startsWith("local attention"));
        // "the whole team" is the staff, not the town
        assertThat(reasons("the whole team cried when our longtime unit clerk retired today"))
                .noneMatch(r -> r.startsWith("local attention"));
    }

    @Test
    void everyoneIsACrowdUnlessItIsTheReadersATownOrOneFamily() {
        // one family's members, the readers asked for privacy, a town that will hear of it
        assertThat(blocks("We delivered twins to the sheriff's daughter overnight, everyone is doing great")).isTrue();
        assertThat(blocks("the librarian from Cold Spring was with us after the crash on Hwy 23. asking everyone to "
                + "give the family space")).isTrue();
        // everyone as a crowd: a service offered to every coach and parent
        assertThat(flags("Free sports physicals for every Little League coach and parent at the Dunmore fields "
                + "this Saturday!")).isFalse();
        assertThat(flags("Everyone over 50 in Dunmore should get a colonoscopy, and every farmer needs sunscreen."))
                .isFalse();
    }

    @Test
    void careRelationshipsTheWardSpeaks() {
        // arriving at a place of care, lying on a numbered unit, "we got the ...", hands-on care, a regular
        assertThat(blocks("guess who limped into our urgent care: the Channel 4 sports anchor from Elgin, torn calf"))
                .isTrue();
        assertThat(blocks("the ferry deckhand who got caught in the winch Tuesday is on 5 North, he keeps joking"))
                .isTrue();
        assertThat(blocks("we got the junior varsity quarterback from Alma after the bonfire, burns to both hands"))
                .isTrue();
        assertThat(blocks("the rural mail carrier on the Bluff Rd route slipped on ice yesterday and we splinted "
                + "his wrist")).isTrue();
        assertThat(blocks("One of our regulars, the retired crossing guard from Oakdale who sings in the lobby "
                + "every Sunday, went to hospice today.")).isTrue();
        // a public figure in the news is not the writer's patient; a staff story on a numbered unit is no patient
        assertThat(flags("The starting quarterback for the Vikings was treated for a concussion on Sunday, the team "
                + "announced.")).isFalse();
        assertThat(flags("25 years on 4 West and our charge nurse still brings donuts every Friday.")).isFalse();
    }
}
