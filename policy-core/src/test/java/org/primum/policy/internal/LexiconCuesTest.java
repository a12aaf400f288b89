package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.Draft;
import org.primum.policy.Policy;
import org.primum.policy.spi.Token;

/**
 * The lexicons find each family of cue in sentences written the way clinicians post, and leave
 * alone the everyday and figurative senses that the files' headers list as omitted.
 */
class LexiconCuesTest {

    /** The text of each cue of {@code kind} in {@code text}, lower case. */
    private static List<String> cues(String text, Signals.Kind kind) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        List<String> out = new ArrayList<>();
        for (Signals.Cue c : post.signals().cues()) {
            if (c.kind() == kind) {
                Token first = post.tokens().get(c.first());
                Token last = post.tokens().get(c.end() - 1);
                out.add(post.normalized().substring(first.start(), last.end()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Our 3am admit was a tugboat captain with a crushed hand | tugboat captain",
        "the backup goalie for the junior varsity team | goalie",
        "he's the starting shortstop for the Rivercats | shortstop",
        "their QB got sacked twice before the half | qb",
        "she works as a deckhand on the island ferry | deckhand",
        "a lance corporal home on leave | lance corporal",
        "the assistant principal at the middle school | assistant principal",
        "the owner of the only hardware store in town | owner of",
        "a poultry plant worker from the night line | poultry plant worker",
        "the county coroner's brother | county coroner",
        "a rodeo clown who took a horn to the ribs | rodeo clown",
        "a snowplow driver on the overnight route | snowplow driver",
        "the parish deacon who runs the food pantry | deacon",
    })
    void findsOccupations(String text, String cue) {
        assertThat(cues(text, Signals.Kind.OCCUPATION)).contains(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "She's a fighter and she is going to beat this",
        "We ran a pilot program for text reminders",
        "Chief complaint was a sore throat for three days",
        "Ms. Baker chairs the principal investigators' meeting",
        "Hunter and Mason are the names we picked",
        "A pet owner's guide to ticks this summer",
    })
    void leavesAmbiguousWordsOutOfOccupations(String text) {
        assertThat(cues(text, Signals.Kind.OCCUPATION)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "she tore her ACL cutting on the wet field | acl",
        "a broken collarbone from going over the handlebars | broken collarbone",
        "two GSWs to the flank | gsws",
        "a ruptured Achilles at pickup basketball | ruptured achilles",
        "third-degree burns over both forearms | third-degree burns",
        "came in with a saddle PE after the long flight | saddle pe",
        "a pedestrian struck on the county road | pedestrian struck",
        "rhabdo after his first spin class | rhabdo",
        "a widowmaker on the treadmill | widowmaker",
        "a tib-fib fracture from the trampoline | tib-fib fracture",
    })
    void findsInjuriesAndConditions(String text, String cue) {
        assertThat(cues(text, Signals.Kind.CONDITION)).contains(cue);
    }

    @Test
    void findsRareTumoursAsRareConditions() {
        assertThat(cues("a toddler with Wilms tumor in remission", Signals.Kind.RARE_CONDITION))
                .containsExactly("wilms tumor");
        assertThat(cues("a toddler with Wilms tumor in remission", Signals.Kind.CONDITION)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "I'm so burned out after this stretch of nights",
        "P.E. class is cancelled today because of the heat",
        "Ms. Ortiz called about the schedule",
        "I choked up reading the card from the family",
        "see the second figure, cf. the 2019 guideline",
        "what a manic Monday at the front desk",
    })
    void leavesTitlesAndFigurativeWordsOutOfConditions(String text) {
        assertThat(cues(text, Signals.Kind.CONDITION)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "finally off the vent after nine days | off the vent",
        "cannulated for VV ECMO overnight | vv ecmo",
        "she needs a trach and a PEG tube | peg tube",
        "her chemo port would not flush | chemo port",
        "got CAR-T at the university in the spring | car-t",
        "an ORIF of the left ankle this morning | orif",
        "a crash c-section at 2am | crash c-section",
        "we tubed him in the hallway | tubed",
    })
    void findsProceduresAndTreatments(String text, String cue) {
        assertThat(cues(text, Signals.Kind.TEST_PROCEDURE)).contains(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "I just need to vent for a minute",
        "the cast of this show is incredible",
        "our first port of call for the conference",
    })
    void leavesEverydayWordsOutOfProcedures(String text) {
        assertThat(cues(text, Signals.Kind.TEST_PROCEDURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ran over his own foot with a riding mower | riding mower",
        "stuck in a grain bin for an hour | grain bin",
        "gored by a bison at the national park | gored by a bison",
        "born in an Uber on the interstate | born in an uber",
        "took a foul ball to the face in the bleachers | foul ball",
        "caught in a rip current off the point | caught in a rip current",
        "his boat capsized in the bay | boat capsized",
        "a firework went off in his hand | firework",
    })
    void findsUnusualEvents(String text, String cue) {
        assertThat(cues(text, Signals.Kind.UNUSUAL_EVENT)).contains(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "what an emotional rollercoaster of a week",
        "a tsunami of flu in the waiting room",
        "my grandma is a firecracker and a live wire",
    })
    void leavesFigurativeEventsOut(String text) {
        assertThat(cues(text, Signals.Kind.UNUSUAL_EVENT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "life-flighted from the lake in the morning | life-flighted",
        "medevaced off the ridge at dawn | medevaced",
        "she rang the bell this afternoon | rang the bell",
        "our frequent flyer is back with the same cough | our frequent flyer",
        "he's finally off the vent | off the vent",
        "we tubed him in the hallway | we tubed",
    })
    void findsCareEventsAsStrongPatientCues(String text, String cue) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).contains(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "our keynote speaker was flown in from Oslo",
        "the lab results came back this afternoon",
        "patients on the vent need daily sedation holidays",
    })
    void leavesTeachingAndTravelPhrasesOutOfStrongCues(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "her great-grandson drove her in | great-grandson",
        "his stepdad signed the consent | stepdad",
        "a first-time mom at 41 | first-time mom",
        "her abuela brought tamales for the nurses | abuela",
        "a third grader with a buckle fracture | third grader",
        "the health care proxy is on her way | health care proxy",
    })
    void findsFamilyRoles(String text, String cue) {
        assertThat(cues(text, Signals.Kind.FAMILY_ROLE)).contains(cue);
    }

    @Test
    void leavesGivenNamesAndOtherSensesOutOfFamilyRoles() {
        assertThat(cues("Gigi and Lola came by after school", Signals.Kind.FAMILY_ROLE)).isEmpty();
        assertThat(cues("we run two regional hubs for stroke care", Signals.Kind.FAMILY_ROLE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "came in the night of the homecoming game | the night of",
        "collapsed during the eclipse watch party | during the eclipse",
        "brought in on Juneteenth by his sister | on juneteenth",
        "a skiing crash over spring break | over spring break",
        "crashed his truck early Tuesday on the way to work | early tuesday",
        "seen late Friday with a swollen knee | late friday",
        "hurt in Saturday's game against the Falcons | saturday's",
    })
    void findsTiming(String text, String cue) {
        assertThat(cues(text, Signals.Kind.TIMING)).contains(cue);
    }

    @Test
    void leavesSchedulesAndAdviceOutOfTiming() {
        assertThat(cues("nothing to eat the night before surgery", Signals.Kind.TIMING)).isEmpty();
        assertThat(cues("the morning after pill is over the counter", Signals.Kind.TIMING)).isEmpty();
        assertThat(cues("Tuesday clinic moves to the second floor", Signals.Kind.TIMING)).isEmpty();
    }

    @Test
    void newCuesCombineIntoAReidentificationBlock() {
        QuasiIdentifierRule block = new QuasiIdentifierRule(Policy.defaults(), false);
        assertThat(RuleTesting.hits(block,
                "Life-flighted a lobsterman, 61, off the island last Thursday after his boat capsized."))
                .singleElement().satisfies(h -> assertThat(h.reasons())
                        .anyMatch(r -> r.equals("occupation: lobsterman"))
                        .anyMatch(r -> r.startsWith("unusual event")).anyMatch(r -> r.startsWith("timing")));
        assertThat(RuleTesting.hits(block,
                "Admitted the varsity shortstop from the high school tonight after a line drive to the face."))
                .hasSize(1);
        assertThat(RuleTesting.hits(block,
                "Our PICU discharged a third grader today who was run over by a riding mower last weekend"))
                .hasSize(1);
    }

    @Test
    void theSameWordsInEducationDoNotBlock() {
        QuasiIdentifierRule block = new QuasiIdentifierRule(Policy.defaults(), false);
        QuasiIdentifierRule warn = new QuasiIdentifierRule(Policy.defaults(), true);
        String text = "Keep third graders and toddlers inside while you mow: riding mower blades throw rocks at "
                + "200 mph.";
        assertThat(RuleTesting.hits(block, text)).isEmpty();
        assertThat(RuleTesting.hits(warn, text)).isEmpty();
        assertThat(RuleTesting.hits(block,
                "Riding mower injuries send thousands of kids to the ED each year; keep toddlers inside while you mow."))
                .isEmpty();
    }

    @Test
    void aNewConditionIsADiagnosisTarget() {
        assertThat(RuleTesting.found(new AdviceRule(), "@jo_runs that heel pain is a ruptured achilles")).isNotEmpty();
    }

    @Test
    void aSpanOfSobrietyIsAConditionButSoberAloneIsNot() {
        assertThat(cues("Lucinda is 18 months sober as of Friday", Signals.Kind.CONDITION)).containsExactly("months sober");
        assertThat(cues("Designated drivers stay sober all night at the gala", Signals.Kind.CONDITION)).isEmpty();
    }

    @Test
    void aBabyTheAuthorDeliveredIsACaseAndAWeekerIsPrematurity() {
        assertThat(cues("Little Wren arrived at dawn, caught by yours truly on the birth stool",
                Signals.Kind.PATIENT_STRONG)).containsExactly("caught by yours truly");
        assertThat(cues("our former 27-weeker just started first grade", Signals.Kind.CONDITION))
                .containsExactly("27-weeker");
        // lunch delivered by a caterer, and a three-week course, are no case and no prematurity
        assertThat(cues("Lunch for the skills day was delivered by Rosa's Cantina", Signals.Kind.PATIENT_STRONG))
                .isEmpty();
        assertThat(cues("our 3 week course on newborn care starts Monday", Signals.Kind.CONDITION)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "the gentleman in bed 17 asked me to call his daughter",
        "bed 9B finally let her son go home to sleep",
    })
    void aNumberedBedWithAPersonInItIsACaseCue(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).anyMatch(c -> c.startsWith("bed "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "new mattresses on 5 North, bed 12 still squeaks",
        "the sim lab moved; Sim Lab Bed 2 is now by the window and he loves it",
        "not bed 3, the other one, he said",
    })
    void aNumberedBedAsFurnitureOrANamedRoomIsNoCaseCue(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).noneMatch(c -> c.startsWith("bed "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Noor is 41+2 and walking laps of the birth center",
        "scan at 33w4d looked lovely, she was thrilled",
        "she's 36w today and over it",
    })
    void aPregnancysLengthInWeeksAndDaysIsAHealthDetail(String text) {
        assertThat(cues(text, Signals.Kind.CONDITION)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "40+ years of service and still the best charge nurse",
        "final score 21+3 = 24, go team",
        "we bought 12w LED bulbs for the break room",
    })
    void countsScoresAndWattsAreNoPregnancy(String text) {
        assertThat(cues(text, Signals.Kind.CONDITION)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Obi rang the bell at his graduation from pulmonary rehab today",
        "Huge PT graduation for Lena this morning, 24 visits and she's running again",
    })
    void aGraduationFromCareIsNoCeremony(String text) {
        assertThat(cues(text, Signals.Kind.NON_PATIENT)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSchoolGraduationStaysAnEvent() {
        assertThat(cues("Graduation for the nursing class of 2026 is Friday at 3 in the auditorium",
                Signals.Kind.NON_PATIENT)).contains("graduation");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Meet our newest PT, Marcus! He loves treating runners.",
        "Say hi to my favorite PT, Dana, at the 5K booth",
        "Our lead DPT Kim teaches the running clinic on Thursdays",
    })
    void aPhysicalTherapistIntroducedByTheTeamIsNoPatientCue(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Our new pt in bed 3 is a retired judge",
        "Meet our newest pt: 4 days old and already bossing the NICU",
        "our PT went home today after 40 days",
    })
    void aPatientWrittenPtStaysAPatientCue(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).isNotEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "the lady in 7 wants to know if the cafeteria has pierogi",
        "Guy in bay 12 keeps calling me his favorite granddaughter",
        "the kid in room 4 drew me a dinosaur",
        "Our pt in bed 4 is a retired judge",
    })
    void aPersonNamedByTheirBedOrRoomIsACaseCue(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).isNotEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "A man in 30 minutes can learn hands-only CPR",
        "Be the nurse the girl in 2009 needed",
        "One woman in 8 will be diagnosed with breast cancer",
    })
    void aDurationAYearOrARateIsNoBed(String text) {
        assertThat(cues(text, Signals.Kind.PATIENT_STRONG)).isEmpty();
    }
}
