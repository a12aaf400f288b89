package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CareRelationshipRuleTest {

    private final CareRelationshipRule rule = new CareRelationshipRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @bev_paints so happy your hip replacement went smoothly, see you at your 2 week check! | @bev_paints
            Congrats @deshawn_t on your last dialysis session before the transplant!           | @deshawn_t
            @runner_rae glad the stress fracture is healing, we'll recheck it at your next visit | @runner_rae
            Hi Priyanka, thank you for trusting us with your mother's knee surgery!            | Priyanka
            Thanks Omar, sorry your wait for the MRI was so long, we're adding evening slots.    | Omar
            Loved the summit photo, @kofi_climbs! Your new hip clearly agrees with altitude.    | @kofi_climbs
            Ran into @marguerite.b at the farmers market. Her scans came back clear, she said I could share | @marguerite.b
            What a week for @benny_o. Proud to be your cardiologist, buddy                     | @benny_o
            @jo_paints it was an honour to be your therapist these two years, the studio suits you | @jo_paints
            Replying to @lena.k: it was a gift to be your hospice nurse, love to the whole family | @lena.k
            @tomas_runs honored to be your physician these ten years, enjoy retirement          | @tomas_runs
            @dan_builds I still remember stitching your chin at 3am, glad the scar faded         | @dan_builds
            """)
    void firesWhenARepliedToPersonIsConfirmedAsAPatient(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thanks @DrLeeCardio for a great talk on heart failure at grand rounds!",
        "@jen_m congrats on the marathon!! see you at the next run club",
        "Thanks for your review, Paul. We can't discuss anyone's care here; please call our patient relations line.",
        "@CDCgov thanks for the updated RSV guidance, sharing with our staff",
        "Great panel with @amara_md and @jules_rn today. Your questions on hip fractures were the best part",
        "Loved the summit photo, @kofi_climbs! See you at the next trail cleanup.",
        // a care role followed by a staff one is a post in the team, not care of the reader
        "@4WestNurses honoured to be your nurse manager this year, thank you all",
        "@newgrad_rns thrilled to be your nurse educator this fall",
        "@sam_okoro proud to be your co-resident, see you on nights",
        "@DrAmaraLee so lucky to be your fellow this year",
    })
    void staysSilentForColleaguesAndNonConfirmingReplies(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @tamsin_r thank you for the card! It was an honor caring for your grandma those last weeks | @tamsin_r
            Way to go @big_lou_77 on ringing the bell this morning, the whole 3rd floor heard it!       | @big_lou_77
            @noor.k.a is the only kid who narrates every step while I start her IV, love this girl     | @noor.k.a
            haha @dex_plays_bass asked for a selfie right after we intubated him and extubated him      | @dex_plays_bass
            """)
    void caringForTheReadersRelativeTheBellAndHandsOnCareConfirmCare(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@newdad_mike our class has five tips on caring for a newborn's cord stump, link in bio",
        "Congrats @MayorReyes on ringing the opening bell at the exchange for our hospital foundation!",
        "@dr_ifeoma taught me to start an IV without tears back in nursing school, legend",
    })
    void tipsAnOpeningBellAndTeachingAreNotCare(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lorenzo, good news: the refund for your MRI copay went out Friday. Call billing if anything looks off. | Lorenzo
            Graham - we checked: your claim was held because the referral expired. Sorry about that!        | Graham
            Hi Odette, your father was one of our dearest residents on the memory care wing. We miss him. | Odette
            """)
    void aReplyThatOpensWithTheNameOrTellsOfTheReadersRelativeConfirmsCare(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hi Odette, you were one of our best residents and the whole program misses you. Congrats on the new job!",
        "Lorenzo: our new parking garage opens Monday. Call the front desk if anything looks off.",
    })
    void aFormerResidentPhysicianOrAnAnnouncementConfirmsNoCare(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @mari.sews it was a joy being your labor nurse, enjoy every minute with her              | @mari.sews
            @tobias_k so weird seeing you at the gym when a year ago you were in our CVICU!         | @tobias_k
            @lena.j.w your grandpa was the sweetest gentleman on our unit, thank you for the roses  | @lena.j.w
            @jojo_runs we loved having you in for your eye exam, enjoy the new frames!                | @jojo_runs
            Dear Mr. Okafor, thank you for the card! We'll see you at your next visit in June.         | Okafor
            Thank you Mrs. Lindqvist for the cookies!! The front desk already ate them. See you at your next cleaning! | Lindqvist
            """)
    void aRoleAStayOnOurUnitOrTheReadersVisitConfirmCare(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@mari.sews it was a joy being your partner on the charity walk, what a day",
        "@tobias_k you were in our thoughts all week, congrats on the new job!",
        "@lena.j.w your grandpa worked on our unit for 30 years as a nurse, we miss him",
        "@lena.j.w your mom was the best charge nurse on our floor, happy retirement!",
        "Thank you Mr. Okafor for the donation to our NICU family lounge!",
    })
    void aPeerAWishARelativeWhoWorkedThereOrAGiftConfirmNoCare(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @pia_loves_yoga honestly you were the calmest MRI patient I have ever had            | @pia_loves_yoga
            @big_tony_b you're my first patient ever to bring donuts to his own discharge        | @big_tony_b
            hey @sam.w.rivera, your pharmacist here, the refill is ready whenever you are          | @sam.w.rivera
            Kwabena, if you read this: thank you for trusting me with your recovery. Proud of you. | Kwabena
            """)
    void theReaderCalledAPatientOrTheWriterSigningAsTheirClinicianConfirmsCare(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@pia_loves_yoga you were a patient teacher and the best yoga partner",
        "@big_tony_b you're the most patient person I know, thanks for waiting",
        "hey @sam.w.rivera, your ride here is waiting out front",
    })
    void patientTheAdjectiveOrAnotherRoleHereConfirmsNoCare(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thank you for the lovely review, Imelda! Glad the new crown finally feels like your own tooth. | Imelda
            Thanks for the 5 stars, Rohan! Hope your hearing aids are treating you well.                   | Rohan
            Thank you for the review, Odalys! So glad your implant healed so quickly.                       | Odalys
            """)
    void aNameAfterThanksForTheReviewConfirmsCare(String text, String span) {
        assertThat(RuleTesting.found(rule, text)).contains(span);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thank you for the kind review, Gwen! We love hosting the farmers market in our parking lot.",
        "Thanks for the shoutout, Marcus! Great running with you at the 10K.",
        "Thank you for the kind words, Dmitri! Your talk at grand rounds was the highlight of our week.",
    })
    void aThankYouWithNoCareOrToAColleagueConfirmsNoCare(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }
}
