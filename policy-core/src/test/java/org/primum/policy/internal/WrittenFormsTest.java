package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The many ways a clinician writes a record number, phone, date or other identifier about a
 * patient, each next to a twin that names no one (a clinic line, a dummy record, a cohort).
 */
class WrittenFormsTest {

    private final MrnRule mrn = new MrnRule();
    private final OtherIdRule otherId = new OtherIdRule();
    private final HealthPlanRule healthPlan = new HealthPlanRule();
    private final PhoneRule phone = new PhoneRule(org.primum.policy.FindingType.PHONE);
    private final DateRule date = new DateRule();
    private final SsnRule ssn = new SsnRule();
    private final LicenseRule licence = new LicenseRule();
    private final UrlRule url = new UrlRule();
    private final EmailRule email = new EmailRule();
    private final VehicleRule vehicle = new VehicleRule();

    // ------------------------------------------------------------------ record numbers

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the lady in 6 has MRN 552 0917 on her band            | 552 0917
            pls merge mrn 3 3 0 9 1 7 into the older chart        | 3 3 0 9 1 7
            her medical record number, 6620194, is on the photo   | 6620194
            ENC 2025-0038812 still open for the pt in bay 2       | 2025-0038812
            EMPI 200318845 shows two of him                       | 200318845
            patient number 7741093 was wristbanded wrong          | 7741093
            pt in 4 has MRN ending in 2290, please fix the band    | 2290
            MRN77120345 printed on her sticker                    | MRN77120345
            #77120345 (MRN) on the label for our pt in 9          | 77120345
            M.R.N. 77120345 on the wrong patient's band           | 77120345
            pulled up chart 77120345 for our pt and it was blank   | 77120345
            the MRN on her wristband read 77120345                 | 77120345
            Mrs. Adeyemi (77120345) is back with the same fall     | 77120345
            """)
    void recordNumbersInLooserForms(String text, String id) {
        assertThat(RuleTesting.found(mrn, text)).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "orientation slide: ZZTEST, PATIENT with MRN 000000",
        "practise on the sandbox chart, MRN 5512093, never on a real one",
        "MRN 2 days late on the audit, sorry",
        "MRN ending rules change in the new build",
        "a record 250000 visits this year, thank you team",
        "our MRN merge backlog is down to 120000 charts",
        "the new MRN format has 8 digits"})
    void dummyRecordsAndLooseWordsAreNoRecordNumber(String text) {
        assertThat(RuleTesting.found(mrn, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr Okoro's Rx 5530218 was sent to the wrong store    | 5530218
            NHS no. 401 223 9987 on a handover sheet in the lift  | 401 223 9987
            """)
    void prescriptionAndNationalNumbers(String text, String id) {
        assertThat(RuleTesting.found(otherId, text)).containsExactly(id);
        assertThat(RuleTesting.found(phone, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Medicare # 4TE8 RX2 MK17 belongs to my pt in 3B       | 4TE8 RX2 MK17
            OHIP 1234-567-890-AB failed at the desk for him       | 1234-567-890-AB
            Medi-Cal BIC 90011223B44190 for our pt                | 90011223B44190
            """)
    void healthPlanNumbersInGroupsAndProvincialCards(String text, String id) {
        assertThat(RuleTesting.found(healthPlan, text)).containsExactly(id);
    }

    // ------------------------------------------------------------------ phones

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            her cell is 773–555–0199 if the desk needs it          | 773–555–0199
            Tomasz, text me at 773 555 0199 when the swelling's down | 773 555 0199
            Mr. Ruiz (555-0170), no need to come back tonight     | 555-0170
            his son's mobile 07700 900318 is the only contact     | 07700 900318
            """)
    void phonesOfAPersonInLooserForms(String text, String number) {
        assertThat(RuleTesting.found(phone, text)).containsExactly(number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she read her number out: seven seven three, five five five, oh one nine nine | seven seven three, five five five, oh one nine nine
            """)
    void spelledOutDigitsAboutAPerson(String text, String number) {
        assertThat(RuleTesting.found(phone, text)).containsExactly(number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            her medical record number, 6620194, is on the photo   | 0
            Rx #: 6031177 for Mrs. Obi is ready                   | 0
            MRN 00482913, her cell 773-555-0199, call after 5     | 1
            """)
    void aLabelOfAnotherIdentifierReachesOnlyOverFillers(String text, int phones) {
        assertThat(RuleTesting.found(phone, text)).hasSize(phones);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Call our clinic at 773-555-0100 to book a flu shot",
        "one two three, go team!",
        "the clinic's number is 773-555-0100",
        "Surgery closed on Friday; cover from the Hale practice, Tel. 020 7946 0018"})
    void organisationLinesAndCountingAreNoOnesPhone(String text) {
        assertThat(RuleTesting.found(phone, text)).isEmpty();
    }

    // ------------------------------------------------------------------ dates

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            our pt was admitted on 9-Apr with urosepsis            | 9-Apr
            she was readmitted 09-Apr-2025, same bed               | 09-Apr-2025
            pt admitted 4/9/2025 0300 by the night team            | 4/9/2025
            we worked his arrest on Nov 2 at the Walmart           | Nov 2
            Mrs. Kaur's pacemaker fired on Apr 9 while gardening   | Apr 9
            @dan_rides I remember you from the ED on the 19th      | 19th
            the retired logger, 71, crashed his truck on Feb 2     | Feb 2
            patient seen 6.2.25 for a lac, back again today        | 6.2.25
            Admit: 6/2 pt with DKA, still on the drip              | 6/2
            rollover on Rt 2 near Orange 7/19, our pt was ejected  | 7/19
            """)
    void datesBesideAPersonAndACareEvent(String text, String when) {
        assertThat(RuleTesting.found(date, text)).containsExactly(when);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Elsie Marsh (b. 1929) was my patient for years        | 1929
            her grandfather, born in 1930, still drives to clinic | 1930
            """)
    void birthYearsThatRevealAnAgeOver89(String text, String year) {
        assertThat(RuleTesting.found(date, text)).containsExactly(year);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Elsie Marsh (b. 1961) was my patient for years",
        "Of 2,310 patients admitted 1/5-1/12 across our sites, 9% had AKI",
        "welcome to our new NP, Priya Raman! she's seeing new patients at the Oak St clinic starting Feb 3",
        "Sim lab today: fake patient Jo Test, DOB 01/01/1900, admitted with sepsis",
        "Dr. Ames, our first chief of surgery, died at home on May 2 surrounded by family",
        "Florence Nightingale was born on May 12, 1820",
        "Patient safety week: sessions 6/2 through 6/6, all welcome",
        "we discharged 2/3 patients home before noon",
        "our pt rated her pain 7/10, better than yesterday"})
    void allowedYearsCohortsStartDatesPlaceholdersColleaguesAndHistory(String text) {
        assertThat(RuleTesting.found(date, text)).isEmpty();
    }

    // ------------------------------------------------------------------ other identifiers

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "registration: pt gave me last four 3381 and then her DOB",
        "pt confirmed her last 4 5520 at check-in"})
    void lastFourAboutAPatientIsAnSsnFragment(String text) {
        assertThat(RuleTesting.found(ssn, text)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "pt paid with the card, last four 3381",
        "last four 3381 of her phone number, pt asked us to text"})
    void lastFourOfACardOrPhoneIsNoSsn(String text) {
        assertThat(RuleTesting.found(ssn, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            found at triage: OR license TQ7732190 belonging to a pt | TQ7732190
            """)
    void licenceAfterAStateCode(String text, String id) {
        assertThat(RuleTesting.found(licence, text)).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            someone pasted https://portal.example.org/patient/55120/labs in the group chat | https://portal.example.org/patient/55120/labs
            One of our ICU patients, Ramon Ortiz, needs help: gofundme.com/f/help-ramon-home | gofundme.com/f/help-ramon-home
            """)
    void recordLinksAndAPatientsFundraiser(String text, String link) {
        assertThat(RuleTesting.found(url, text)).containsExactly(link);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Sign in to see your results at portal.example.org/login",
        "Our charge nurse Dana Holt lost her house in the flood: gofundme.com/f/dana-holt-flood"})
    void loginPagesAndColleaguesFundraisers(String text) {
        assertThat(RuleTesting.found(url, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hi Moira, we got your message from moira.t@example.net and will call back",
        "got your email from jd.walsh@example.org, please stop the ibuprofen"})
    void theReadersOwnAddress(String text) {
        assertThat(RuleTesting.found(email, text)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Meet our new rig! Plate ALS 2209 if you see us around town",
        "whoever parked on plate 8KLM220 in the staff lot, it's Dr. Ngata's, move it please"})
    void serviceVehiclesAndColleaguesCars(String text) {
        assertThat(RuleTesting.found(vehicle, text)).isEmpty();
    }
}
