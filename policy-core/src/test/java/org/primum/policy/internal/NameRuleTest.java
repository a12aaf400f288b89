package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameRuleTest {

    private final NameRule rule = new NameRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pt John Smith has been in our ED hallway 14 hrs            | John Smith
            my patient Jane finally quit smoking                       | Jane
            had a pt named Lucia today who brought her abuela's remedies | Lucia
            Patient named Deborah called 9 times about her prep        | Deborah
            both pts are named Maria Garcia, what are the odds         | Maria Garcia
            our pt Mei Lin Sato has been writing her own scripts       | Mei Lin Sato
            my pt Tom K. finally quit smoking                          | Tom K.
            One of our patients, Maria Gonzales, is fighting cancer    | Maria Gonzales
            Met the sweetest pt today, Chiamaka, 26 wks pregnant       | Chiamaka
            the overnight team: pt is Galina Sokolova, bed 14          | Galina Sokolova
            Shoutout to Mrs. Alvarez for crushing her first chemo session | Alvarez
            Ms Yamamoto's biopsy came back benign!!!                   | Yamamoto
            Mr. Okafor in bed 4 asked for my name again                | Okafor
            Baby Boy Lopez is feeding well                             | Lopez
            baby girl Nguyen went home today                           | Nguyen
            Walter Brandt, 94, still wants his results faxed           | Walter Brandt
            Dear whoever sent Agnes Kowalczyk's (DOB 11/30/1938) report | Agnes Kowalczyk
            Chart says Esperanza Villanueva born 3/4/61                | Esperanza Villanueva
            Interrogated Helen Okonkwo's device this am                | Helen Okonkwo
            for the overnight team: pt's son Dmitri wants updates      | Dmitri
            Mrs. T is back in the chemo chair for round 4              | T
            Adiós, doña Remedios, gracias por 20 años de diálisis con nosotros | Remedios
            RIP Mrs. Abernathy. I held her hand until the end             | Abernathy
            billing sent Mr. Abubakar's account to collections again   | Abubakar
            """)
    void reportsNamesInStrongPatterns(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mr. Rogers' neighborhood taught us kindness",
        "Mrs. Smith, our new principal, starts Monday",
        "Ms. Lee will lead the PTA bake sale",
    })
    void titledNamesWithoutHealthContextStayUnderTheThreshold(String text) {
        assertThat(RuleTesting.hits(rule, text)).singleElement()
                .satisfies(h -> assertThat(h.confidence()).isEqualTo(0.35));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Grand rounds recap: Dr. Okafor reviewed GLP-1 RAs and their GI effects",
        "Welcome Dr. Kwabena Asante to our cardiology team!",
        "Patient Safety Week starts today, thank a nurse",
        "pt COVID+ again, pt Tuesday follow-up booked",
        "my pt Tylenol overdose was scary",
        "Wishing King Charles well as he continues cancer treatment",
        "PT Jones is the best physical therapist on the unit",
        "Pt Today: a new column on patient experience",
        "MS Society walk this weekend, Mr. and Mrs. are welcome",
        "Dr. Fatima Haddad, our new chief, joins us since 2011",
        "Treated a dairy farmer from Kossuth County, 61, after the barn fire",
        "Mrs. K. Patel chairs the hospital board this year",
        "Don Whitaker from IT fixed the dialysis unit printers",
        "Mr. Bean was on in the break room and the whole night shift is quoting it",
    })
    void colleaguesStopWordsAndAcronymsAreNotPatientNames(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ring Mr. Castellanos back about his test results by noon        | Castellanos
            Ms. Huang keeps showing everyone her new knee. slow down!     | Huang
            Mrs. Petrakis snuck a whole cheesecake onto the step-down unit   | Petrakis
            Mrs. Oduya in the PACU is finally awake and asking for tea       | Oduya
            """)
    void aCareEpisodeOrACareSettingBesideATitledNameIsContext(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mrs. Maisel was on in the break room and the day shift cannot stop quoting it",
        "Mr. Castellanos from the rotary club brought donuts for the day shift",
        "Our PACU secretary Mrs. Oduya turns 70 on Friday and still runs the whole front office",
    })
    void staffShiftsAreNoPatientContextForATitledName(String text) {
        assertThat(RuleTesting.hits(rule, text)).allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.5));
    }

    @Test
    void spanLeavesOutTheTitleAndThePossessive() {
        assertThat(RuleTesting.found(rule, "Mrs. Alvarez's labs came back normal")).containsExactly("Alvarez");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Coach Hollis Brandt needed 9 stitches after the scrimmage, back Monday   | Hollis Brandt
            we lost Deacon Amos overnight. his granddaughter sang to him at the end  | Amos
            Abuela Rosario loved showing off her new hearing aids to the whole waiting room | Rosario
            Sgt. Okonjo is three days out from his bypass and already doing laps     | Okonjo
            Nana Ruth kept asking the night nurse for her dialysis chair by the window | Ruth
            """)
    void aCommunityOrFamilyHonorificWithCareBesideItNamesAPatient(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Coach Pettis ran the 5K for our cancer center again, what a legend",
        "Same bad jokes from Coach Ray as always — Lakeside Physical Therapy",
        "my Grandpa Walt had his knee replaced in 1998 and still golfs",
        "Pastor Dee will bless the new NICU wing on Sunday, all staff welcome",
        "Thanks Coach Imani for the CPR class at the rec center",
    })
    void anHonorificWithoutAPatientsCareIsNoPatientName(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mrs. Haddad passed peacefully this morning with her sons beside her | Haddad
            Mr. Ilunga is a readmit again, fourth time since June              | Ilunga
            """)
    void aDeathOrAReadmissionBesideATitledNameIsContext(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @Test
    void passingATestIsNoDeath() {
        assertThat(RuleTesting.found(rule, "Mr. Ilunga passed his citizenship test on Friday, so proud")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the census board photo showed ABERNATHY, RUTH · MRN 44120987 and had to come down | ABERNATHY, RUTH
            someone left a printout on the copier: NGUYEN-TRAN, K. DOB 3/9/52, bed 12        | NGUYEN-TRAN, K
            """)
    void aSurnameFirstNameInCapitalsBeforeARecordLabelIsAPatient(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "NEW HOURS, STARTING MONDAY: MRN lookups move to the front desk",
        "ICU, PICU, NICU: DOB format changes to MM/DD/YYYY next week",
    })
    void capitalsThatAreNoNameStayOut(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Holding the Abernathy family close tonight. Their dad passed on our unit after a long fight | Abernathy
            we caught a baby boy at 2am for the Oyelaran family, 7 lb 9 oz                            | Oyelaran
            """)
    void aFamilyNamedBesideAPatientsCareOrDeathIsAPatientsName(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Abernathy family donated 40 quilts to our NICU this week. Thank you!",
        "Welcome to the Oyelaran family reunion picnic in the hospital park on Saturday",
    })
    void aDonorFamilyOrAFamilyEventIsNoPatient(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Congratulations to our office manager Denise on the birth of her grandson, Eli, 7 lb 2 oz!",
        "Our charge nurse Pam is over the moon: her daughter Leah had a baby boy last night!",
        "Prayers for our unit clerk Tony, whose son Mateo starts chemo next week at the children's hospital downtown",
    })
    void aStaffMembersFamilyNewsIsNoPatientsRelative(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our nurse sat with the patient until her son Marco arrived                         | Marco
            Our office manager Denise cried when her grandson Eli was born in our NICU at 26 weeks | Eli
            """)
    void aRelativeBesideAPatientOrBornInOurCareStillCounts(String text, String name) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(name);
    }

    @Test
    void lilBeforeANameIsAFamilysNicknameForAChildInCare() {
        assertThat(RuleTesting.found(rule, "Lil Amara finally got her stitches out and high-fived the whole clinic"))
                .containsExactly("Amara");
        assertThat(RuleTesting.found(rule, "Lil Teo rang the bell after his last chemo today")).containsExactly("Teo");
        assertThat(RuleTesting.found(rule, "Lil Wayne was on the radio in the break room all night")).isEmpty();
        assertThat(RuleTesting.found(rule, "Lil Nas X is playing the stadium on Saturday")).isEmpty();
    }
}
