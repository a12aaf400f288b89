package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeRuleTest {

    private final AgeRule rule = new AgeRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            94 y/o admitted overnight                         | 94
            a 94yo still gardening every day                  | 94
            the 94-year-old retired fire chief from our town  | 94
            she is 94 years old and sharp as a tack           | 94
            aged 94 and still driving                         | 94
            Our oldest survivor, age 106, went home today     | 106
            94M found down at home                            | 94
            101F, lives alone                                 | 101
            twin sisters, 101, both admitted with COVID       | 101
            Walter Brandt (93!) still insists on paper        | 93
            she turns 95 on Sunday                            | 95
            still sharp in her 90s                            | 90s
            Hoy dimos de alta a la señora Torres, de 92 años  | 92
            """)
    void agesOver89AlwaysFire(String text, String age) {
        assertThat(RuleTesting.hits(rule, text)).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo(age);
            assertThat(h.confidence()).isEqualTo(0.9);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my pt is a 45 y/o with new AFib                        | 45
            saw a 45 y/o woman in clinic                           | 45
            latest is a 4yo unvaccinated girl                      | 4
            45F w/ chest pain x2 days                              | 45
            45 F presenting with syncope                           | 45
            home visit list: 82yo w/ stage 3 sacral wound          | 82
            Our 7yo with progeria started second grade             | 7
            her 19yo son has the same mutation                     | 19
            Treated the wrestling coach today, 52yo, first MI      | 52
            ED tonight: 23yo who jumped off a bridge on a dare     | 23
            a 3-week-old with fever and poor feeding               | 3
            """)
    void youngerAgesFireWhenTiedToAPatient(String text, String age) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Board review Q: 72yo M w/ painless jaundice. next step?",
        "Teaching case (fictional): 34-year-old woman, 3 days of fever, new murmur",
        "Colorectal screening starts at age 45 for average-risk adults",
        "the guideline is only 3 weeks old and already outdated",
        "Our 5yo lost her first tooth today!",
    })
    void youngerAgesWithoutAPatientStayUnderTheThreshold(String text) {
        assertThat(RuleTesting.hits(rule, text)).isNotEmpty().allSatisfy(h -> assertThat(h.reported()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Fun fact: the average 40 year old sleeps less than they should",
        "the registry's participants average 93 years old",
        "the wall board says a pt is 131 years old again, default DOB strikes",
        "that case report of a 96-year-old triathlete was retracted this week",
    })
    void statisticsImpossibleAgesAndPublishedSubjectsAreNotPatients(String text) {
        assertThat(RuleTesting.hits(rule, text)).allSatisfy(h -> assertThat(h.reported()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "we have 5 years of data on this cohort",
        "1 in 4 adults over 65 falls each year. over 65s should get a flu shot",
        "screening for adults 50-75 and kids under 5",
        "eligible if aged 18-65 or ages 18 to 65",
        "adults 65 years of age and older should get the vaccine",
        "Shingrix is recommended for adults 50+",
        "improves 10-year survival",
        "Our 90-year history of serving the South Side continues",
        "celebrating 100 years of care, 100 years since we opened",
        "100 years ago today the hospital opened",
        "most 70-year-olds with AFib need anticoagulation",
        "our 100-year-old hospital gets a new wing",
        "pt temp 101F overnight",
        "we raised $100M for research, reaching 100M people",
        "great stories from people in the 90s",
        "turned 3 corners and found the clinic",
        "Our hospital turns 100 this year!",
    })
    void cohortsRangesDurationsAndNonPeopleNeverFire(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
        assertThat(RuleTesting.hits(rule, text)).noneMatch(h -> h.confidence() >= 0.9);
    }

    @Test
    void spanIsTheNumberAndReasonsNameTheForm() {
        RuleTesting.Hit hit = RuleTesting.hits(rule, "pt is a 67-year-old man").get(0);
        assertThat(hit.text()).isEqualTo("67");
        assertThat(hit.reasons()).anyMatch(r -> r.contains("67-year-old"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            My pt is 93 and still drives herself to dialysis      | 93
            She's 94 and sharp as a tack, discharged home today    | 94
            the guy in bay 12 asked me to marry him, he's 91       | 91
            """)
    void anAgeAfterAPersonAndIsOrWasIsTheirAge(String text, String age) {
        assertThat(RuleTesting.found(rule, text)).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "She's 5 days post-op and walking the halls",
        "He's 2 for 2 on IV starts today",
        "Our founder Dr. Hale, who is 92, still reads every journal",
    })
    void aCountOrAColleaguesAgeIsNoPatientsAge(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Case from the archives: Lindqvist et al. (Chest 2011) described a 44-year-old woman with a silent PE.",
        "Loved this one: Okafor et al. reported a 52-year-old man whose hiccups were the first sign of an MI.",
        "Brilliant read from Haddad et al. this week: a 33-year-old woman whose rash came after one dose.",
    })
    void aCitedCasesAgeIsNoPatientsAge(String text) {
        assertThat(RuleTesting.found(rule, text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "My patient, a 52-year-old man, asked me about the study Okafor et al. published on hiccups.",
        "Saw a 44-year-old woman in clinic today with the exact PE case Lindqvist et al. described.",
        "Just admitted a 61-year-old runner with a coronary dissection; it reminded me of a case report I read.",
    })
    void aPatientBesideACitationKeepsTheirAge(String text) {
        assertThat(RuleTesting.found(rule, text)).as(text).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Meet Pickles, the pediatric floor's therapy dog! He turned 9 on Sunday and is back after his dental surgery.",
        "This is Duke, our K9 visitor. He's 11 and just had his hip surgery, so go easy on the belly rubs.",
    })
    void anAnimalsAgeIsNoPatientsAge(String text) {
        assertThat(RuleTesting.found(rule, text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Her dog died last week. She is 81 and had her hip surgery here in May.",
        "The 9-year-old boy bitten by a neighbor's dog is recovering after surgery on our peds floor.",
        "A 74-year-old woman was bitten by her dog on Sunday and needed surgery in our ED.",
        // "lab" is a laboratory here, not a Labrador
        "Lab draws at 6 this morning. Mrs. Ortiz, 93, was admitted overnight with a hip fracture.",
    })
    void aPersonBesideAnAnimalKeepsTheirAge(String text) {
        assertThat(RuleTesting.found(rule, text)).as(text).isNotEmpty();
    }
}
