package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Rule;

/**
 * Clean posts that read like patient posts (staff honoured with their age, mannequins' and pets'
 * names, donors, venues, public figures, teaching cases, service apologies) next to their PHI twins:
 * the clean form passes, the twin still fires.
 */
class CleanPostTwinsTest {

    private final ContextualEntityRule names = new ContextualEntityRule(FindingType.NAME);
    private final ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);
    private final NameRule nameRule = new NameRule();
    private final AgeRule ageRule = new AgeRule();

    /** What {@code rule} reports when a detector has found {@code spans} with {@code label}. */
    private static List<String> withEntities(Rule rule, String text, Entity.Label label, String... spans) {
        List<Entity> entities = new ArrayList<>();
        for (String span : spans) {
            int start = text.indexOf(span);
            entities.add(new Entity(label, start, start + span.length(), 0.8, "test"));
        }
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text).withEntities(entities);
        List<String> out = new ArrayList<>();
        rule.check(post, d -> {
            if (d.confidence() >= RuleTesting.THRESHOLD) {
                out.add(text.substring(d.start(), d.end()));
            }
        });
        return out;
    }

    @Test
    void namesGivenToMannequinsPetsAndThingsAreNoPatients() {
        assertThat(withEntities(names, "Skills day on 3 North: our manikin \"Big Earl\" went into VT twice and the "
                + "new hires shocked him back both times. Earl is a trooper.", Entity.Label.PERSON, "Big Earl", "Earl is")
                .stream().filter(s -> s.contains("Earl")).toList()).isEmpty();
        assertThat(withEntities(names, "Ask the charge nurse about her espresso machine, Bartholomew, who runs our "
                + "night shift on the cardiac floor.", Entity.Label.PERSON, "Bartholomew")).isEmpty();
        assertThat(RuleTesting.found(nameRule, "OSCE day: 'Mrs. Delacroix', our SimMom, hemorrhaged twice after "
                + "delivery and every team caught it")).isEmpty();
        // twin: the same name for a person in a bed
        assertThat(withEntities(names, "Skills day is over, but our pt Big Earl went into VT twice overnight on 3 North "
                + "and we shocked him back.", Entity.Label.PERSON, "Big Earl")).containsExactly("Big Earl");
        assertThat(RuleTesting.found(nameRule, "Mrs. Delacroix hemorrhaged twice after delivery on our unit"))
                .containsExactly("Delacroix");
    }

    @Test
    void staffVolunteersAndFoundersHonouredWithTheirAgeAreNoPatients() {
        assertThat(RuleTesting.found(nameRule, "Cake in the lobby for our volunteer Ingrid Sorensen, 91, who has "
                + "greeted visitors at the front desk since 1988")).isEmpty();
        assertThat(RuleTesting.found(ageRule, "Cake in the lobby for our volunteer Ingrid Sorensen, 91, who has "
                + "greeted visitors at the front desk since 1988")).isEmpty();
        assertThat(RuleTesting.found(ageRule, "Our longtime retired chaplain Abe turned 97 and stopped by the unit he "
                + "served for decades")).isEmpty();
        assertThat(withEntities(names, "Farewell to Brother Tomas Ruiz, 94, who founded our mobile clinic and drove "
                + "it himself until 2009.", Entity.Label.PERSON, "Tomas Ruiz")).isEmpty();
        // twins: the same ages and names on patients
        assertThat(RuleTesting.found(nameRule, "Ingrid Sorensen, 91, came to our ED with a hip fracture tonight"))
                .containsExactly("Ingrid Sorensen");
        assertThat(RuleTesting.found(ageRule, "Our patient Abe turned 97 in the ICU this week")).containsExactly("97");
        assertThat(withEntities(names, "Tomas Ruiz, 94, was admitted to our clinic's partner hospital with sepsis.",
                Entity.Label.PERSON, "Tomas Ruiz")).containsExactly("Tomas Ruiz");
    }

    @Test
    void aColleaguesTitledNameIsNoPatient() {
        assertThat(RuleTesting.found(nameRule, "Thirty years on I still hear my preceptor Mrs. Oyelaran: document "
                + "the pain score before the morphine")).isEmpty();
        assertThat(RuleTesting.found(nameRule, "Mr. Haddad, our unit secretary, has answered every call light "
                + "since 1999")).isEmpty();
        assertThat(RuleTesting.found(nameRule, "Thirty years on I still think of my patient Mrs. Oyelaran and her "
                + "morphine")).containsExactly("Oyelaran");
    }

    @Test
    void aTitledNameInATeachingCaseIsAVignettes() {
        assertThat(RuleTesting.found(nameRule, "Case of the week: Mr. Brannigan, a 58-year-old, presents with "
                + "painless jaundice. Next step?")).isEmpty();
        assertThat(RuleTesting.found(nameRule, "Mr. Brannigan, 58, came in today with painless jaundice"))
                .containsExactly("Brannigan");
    }

    @Test
    void donorsSponsorsAndContactsAreNoPatients() {
        assertThat(withEntities(names, "Thank you to Desmond and Ruth Achterberg for sponsoring our NICU reading "
                + "corner. Proceeds from the book sale go to families.", Entity.Label.PERSON, "Desmond",
                "Ruth Achterberg")).isEmpty();
        assertThat(withEntities(names, "Holiday shifts are up on the ICU board. Trade requests to Gianna by "
                + "Wednesday.", Entity.Label.PERSON, "Gianna")).isEmpty();
        assertThat(withEntities(names, "Desmond Achterberg was admitted to our NICU family room after his stroke.",
                Entity.Label.PERSON, "Desmond Achterberg")).containsExactly("Desmond Achterberg");
    }

    @Test
    void colleaguesWithACredentialInCapitalsAreNoPatients() {
        assertThat(withEntities(names, "Welcome Tomasz Wrobel, PT, DPT, to our outpatient rehab clinic!",
                Entity.Label.PERSON, "Tomasz Wrobel")).isEmpty();
        assertThat(withEntities(names, "Pt Tomasz Wrobel came to our outpatient rehab clinic with a torn ACL.",
                Entity.Label.PERSON, "Tomasz Wrobel")).containsExactly("Tomasz Wrobel");
    }

    @Test
    void aCredentialAfterAQuotedNicknameStillMakesAColleague() {
        assertThat(withEntities(names, "Nurse of the Month: Rosalinda \"Rosie\" Ibarra, RN, BSN, L&D. A new grad "
                + "wrote: 'Rosie let me ask every question twice.'", Entity.Label.PERSON, "Rosie")).isEmpty();
        assertThat(withEntities(names, "Our pt Rosalinda \"Rosie\" Ibarra delivered twins in L&D today. "
                + "'Rosie' is what she asked us to call her.", Entity.Label.PERSON, "Rosie")).isNotEmpty();
    }

    @Test
    void venuesAndOrganisationsNamedForPeopleAreNoNames() {
        assertThat(withEntities(names, "Breakfast tacos from Lupita's Taqueria for the ED night crew today!",
                Entity.Label.PERSON, "Lupita")).isEmpty();
        assertThat(withEntities(names, "The Harriet Mbeki Infusion Center opens on the 2nd floor today.",
                Entity.Label.PERSON, "Harriet Mbeki")).isEmpty();
        assertThat(withEntities(names, "Lupita's chemo infusion ran long today on our unit.",
                Entity.Label.PERSON, "Lupita")).containsExactly("Lupita");
    }

    @Test
    void publicFiguresOwnAnnouncementsAndLongPastDeathsAreNoPatients() {
        assertThat(withEntities(names, "Quarterback Dion Castellanos said this week that he has Crohn's disease; "
                + "we love seeing athletes talk about it.", Entity.Label.PERSON, "Dion Castellanos")).isEmpty();
        assertThat(withEntities(names, "Dion Castellanos came to our clinic this week with a Crohn's flare.",
                Entity.Label.PERSON, "Dion Castellanos")).containsExactly("Dion Castellanos");
        assertThat(withEntities(names, "Marie Curie died in 1934 of aplastic anemia from her radiation work; our "
                + "radiation safety class covers it.", Entity.Label.PERSON, "Marie Curie")).isEmpty();
        assertThat(withEntities(names, "Marie Okafor died last night of aplastic anemia on our unit.",
                Entity.Label.PERSON, "Marie Okafor")).containsExactly("Marie Okafor");
    }

    @Test
    void aTownBeforeItsStateCodeIsAPlace() {
        assertThat(withEntities(names, "My great-aunt (93, Yakima WA) got her shingles shot today and told the "
                + "pharmacist about 1952.", Entity.Label.PERSON, "Yakima")).isEmpty();
        assertThat(ContextualEntityRule.stateAfterTown(AnalyzedPost.analyze(Draft.of("Bend OR 97701"),
                "Bend OR 97701"), 1)).isTrue();
        assertThat(ContextualEntityRule.stateAfterTown(AnalyzedPost.analyze(Draft.of("took him to the OR today"),
                "took him to the OR today"), 4)).isFalse();
        assertThat(withEntities(places, "pt from Yakima WA came in today with shingles", Entity.Label.LOCATION,
                "Yakima")).containsExactly("Yakima");
    }

    @Test
    void aServiceApologyToAnUnnamedReviewerConfirmsNoCare() {
        CareRelationshipRule care = new CareRelationshipRule();
        assertThat(RuleTesting.found(care, "Thank you for the feedback. We're sorry your appointment started late; "
                + "our front desk is adding a text alert for delays.")).isEmpty();
        assertThat(RuleTesting.found(care, "Thank you for the feedback. We're sorry your appointment started late; "
                + "our records show the cast removal took longer than planned.")).isNotEmpty();
    }

    @Test
    void colleaguesAndPublicFiguresGiveNoQuasiIdentifiers() {
        QuasiIdentifierRule block = new QuasiIdentifierRule(org.primum.policy.Policy.defaults(), false);
        assertThat(RuleTesting.found(block, "Actor Rafe Lindholm told fans last week that he has had MS since "
                + "his twenties, and he is still filming.")).isEmpty();
        assertThat(RuleTesting.found(block, "Send-off for Gwen Arceneaux, RN, after 30 years in our NICU! She "
                + "trained half of us last week alone.")).isEmpty();
        assertThat(RuleTesting.found(block, "Actor Rafe Lindholm, 52, was admitted to our ICU last week with an MS "
                + "flare.")).isNotEmpty();
    }

    @Test
    void colleaguesByDepartmentOrRoleBeforeACommaAreNoPatients() {
        assertThat(withEntities(names, "Big thanks to Tobiah from sterile processing services, who found the missing "
                + "scope trays in the OR at 2am.", Entity.Label.PERSON, "Tobiah")).isEmpty();
        assertThat(withEntities(names, "Please welcome our new PA, Ngozi Eze, to the cardiology clinic!",
                Entity.Label.PERSON, "Ngozi Eze")).isEmpty();
        assertThat(withEntities(names, "Thanks to chaplains Ruth Ivers and Sam Toll for sitting with families in "
                + "the ICU this week.", Entity.Label.PERSON, "Ruth Ivers", "Sam Toll")).isEmpty();
        // twin: "same patient, Ngozi Eze" names a patient
        assertThat(withEntities(names, "Two charts for the same patient, Ngozi Eze, in the cardiology clinic again.",
                Entity.Label.PERSON, "Ngozi Eze")).containsExactly("Ngozi Eze");
    }

    @Test
    void fictionalCasesAndStoriesSharedWithConsent() {
        assertThat(RuleTesting.found(ageRule, "Hypothetical for the residents: a 93-year-old woman falls at home "
                + "and is on apixaban. Head CT or not?")).isEmpty();
        assertThat(RuleTesting.found(ageRule, "A 93-year-old woman fell at home and is on apixaban, head CT "
                + "tonight")).containsExactly("93");
        assertThat(withEntities(names, "Shared with Teodoro's written permission: a year after his liver transplant "
                + "he climbed Mount Hood.", Entity.Label.PERSON, "Teodoro")).isEmpty();
        assertThat(withEntities(names, "A year after his liver transplant Teodoro climbed Mount Hood.",
                Entity.Label.PERSON, "Teodoro")).containsExactly("Teodoro");
    }

    @Test
    void aNumberedRoomOfTheBuildingIsNoPatientsRoom() {
        assertThat(RuleTesting.found(places, "Stop the Bleed training Thursday in Conference Room 3, lunch "
                + "provided")).isEmpty();
        assertThat(RuleTesting.found(places, "pt in room 3 was intubated overnight")).contains("room 3");
    }
    @Test
    void aSampleOrTrainingRecordNamesNoOne() {
        String sample = "New triage form walkthrough (the sample below is fake): Name: Rosa Q. Example, MRN 4471902, "
                + "allergies: none. Fill yours in the same way.";
        assertThat(RuleTesting.found(nameRule, sample)).isEmpty();
        assertThat(withEntities(names, sample, Entity.Label.PERSON, "Rosa Q. Example")).isEmpty();
        String real = "Name: Rosa Quintero, MRN 4471902, admitted with chest pain, please page cardiology.";
        assertThat(withEntities(names, real, Entity.Label.PERSON, "Rosa Quintero")).isNotEmpty();
    }

    @Test
    void aStudyOrPurchaseNumberAfterAnAcronymIsNoPatientList() {
        MrnRule mrn = new MrnRule();
        assertThat(RuleTesting.found(mrn, "Now enrolling adults with asthma at our Dayton site, IRB #20240931, "
                + "call the study line for details.")).isEmpty();
        assertThat(RuleTesting.found(mrn, "Rounding list: Okafor #00517740 COPD exac, Lindqvist #00482913 "
                + "post-op day 2.")).isNotEmpty();
    }

    @Test
    void aForeignJobsInboxIsAnOrganisationsAddress() {
        EmailRule email = new EmailRule();
        assertThat(RuleTesting.found(email, "Vagas para enfermeiros no nosso hospital, envie o currículo para "
                + "vagas@hospital-exemplo.com.br")).isEmpty();
        assertThat(RuleTesting.found(email, "A paciente Ana pediu que mandássemos o laudo para "
                + "ana.souza84@gmail.com")).isNotEmpty();
    }
}
