package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;

/**
 * Wordings of dates, ages and identifiers that blind corpora used and the rules missed, each as a
 * class of wording with probes of our own in both directions.
 */
class StructuredIdWordingsTest {

    private final DateRule dates = new DateRule();
    private final AgeRule ages = new AgeRule();

    // ---- a bed or room number is an identifying number, not a place

    @Test
    void aPatientsBedOrRoomIsReportedAsAnIdentifyingNumber() {
        ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);
        for (String text : List.of("Mr. Haddad in room 611 finally ate a full tray today",
                "Gloria in bay 9 keeps asking for her rosary, anyone seen it?",
                "our kiddo in bed 22 pulled his NG again, third time tonight")) {
            List<Detection> found = RuleTesting.detect(places, text).stream()
                    .filter(d -> d.confidence() >= RuleTesting.THRESHOLD).toList();
            assertThat(found).as(text).isNotEmpty();
            assertThat(found).as(text).allMatch(d -> d.type() == FindingType.OTHER_ID);
        }
        assertThat(RuleTesting.found(places, "Budget meeting in room 611 at 3pm, bring the Q3 numbers")).isEmpty();
    }

    // ---- a weekday or holiday right after a care event or an injury is the day it happened

    @Test
    void aNamedDayRightAfterACareEventOrInjuryIsThePatientsDate() {
        assertThat(RuleTesting.found(dates, "our pt was intubated Thanksgiving and extubated today")).contains("Thanksgiving");
        assertThat(RuleTesting.found(dates, "Her knee was replaced Thursday and she is already walking the halls"))
                .containsExactly("Thursday");
        assertThat(RuleTesting.found(dates, "he fractured his wrist Saturday at the skate park, casted in the ED"))
                .containsExactly("Saturday");
    }

    @Test
    void aDashAfterAWeekdayOpeningANewClauseIsNoSchedule() {
        assertThat(RuleTesting.found(dates, "pt, 6 y/o, seizure at daycare last Wednesday — mom says he's fine now"))
                .containsExactly("Wednesday");
        // schedules stay quiet
        assertThat(RuleTesting.found(dates, "Walk-in flu shots Monday - Friday, 8 to 4, no appointment needed")).isEmpty();
        assertThat(RuleTesting.found(dates, "Lactation class Tuesday-Thursday in the family lounge")).isEmpty();
    }

    @Test
    void aDeathOnAWeekdayIsNewsOfAnyoneNotACareEvent() {
        assertThat(RuleTesting.found(dates, "Our beloved retired charge nurse Ines died Friday surrounded by family."))
                .isEmpty();
        assertThat(RuleTesting.found(dates, "Former dean Dr. Okafor passed away Tuesday at home; memorial details soon."))
                .isEmpty();
    }

    @Test
    void anOrdinalDayAfterARescheduledVisitOrAFillDateIsTheirDate() {
        assertThat(RuleTesting.found(dates, "Mrs. Lindqvist, your infusion appointment got pushed to the 9th because of the snow."))
                .containsExactly("9th");
        assertThat(RuleTesting.found(dates, "Hi Marco, your refill date is the 3rd, so the pharmacy can't run it sooner."))
                .containsExactly("3rd");
        // an ordinal that is no day, or no one's visit
        assertThat(RuleTesting.found(dates, "The clinic moved to the 4th floor of the Wellness Pavilion.")).isEmpty();
        assertThat(RuleTesting.found(dates, "Our grant report is due, and the abstract deadline moved to the 15th.")).isEmpty();
    }

    @Test
    void aDateInAPostSpeakingToAReviewerIsTheirVisit() {
        assertThat(RuleTesting.found(dates, "To the reviewer upset about billing: your MRI on 2 Feb was coded correctly."))
                .containsExactly("2 Feb");
        assertThat(RuleTesting.found(dates, "To the team: the MRI suite closes on 2 Feb for the upgrade.")).isEmpty();
    }

    @Test
    void aDayNamedFromTodayRightAfterACareEventIsADateOnlyAboutAPatient() {
        assertThat(RuleTesting.found(dates, "our pt, 58, was intubated last night after a massive PE")).containsExactly("last night");
        assertThat(RuleTesting.found(dates, "the roofer who fell yesterday has a T12 burst fx, he's in our trauma bay"))
                .containsExactly("yesterday");
        // the writer's own day, or the organisation's, stays quiet
        assertThat(RuleTesting.found(dates, "I came in yesterday to cover a night shift, ED was slammed")).isEmpty();
        assertThat(RuleTesting.found(dates, "Great turnout at the health fair this morning, 200 flu shots given!")).isEmpty();
    }

    @Test
    void aWeekdayWithAPossessiveIsTheDayOfOneEvent() {
        assertThat(RuleTesting.found(dates, "the 15yo pitcher came in w/ a broken orbit after Saturday's game"))
                .containsExactly("Saturday's");
        assertThat(RuleTesting.found(dates, "Wednesday's journal club: SGLT2 inhibitors in HFpEF, pizza provided")).isEmpty();
    }

    @Test
    void aWeekdayAfterAPersonAndTheirMishapInTheSentenceIsTheirDay() {
        assertThat(RuleTesting.found(dates, "The man who collapsed at the farmers market on Saturday is awake and asking for coffee"))
                .containsExactly("Saturday");
        assertThat(RuleTesting.found(dates, "Our team ran the farmers market booth on Saturday, thanks volunteers")).isEmpty();
        // the writer's own mishap is no patient's day
        assertThat(RuleTesting.found(dates, "PSA from your local paramedic: I sprained my ankle on the ice on Tuesday"))
                .isEmpty();
    }

    // ---- ages

    @Test
    void anAgeWithAGivenNameIsThatPersonsAge() {
        assertThat(RuleTesting.found(ages, "the boy with the new g-tube (Mateo, 6) is on our floor again, septic"))
                .containsExactly("6");
        assertThat(RuleTesting.found(ages, "Priya is 11 and has been admitted four times for asthma this winter"))
                .containsExactly("11");
        // counts after a name and "is" are no ages
        assertThat(RuleTesting.found(ages, "Monday is 12 hours of orientation for the new grads")).isEmpty();
    }

    @Test
    void theAgeUsedAsANounNamesOnePerson() {
        assertThat(RuleTesting.found(ages, "the 15 yo from the lake crash is finally extubated")).containsExactly("15");
        assertThat(RuleTesting.found(ages, "our 4yo with the lego in his nose went home happy")).containsExactly("4");
        // a teaching case with "a" stays quiet
        assertThat(RuleTesting.found(ages, "Quiz time: a 15 yo presents with sudden scrotal pain. Next step?")).isEmpty();
    }

    @Test
    void anAgeAfterADiagnosisOrADeathIsTheirAge() {
        assertThat(RuleTesting.found(ages, "my pt was the welder from the shipyard, diagnosed with mesothelioma at 47."))
                .containsExactly("47");
        assertThat(RuleTesting.found(ages, "Our longtime dialysis pt Ruth passed peacefully on Sunday at 93."))
                .containsExactly("93");
        // a threshold, a rate or the writer's family stays quiet
        assertThat(RuleTesting.found(ages, "Most adults are diagnosed with type 2 diabetes at 45 or older.")).isEmpty();
        assertThat(RuleTesting.found(ages, "Set the heparin drip at 30 units per kg and recheck")).isEmpty();
        assertThat(RuleTesting.found(ages, "My grandfather died of a heart attack at 52. Get your lipids checked.")).isEmpty();
    }

    @Test
    void twoPeopleOfOneAgeAndSuperlativesBeforeACaseAge() {
        assertThat(RuleTesting.found(ages, "brothers, both 79, admitted together from the same farm with CO poisoning"))
                .containsExactly("79");
        assertThat(RuleTesting.found(ages, "the sweetest 6 y/o in our burn unit made us all bracelets")).containsExactly("6");
        assertThat(RuleTesting.found(ages, "Both 2 and 3 are correct answers on the quiz.")).isEmpty();
    }

    @Test
    void anOrdinalBirthdayIsTheAgeBeingTurned() {
        assertThat(RuleTesting.found(ages, "Cake on 3 West for Mr. Ferreira's 98th birthday, he beat the flu!"))
                .containsExactly("98");
        assertThat(RuleTesting.found(ages, "Happy 100th birthday to our hospital, founded in 1926!")).isEmpty();
        assertThat(RuleTesting.found(ages, "The clinic celebrates its 25th birthday with a block party")).isEmpty();
    }

    // ---- identifiers

    @Test
    void aPlateInTwoPartsWithAFiveDigitTailIsOnePlate() {
        VehicleRule vehicles = new VehicleRule();
        assertThat(RuleTesting.found(vehicles, "the driver from the overnight crash, OH plate JX 40172, still unidentified"))
                .containsExactly("JX 40172");
        assertThat(RuleTesting.found(vehicles, "whose sedan with plate MB 77310 is blocking the ambulance bay?"))
                .containsExactly("MB 77310");
        assertThat(RuleTesting.found(vehicles, "Our ambulance fleet got new plates this year")).isEmpty();
    }

    @Test
    void aStateLicenceWithThreeDigitsIsALicence() {
        LicenseRule licences = new LicenseRule();
        assertThat(RuleTesting.found(licences, "Found at triage: OR DL OKAFORC781 belongs to whoever was in bay 2 last night"))
                .containsExactly("OKAFORC781");
        assertThat(RuleTesting.found(licences, "Renew your WA DL online before it expires")).isEmpty();
    }

    @Test
    void aSerialNearHomeEquipmentIsADevicesSerial() {
        DeviceRule devices = new DeviceRule();
        assertThat(RuleTesting.found(devices, "Mr. Obi left his rollator (serial QX-55120) in the waiting room"))
                .containsExactly("QX-55120");
        assertThat(RuleTesting.found(devices, "Printer in the lounge jammed again, serial QX-55120 per IT")).isEmpty();
    }

    @Test
    void anAddressSomeoneWroteInFromIsTheirs() {
        EmailRule emails = new EmailRule();
        assertThat(RuleTesting.found(emails, "To the mom who messaged us from kbaptiste77@example.net: the lab results are in"))
                .containsExactly("kbaptiste77@example.net");
        assertThat(RuleTesting.found(emails, "Whoever wrote in from t.nguyen.home@example.com about the bill, we got it"))
                .containsExactly("t.nguyen.home@example.com");
        // an organisation's contact stays quiet
        assertThat(RuleTesting.found(emails, "Questions about the conference? Write to events@example.org")).isEmpty();
    }
}
