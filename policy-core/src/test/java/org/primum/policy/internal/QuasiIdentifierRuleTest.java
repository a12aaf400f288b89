package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.Policy;

class QuasiIdentifierRuleTest {

    private final QuasiIdentifierRule block = new QuasiIdentifierRule(Policy.defaults(), false);
    private final QuasiIdentifierRule warn = new QuasiIdentifierRule(Policy.defaults(), true);

    @Test
    void blocksWhenThreeDetailsAboutOnePatientCombine() {
        String text = "We treated the school bus driver from our little town last night after the crash on the bridge";
        var hits = RuleTesting.hits(block, text);
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.reasons())
                .anyMatch(r -> r.startsWith("occupation")).anyMatch(r -> r.startsWith("timing")));
        assertThat(RuleTesting.hits(warn, text)).isEmpty();
    }

    @Test
    void warnsOnTwoDetails() {
        String text = "my pt, a retired firefighter, came in this morning with chest pain";
        assertThat(RuleTesting.hits(warn, text)).hasSize(1);
        assertThat(RuleTesting.hits(block, text)).isEmpty();
    }

    @Test
    void thresholdsComeFromThePolicy() {
        Policy strict = Policy.defaults().toBuilder().reidentification(new Policy.Reidentification(1, 2)).build();
        String text = "my pt, a retired firefighter, came in this morning with chest pain";
        assertThat(RuleTesting.hits(new QuasiIdentifierRule(strict, false), text)).hasSize(1);
    }

    @Test
    void aStreetAfterOnOrOffIsAStreetAndAUnitAfterOnIsAPlace() {
        String street = "the florist on Magnolia Ave finally came in for his hernia repair";
        assertThat(RuleTesting.hits(block, street)).anyMatch(h -> h.reasons().contains("street: Magnolia Ave"));
        String unit = "the retired pilot on 4 North let us pull his chest tube today";
        assertThat(RuleTesting.hits(warn, unit)).anyMatch(h -> h.reasons().contains("place: 4 North"));
        // "on Monday", "on Main" without a street word, a count of hours: no place
        assertThat(RuleTesting.hits(warn, "the florist came in on Monday for his hernia repair"))
                .allSatisfy(h -> assertThat(h.reasons()).noneMatch(r -> r.startsWith("place")));
        assertThat(RuleTesting.hits(warn, "the florist was on 2 Norco for his hernia pain"))
                .allSatisfy(h -> assertThat(h.reasons()).noneMatch(r -> r.startsWith("place")));
    }

    @Test
    void aStopWordNamingAChurchOrSchoolIsPartOfThePlace() {
        String text = "the choir director at First Lutheran came in last night with a kidney stone, poor man";
        assertThat(RuleTesting.hits(block, text)).anyMatch(h -> h.reasons().contains("workplace: First Lutheran"));
    }

    @Test
    void needsACareRelationship() {
        String text = "The senator, 72, announced last night that he has prostate cancer, according to his office.";
        assertThat(RuleTesting.hits(block, text)).isEmpty();
        assertThat(RuleTesting.hits(warn, text)).isEmpty();
    }

    @Test
    void ignoresResearchSentences() {
        String text = "Our cohort study of 1,204 retired firefighters found higher rates of bladder cancer last year.";
        assertThat(RuleTesting.hits(block, text)).isEmpty();
    }

    @Test
    void aNamedPlaceAmongTheDetailsIsALocationToo() {
        String text = "We treated the only dentist in Ostrava last night after the crash on the ice";
        var hits = RuleTesting.detect(block, text);
        assertThat(hits).anyMatch(d -> d.type() == org.primum.policy.FindingType.LOCATION
                && text.substring(d.start(), d.end()).equals("Ostrava"));
        String unnamed = "We treated the school bus driver from our little town last night after the crash";
        assertThat(RuleTesting.detect(block, unnamed)).noneMatch(d -> d.type() == org.primum.policy.FindingType.LOCATION);
    }
    @Test
    void theReadersFamilyToldBackToThemIsNoDetailUnlessTheWriterCaredForThem() {
        String advice = "Your daughter's readings sound like a growth spurt. Her 3 a.m. lows mean you should cut her "
                + "evening insulin a little and call if it keeps happening.";
        assertThat(RuleTesting.hits(block, advice)).isEmpty();
        String cared = "So glad we could look after your daughter at 3 a.m. last week; a 9-year-old rodeo rider "
                + "with a broken wrist is not something we see every night!";
        assertThat(RuleTesting.hits(block, cared)).hasSize(1);
    }
    @Test
    void aTallyOfManyCasesIsNoOnePatientButAFewInOneSmallPlaceStillAre() {
        String tally = "New Year's Eve in our ED: 14 firework burns, 6 hand surgeries, one thumb kept on ice in a "
                + "beer cooler from Decorah. Be careful out there tonight.";
        assertThat(RuleTesting.hits(block, tally)).isEmpty();
        assertThat(RuleTesting.hits(warn, tally)).isEmpty();
        String few = "This month we admitted 3 girls from the same tiny Amish settlement outside Arthur with "
                + "Crigler-Najjar syndrome.";
        assertThat(RuleTesting.hits(warn, few)).isNotEmpty(); // time and town still count for three girls
    }

    @Test
    void oneNamedPersonsHealthIsACaseWithoutACareVerb() {
        // no "we treated", no "came in": a health detail about one described person is still a case
        // (the quasi-identifier finding, and Port Clyde as a LOCATION among its details)
        assertThat(RuleTesting.detect(block, "The harbor master in Port Clyde, 64, finally got his bypass and is back on the dock."))
                .filteredOn(d -> d.type() == org.primum.policy.FindingType.QUASI_ID).hasSize(1);
        assertThat(RuleTesting.hits(block, "Their grandma out in Lamoni started dialysis on Mondays, and her church ladies drive her."))
                .isNotEmpty();
        // a patient's condition as a hospital reports it is care too
        assertThat(RuleTesting.hits(block, "The lobster fisherman from Stonington who fell overboard Friday is in "
                + "stable condition.")).isNotEmpty();
        assertThat(RuleTesting.hits(block, "The ski patroller at Big Sky who got caught in the slide on Sunday: critical "
                + "condition, family on the way.")).isNotEmpty();
        // the writer's own ward or service is a care relationship too
        assertThat(RuleTesting.hits(block,
                "the old church organist from Hollister on our palliative service told me he wants Bach at his funeral"))
                .isNotEmpty();
    }

    @Test
    void noCaseInGroupsLessonsAdviceToTheReaderOrPublicFigures() {
        assertThat(RuleTesting.hits(warn, "If your toddler has a barking cough at night, the croup clinic in Ames stays open late."))
                .isEmpty();
        assertThat(RuleTesting.hits(block, "New study of 40 retired coal miners in Wise County, mean age 71: more COPD than expected."))
                .isEmpty();
        assertThat(RuleTesting.hits(block, "Named Nurse of the Year by my old unit in Spokane, still pinching myself.")).isEmpty();
        assertThat(RuleTesting.hits(block, "The chairlift at Big Sky will be stable again after the repair on Sunday, "
                + "says the resort's mechanic.")).isEmpty();
        assertThat(RuleTesting.hits(block,
                "Governor Hale, 66, is recovering from hip surgery in Helena after a fall on the capitol steps.")).isEmpty();
        assertThat(RuleTesting.hits(block, "From the history books: a Vermont quarryman, 25, survived an iron bar through "
                + "his skull in 1848 and changed neurology.")).isEmpty();
    }

    @Test
    void theReadersAndARarityAreNoCrowd() {
        // "so many of you asked" counts the readers, "one of only a few hundred worldwide" how rare the patient is
        assertThat(RuleTesting.hits(block, "the crossing guard at Lincoln Elementary who got hit by a pickup on Friday "
                + "is out of our ICU, so many of you asked")).isNotEmpty();
        assertThat(RuleTesting.hits(block, "Our patient is one of just a few dozen people worldwide with Hutchinson-Gilford "
                + "progeria and he starts at Boise State this fall")).isNotEmpty();
        assertThat(RuleTesting.hits(block, "To everyone who reached out: the rodeo clown from Cody, 58, who got "
                + "gored on Saturday is off the vent")).isNotEmpty();
        // many patients stay many: "one of our nurses" is no rarity, and "lots of" is a crowd
        assertThat(RuleTesting.hits(block, "One of our nurses said lots of kids from Arthur came in Friday with croup, "
                + "she was swamped")).isEmpty();
        assertThat(RuleTesting.hits(block, "So many toddlers from Tonopah came in with RSV last week, and she was on "
                + "every shift")).isEmpty();
    }

    @Test
    void theOnlyOneOfAJobAUnitAndAnAgeAtAnEventAreDetails() {
        assertThat(RuleTesting.hits(block, "Only blacksmith in Ekalaka came in with a crushed thumb this morning."))
                .anyMatch(h -> h.reasons().contains("unusual event: Only"));
        assertThat(RuleTesting.hits(warn, "5 West knows who I mean: our unit secretary got admitted last night. Prayers."))
                .anyMatch(h -> h.reasons().contains("place: 5 West"));
        assertThat(RuleTesting.hits(block, "We cared for the retired postmaster from Lusk for years. He passed on Sunday "
                + "at 97, surrounded by his quilts.")).anyMatch(h -> h.reasons().contains("age: 97"));
        // "only 3 beds", "at 40 mg", a street named after a compass point: none of these
        assertThat(RuleTesting.hits(warn, "Only 3 beds left in our ED tonight and the charge nurse came in early."))
                .allSatisfy(h -> assertThat(h.reasons()).noneMatch(r -> r.startsWith("unusual event")));
        assertThat(RuleTesting.hits(warn, "She was diagnosed with asthma at 5 and started the inhaler at 40 mg daily."))
                .allSatisfy(h -> assertThat(h.reasons()).noneMatch(r -> r.startsWith("age")));
        assertThat(RuleTesting.hits(warn, "Our patient took the exit at 40 and drove to 5 North Main for lunch."))
                .allSatisfy(h -> assertThat(h.reasons()).noneMatch(r -> r.startsWith("age") || r.startsWith("place")));
    }

    /**
     * An infant known by an age and the shift or day of care, with a grave finding (non-accidental
     * trauma, abuse, an ingestion) in the next sentence: three details about one child.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "8 month old from Tuesday's shift. NAT workup came back positive.",
        "Friday night's 6 month old: concern for NAT, CPS involved.",
        "2 year old from Sunday's night shift. Accidental ingestion of grandma's pills, tox screen positive.",
        "3 week old from last night's shift. Abusive head trauma on the CT, social work is involved.",
    })
    void anInfantByAgeAndShiftWithAGraveFindingBlocks(String text) {
        assertThat(RuleTesting.hits(block, text)).as(text).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Grand rounds Tuesday: NAT workup in infants under 6 months, when to order a skeletal survey.",
        "Reminder: every 8 month old gets a developmental screen. Child abuse pediatrics consult line is 24/7.",
        "Our 6 month old nephew visited the unit on Friday. Everyone melted.",
        "Tuesday's shift was calm. Accidental ingestion prevention flyers are at the front desk.",
    })
    void aLessonOrNoGraveFindingAboutOneChildDoesNot(String text) {
        assertThat(RuleTesting.hits(block, text)).as(text).isEmpty();
    }
}
