package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRuleTest {

    private final DateRule rule = new DateRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            new pt intake, DOB 7/2/58, referred to rehab          | 7/2/58
            Chart says she was born 3/4/61 but her ID disagrees  | 3/4/61
            d.o.b. 03/04/1961 on the face sheet                   | 03/04/1961
            admitted 2026-03-04, still no PT eval                 | 2026-03-04
            pt DOB 3.4.61 per registration                        | 3.4.61
            born 3-4-61 in Chicago                                | 3-4-61
            DOB: 30/11/1938, the day comes first here             | 30/11/1938
            91 y/o admitted on the 14th with a hip fx             | 14th
            our pt had surgery on March 4th                       | March 4th
            pt seen Dec. 7 for f/u                                | Dec. 7
            my patient was discharged December 7, 2026            | December 7, 2026
            our pt turns 95 on 4 March 2026                       | 4 March 2026
            pt admitted the 4th of March with sepsis              | 4th of March
            pt seen Tues 3/4 in clinic                            | 3/4
            someone used our pt's SSN to get an MRI here on Dec 7 | Dec 7
            my pt was diagnosed in March 2024                     | March 2024
            his visit on Jan 3 went badly                         | Jan 3
            she had surgery on March 4th, recovering well         | March 4th
            """)
    void reportsDatesTiedToAPatient(String text, String date) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(date);
    }

    @Test
    void birthAndCareEventsAreNearCertainAndPatientSentencesLikely() {
        assertThat(RuleTesting.hits(rule, "DOB 7/2/58").get(0).confidence()).isEqualTo(0.95);
        assertThat(RuleTesting.hits(rule, "admitted 2026-03-04 via the ED").get(0).confidence()).isEqualTo(0.95);
        assertThat(RuleTesting.hits(rule, "my pt came back from Italy on 3/4/2026").get(0).confidence()).isEqualTo(0.9);
    }

    @Test
    void monthAndYearAloneIsADateElementWithLowerConfidence() {
        RuleTesting.Hit about = RuleTesting.hits(rule, "She moved in with her daughter in March 2024").get(0);
        assertThat(about.text()).isEqualTo("March 2024");
        assertThat(about.confidence()).isEqualTo(0.55);
        // with no private person in the post the month belongs to the organisation's own news
        RuleTesting.Hit building = RuleTesting.hits(rule, "We moved into the new building in March 2024").get(0);
        assertThat(building.confidence()).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Join us Dec 7 for grand rounds on sepsis",
        "Dr. Ruiz presents our phase 2 trial at #ASH2026 on Dec 7, come say hi!",
        "Our review was published Jan 3 in NEJM",
        "Abstract deadline is March 1. residents, come see me by 10/1 if you want feedback.",
        "The 5K for cancer research is Sat 6/14, 8am at Lincoln Park. register online",
        "Holiday hours: closed Dec 25 & Jan 1",
        "Webinar on lupus nephritis, Mar 4 at 6pm",
        "Interview season starts Oct 1!",
        "Our conference paper (published March 2024) is now open access",
        "Book your appointment by Oct 1",
        "Our surgery center opens Jan 5",
        "I saw the eclipse on April 8, what a sight",
    })
    void eventPublicationAndDeadlineDatesStayUnderTheThreshold(String text) {
        assertThat(RuleTesting.hits(rule, text)).isNotEmpty().allSatisfy(h -> assertThat(h.reported()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "3/4 patients improved on the new regimen",
        "pt takes 1/2 tab at night",
        "pt BP 120/80, pain 7/10, GCS 3/15 on arrival",
        "Version 2.4.1 of our order set is live",
        "pt seen at 10:30 in clinic",
        "our pt data from 2019-2024 looks good",
        "Must-read: doi 10.1056/NEJMoa2034577",
        "pt has had diabetes since 2019 and moved here in 2024",
        "pt went up to the 14th floor, 3rd CHF admit this month",
        "HR 0.82 (95% CI 0.71-0.94), n=1,204",
        "pt kiosk is at 192.168.1.50",
        "pt called from 312-555-0148 twice",
        "our pt was seen on the 3rd floor",
        "pt walked 5 km in May. March on!",
        "pt on 1/2 NS at 100 ml/hr, on 2/2 pressors overnight",
    })
    void fractionsScoresVersionsTimesRangesAndYearsAreNotDates(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @Test
    void invalidCalendarValuesAreRejected() {
        assertThat(RuleTesting.hits(rule, "DOB 13/13/1961")).isEmpty();
        assertThat(RuleTesting.hits(rule, "DOB 2026-02-30")).isEmpty();
        assertThat(RuleTesting.hits(rule, "born Feb 31")).isEmpty();
    }

    @Test
    void explainsWhyItFired() {
        List<String> reasons = RuleTesting.hits(rule, "pt born 3/4/61").get(0).reasons();
        assertThat(reasons).anyMatch(r -> r.contains("born"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pt was admitted 11/28-12/4 with a GI bleed             | 11/28-12/4
            readmitted 5/6–5/11, same C. diff                     | 5/6–5/11
            she was admitted 1/20 to 1/27 for pyelo               | 1/20 to 1/27
            admitted 10/2 through 10/6 after the fall             | 10/2 through 10/6
            our pt was in the ICU from Oct 2 to Oct 6             | Oct 2 to Oct 6
            my pt stayed Jan 20 through 27, then rehab            | Jan 20 through 27
            discharged 7/1/25-7/3/25, pls fax the summary         | 7/1/25-7/3/25
            """)
    void reportsBothEndsOfADateRangeAsOneSpan(String text, String range) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(range);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my pt had her valve done in Sept '22 and is back     | Sept '22
            our kidney pt from Jan '25 sent cookies to the unit  | Jan '25
            DOB 09JUL1954 on the transfer sheet                  | 09JUL1954
            pt DOB 9Jul54, pls correct the armband               | 9Jul54
            my pt, s/p TKA 8/19, now with a hot knee             | 8/19
            her echo (2/27) showed an EF of 20%, pt is 61        | 2/27
            """)
    void readsApostropheYearsCompactDatesAndDatesAfterAProcedure(String text, String date) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            our pt coded on Easter Sunday and walked out 10 days later          | Easter Sunday
            he was admitted over the Fourth of July with burns to both hands    | Fourth of July
            my pt's first seizure was after the Halloween party, she is 19     | Halloween
            pt fell off a ladder on Christmas Eve hanging lights, 71M          | Christmas Eve
            """)
    void aHolidayAfterATimeWordIsTheDateOfAPatientsEvent(String text, String holiday) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(holiday);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Happy Thanksgiving from all of us on 4 West!",
        "We're closed on Memorial Day; urgent care is open.",
        "ED volumes always spike over the Fourth of July: fireworks, grills, boats.",
        "Our unit potluck is after Labor Day, sign up for a dish",
    })
    void holidaysWithoutAPatientStayUnderTheThreshold(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our pt was brought in by her son last Thursday after a fall down the stairs   | Thursday
            Discharged him on Sunday, back by ambulance the same night                   | Sunday
            Worked the code on a 58 yo Saturday night, he made it                        | Saturday night
            Patient went to the OR early Wednesday for her appendix                        | Wednesday
            Update on the roofer from Friday: she's extubated and eating ice chips         | Friday
            """)
    void aWeekdayOfAPatientsEventIsADate(String text, String day) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(day);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Lab draws every Monday, walk-ins Monday-Friday 7-3.",
        "Our patients love Taco Tuesday in the cafeteria",
        "We saw 60 patients last Saturday at the health fair, thank you volunteers!",
        "Pharmacy closes early on Friday for inventory.",
        "Clinic hours Tuesday and Thursday until 7pm for working patients",
        "Our pharmacist Raj will be giving flu shots at the Oak Grove Senior Center on Tuesday from 10-2",
        "Walk-in vaccines from Monday to Friday, no appointment needed",
        "Free A1c checks with our diabetes educator on Saturday morning at the library",
    })
    void schedulesAndDaysWithoutOnePatientAreNotDates(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hi Priya, we looked into it: your visit on Feb 11 was billed as a new patient visit.     | Feb 11
            Thanks Omar, we're sorry your appointment on 9/23 started an hour late.                   | 9/23
            @tkane_md22 so sorry about the wait at your follow-up on Aug 5, we've spoken to the team  | Aug 5
            Dear Ms. Ilunga, we looked again at your appointment from 10/9 and the charge was an error | 10/9
            """)
    void aDateOfTheAddresseesOwnCareInAReplyIsTheirs(String text, String date) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hi Priya, book your flu shot by Oct 15 at any of our clinics.",
        "Thanks Omar! Flu clinic appointments open from 9/1 for everyone.",
        "Hi Priya, we can't discuss anyone's care here, but your visit on Feb 11 question is welcome by phone.",
        "Thanks to everyone who joined our walk on May 3, see you next year!",
    })
    void deadlinesBroadcastsAndDecliningRepliesAreNotTheAddresseesDates(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Take 5-10 mg at night; most adults respond in 2-3 weeks.",
        "We won 3-1 against the anesthesia team!",
        "Clinic hours 9-5, Monday to Friday.",
        "Readmissions fell 12% from 2019–2024 across the system.",
        "Pain went from 7/10 to 3/10 after the block.",
        "Mix 1/2-3/4 cup of formula per feed as the label says.",
        "Join our 10Mar2026 webinar on sepsis bundles.",
        "Take 10mg nightly; dose 2 at 5PM.",
        "MRI 1/2 of the time misses early posterior strokes, per the review.",
    })
    void dosesScoresHoursYearRangesAndFractionsAreNotDateRanges(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MRN 4410092 / adm 19 Sep - DKA, gap closed, K 3.1           | 19 Sep
            Ms. Oduya was with us 6/3–6/8 after her hip surgery          | 6/3–6/8
            she came in Feb 11 with the same chest pain                  | Feb 11
            he showed up at our ED on the night of the 9th, 40M, GSW     | 9th
            Reply to Dana R: since your hip surgery with us was May 2, you can stop the blood thinner | May 2
            Hello Tomas, the interaction between your warfarin and the antibiotic on 8/12 is in your notes | 8/12
            """)
    void careEventsRepliesAndRangesWithoutALeadWord(String text, String date) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our lobby is closed 6/3–6/8 for floor waxing.",
        "The building was with us 1/2-3/4 of the way there.",
        "Registration for the 5K is on the night of the 9th.",
    })
    void rangesAndOrdinalsOfOrganisationsStayUnderTheThreshold(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }
    @Test
    void staffNewsDatesAreNoPatientsButAPatientsTwinStillIs() {
        assertThat(RuleTesting.found(rule, "Please welcome our new physical therapist Omar Haddad, DPT, who joins "
                + "the Moab clinic on Feb 3!")).isEmpty();
        assertThat(RuleTesting.found(rule, "Omar Haddad, our patient with the rotator cuff repair, came back to "
                + "the Moab clinic on Feb 3 for his final check.")).isNotEmpty();
    }
    @Test
    void aMonthAndYearInReportedNewsIsNoPatientsDate() {
        assertThat(RuleTesting.found(rule, "The senator's office announced his Parkinson's diagnosis in Oct 2021; "
                + "tremor is only one early sign.")).isEmpty();
        assertThat(RuleTesting.found(rule, "Our hospice patient was diagnosed in Oct 2021 and his wife still "
                + "brings the crossword every day.")).isNotEmpty();
    }
}
