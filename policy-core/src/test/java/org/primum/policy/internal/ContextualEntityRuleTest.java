package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Entity;

class ContextualEntityRuleTest {

    private final ContextualEntityRule names = new ContextualEntityRule(FindingType.NAME);
    private final ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);

    @Test
    void namesInPatientSentencesFire() {
        assertThat(RuleTesting.found(names, "Pt Marisol Quintero came in with chest pain again today"))
                .containsExactly("Marisol Quintero");
        assertThat(RuleTesting.found(names, "Saw Dmitri Volkov in clinic today, his A1c is finally under 7"))
                .containsExactly("Dmitri Volkov");
    }

    @Test
    void colleaguesAuthorsAndOrganisationsDoNotFire() {
        assertThat(RuleTesting.found(names, "Dr. Marisol Quintero presents our trial results at ASH on Dec 7"))
                .isEmpty();
        assertThat(RuleTesting.found(names, "Marisol Quintero, MD, joins our cardiology team today")).isEmpty();
        assertThat(RuleTesting.found(names, "If a child swallows a battery call Poison Control right away"))
                .isEmpty();
    }

    @Test
    void placesAndBedsInPatientSentencesFire() {
        assertThat(RuleTesting.found(places, "my pt from Sheboygan came in with a cough")).contains("Sheboygan");
        assertThat(RuleTesting.found(places, "pt in bed 7 was intubated overnight")).contains("bed 7");
        assertThat(RuleTesting.found(places, "Our conference in Chicago starts Monday")).isEmpty();
    }

    @Test
    void usesEntitiesFromADetectorInPatientContext() {
        String text = "pt zhang wei came in today with pneumonia";
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, 3, 12, 0.8, "test")));
        List<Detection> out = new java.util.ArrayList<>();
        names.check(post, out::add);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo("zhang wei");
            assertThat(d.reasons().get(0)).startsWith("test found a person");
        });
    }

    private static List<String> withEntities(ContextualEntityRule rule, String text, Entity.Label label, String... spans) {
        List<Entity> entities = new java.util.ArrayList<>();
        for (String span : spans) {
            int start = text.indexOf(span);
            entities.add(new Entity(label, start, start + span.length(), 0.8, "test"));
        }
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text).withEntities(entities);
        List<String> out = new java.util.ArrayList<>();
        rule.check(post, d -> out.add(text.substring(d.start(), d.end())));
        return out;
    }

    @Test
    void aPersonBesideAPatientsBillsOrRecordsIsAPatient() {
        assertThat(withEntities(names, "the insurer bounced the claim for Oluwaseun Bakare's knee MRI a third time",
                Entity.Label.PERSON, "Oluwaseun Bakare")).containsExactly("Oluwaseun Bakare");
        assertThat(withEntities(names, "Whoever filed Priscilla Onyango under the wrong guarantor: her copay "
                + "statements now go to a stranger", Entity.Label.PERSON, "Priscilla Onyango"))
                .containsExactly("Priscilla Onyango");
    }

    @Test
    void aFullNameInAPostThatCarriesAPersonsIdentifierIsThatPerson() {
        // the name's own sentence says nothing of care; the serial, card or phone number two sentences away does
        assertThat(RuleTesting.found(names, "Insulin pump SN 40877163 alarmed all night on 5 North. Still no callback "
                + "from the vendor. Margaret Ellison deserves better")).contains("Margaret Ellison");
        assertThat(RuleTesting.found(names, "found a debit card 5105 1051 0510 5100 under the gurney in the ortho "
                + "clinic last night. no wallet. Deborah Finch, is it yours?")).contains("Deborah Finch");
        assertThat(withEntities(names, "refill #5512093 sat in will-call for 2 weeks. Okonjo Mwangi finally picked it up",
                Entity.Label.PERSON, "Okonjo Mwangi")).contains("Okonjo Mwangi");
    }

    @Test
    void contactsColleaguesAndEventsBesideAnIdentifierStayOut() {
        assertThat(RuleTesting.found(names, "Flu shot clinic Saturday! Questions? Call Margaret Ellison at "
                + "608-555-0171.")).isEmpty();
        assertThat(RuleTesting.found(names, "To volunteer at Saturday's health fair, text Deborah Finch at "
                + "608-555-0171.")).isEmpty();
        assertThat(RuleTesting.found(names, "Your pump's serial is on the back. Lost it? Our device nurse, Deborah "
                + "Finch, can look it up: 608-555-0171")).isEmpty();
        assertThat(RuleTesting.found(names, "Thank you to Margaret Ellison for donating 40 blankets to the clinic! "
                + "Drop-offs: 608-555-0171")).isEmpty();
        assertThat(RuleTesting.found(names, "Dr. Deborah Finch answers your questions on sleep apnea live at 7, "
                + "dial in 608-555-0171")).isEmpty();
    }

    @Test
    void aHashtagRallyingBehindAGivenNameInACarePostIsAName() {
        assertThat(RuleTesting.found(names, "Round 3 of chemo done and she still danced with me in the hallway. "
                + "#PrayForNoor")).containsExactly("#PrayForNoor");
        assertThat(RuleTesting.found(names, "Our unit threw a tiny parade for his last radiation day #MateoStrong"))
                .containsExactly("#MateoStrong");
        assertThat(RuleTesting.found(names, "Big game tonight, #TeamMateo vs the Hawks")).isEmpty();
        assertThat(RuleTesting.found(names, "Serena Williams opens up about her pulmonary embolism #SerenaStrong"))
                .isEmpty();
    }

    @Test
    void aCapitalisedRunAfterATownsPrepositionWithNoGivenNameIsNoPerson() {
        assertThat(RuleTesting.found(names, "pt from Cedar Bluffs came in with chest pain again today"))
                .doesNotContain("Cedar Bluffs");
        assertThat(RuleTesting.found(names, "pt Marisol Quintero from Cedar Bluffs came in with chest pain today"))
                .contains("Marisol Quintero");
        assertThat(RuleTesting.found(names, "EMS brought in Obadiah Pettigrew with chest pain again today"))
                .contains("Obadiah Pettigrew");
    }

    @Test
    void anInitialAndASurnameAnAddressOrAnAgeOver89AlsoIdentify() {
        assertThat(RuleTesting.found(names, "refill #7730418 still waiting at the counter. T. Abernethy, your "
                + "inhaler is here!")).contains("T. Abernethy");
        assertThat(RuleTesting.found(names, "home visit at 72 N Larkspur Dr this morning. Walter Ostrowski made "
                + "us tea before his wound check")).contains("Walter Ostrowski");
        assertThat(RuleTesting.found(names, "Our longtime dialysis regular turns 96 on Friday. Walter Ostrowski, "
                + "the cake is on us")).contains("Walter Ostrowski");
        assertThat(RuleTesting.found(names, "Blood drive at 72 N Larkspur Dr on Friday, hosted by Walter Ostrowski "
                + "and the Lions Club. Free cookies")).isEmpty();
    }

    @Test
    void careToldInPlainWordsOrByAClinicianWithoutAnIIsContext() {
        assertThat(withEntities(names, "Marguerite is two years sober today and told me she still keeps her "
                + "first chip in her wallet", Entity.Label.PERSON, "Marguerite")).containsExactly("Marguerite");
        assertThat(withEntities(names, "Hygienist life: Bartek sat through the whole cleaning without a "
                + "single tear", Entity.Label.PERSON, "Bartek")).containsExactly("Bartek");
        assertThat(withEntities(names, "Bartek pulled his own Foley out. again. #nightshift",
                Entity.Label.PERSON, "Bartek")).containsExactly("Bartek");
        // a colleague's life, not a patient's
        assertThat(withEntities(names, "Hygienist life: Bartek from the front desk brought donuts again",
                Entity.Label.PERSON, "Bartek")).isEmpty();
    }

    @Test
    void aComparisonWithATextbookIsNoTeachingFrame() {
        assertThat(withEntities(names, "Goodbye Teodoro. You were my first patient on the transplant floor and "
                + "showed me more about cirrhosis than a textbook ever could", Entity.Label.PERSON, "Teodoro"))
                .containsExactly("Teodoro");
        // a real teaching frame still keeps the vignette's name out
        assertThat(withEntities(names, "Textbook vignette for the quiz: Teodoro, a patient with cirrhosis, "
                + "asks about diuretics", Entity.Label.PERSON, "Teodoro")).isEmpty();
    }

    @Test
    void aSpanOfSobrietyIsAHealthDetail() {
        assertThat(withEntities(names, "Proud of Lucinda, 18 months sober as of Friday. I cried when she showed me her coin",
                Entity.Label.PERSON, "Lucinda")).containsExactly("Lucinda");
        // a sobriety-themed event run by a colleague names no patient
        assertThat(withEntities(names, "Lucinda from our front desk is running a sober-curious mocktail night",
                Entity.Label.PERSON, "Lucinda")).isEmpty();
    }

    @Test
    void colleaguesFromNonClinicalDepartmentsAndAuthorsStayOut() {
        assertThat(withEntities(names, "Thanks to Tobias Ferreira from billing for clearing 300 claims this month",
                Entity.Label.PERSON, "Tobias Ferreira")).isEmpty();
        assertThat(withEntities(names, "New systematic review by Hannah Okoro on insurance claims denials in oncology",
                Entity.Label.PERSON, "Hannah Okoro")).isEmpty();
    }

    @Test
    void sleepStudiesAreTestsNotResearchFraming() {
        assertThat(withEntities(names, "can someone from our clinic call Rutendo Moyo about rescheduling her sleep study",
                Entity.Label.PERSON, "Rutendo Moyo")).containsExactly("Rutendo Moyo");
    }

    @Test
    void placesWithStopWordsOrPlaceWordsInPatientSentencesFire() {
        assertThat(withEntities(places, "Our pt, the organist at Second Presbyterian, was admitted with a GI bleed",
                Entity.Label.LOCATION, "Second Presbyterian")).containsExactly("Second Presbyterian");
        assertThat(withEntities(places, "admitted a farmer from Kossuth County with a crush injury today",
                Entity.Label.LOCATION, "Kossuth County")).containsExactly("Kossuth County");
    }

    @Test
    void aPersonTheModelFoundThatIsAGazetteerTownIsAPlace() {
        String text = "my pt, a retired trucker, lives alone outside Kalamazoo and came in febrile";
        assertThat(withEntities(places, text, Entity.Label.PERSON, "Kalamazoo")).containsExactly("Kalamazoo");
        assertThat(withEntities(names, text, Entity.Label.PERSON, "Kalamazoo")).isEmpty();
    }

    @Test
    void bedsAndBaysOfSomeoneFireOutsidePatientSentences() {
        assertThat(RuleTesting.found(places, "whoever left a phone charger in bay 11, it's his daughter's"))
                .containsExactly("bay 11");
        assertThat(RuleTesting.found(places, "BLS recert class moved to Room 210 this Thursday")).isEmpty();
    }

    @Test
    void aLoneGivenNameTheModelCalledAPlaceIsAPerson() {
        String text = "fly high, Gertrude. 9 yrs of dialysis with us and you never once missed bingo";
        assertThat(withEntities(names, text, Entity.Label.LOCATION, "Gertrude")).containsExactly("Gertrude");
        assertThat(withEntities(places, text, Entity.Label.LOCATION, "Gertrude")).isEmpty();
    }

    @Test
    void contactsAndColleaguesNamedTwiceStayOut() {
        String text = "Big thanks to Nurse Odalys Pereira for 30 years in our ICU! Nobody titrates pressors like Odalys.";
        int at = text.lastIndexOf("Odalys");
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, at, at + 6, 0.9, "test")));
        List<Detection> out = new java.util.ArrayList<>();
        names.check(post, out::add);
        assertThat(out).isEmpty();
        assertThat(withEntities(names, "Referrals: fax records to 555-0142 attn Marguerite in admitting, she handles "
                + "every referral", Entity.Label.PERSON, "Marguerite")).isEmpty();
    }

    @Test
    void organisationsPetsAndTownsTheModelCalledPersonsStayOut() {
        assertThat(withEntities(names, "Thanks for the kind words about your knee rehab! - Lakeshore Physiotherapy",
                Entity.Label.PERSON, "Lakeshore")).isEmpty();
        assertThat(withEntities(names, "my dog Pickles just had his dental cleaning and is furious about it",
                Entity.Label.PERSON, "Pickles")).isEmpty();
        assertThat(withEntities(names, "flu shot clinic for our patients this Friday at the parish hall in Wahoo",
                Entity.Label.PERSON, "Wahoo")).isEmpty();
    }

    @Test
    void aBreakRoomIsNoCareSetting() {
        assertThat(withEntities(names, "whoever left a green Yeti mug in the break room, it's at the front desk",
                Entity.Label.PERSON, "Yeti")).isEmpty();
    }

    private final ContextualEntityRule personPlaces = ContextualEntityRule.personPlaces();

    @Test
    void placesOfAPersonInCareWarnWhenTheSentenceIsNotPlainlyAboutAPatient() {
        assertThat(personPlaces.id()).isEqualTo("phi.location.person");
        assertThat(personPlaces.defaultSeverity()).isEqualTo(org.primum.policy.Severity.WARN);
        // "off the vent" makes this sentence plainly about a patient: the blocking rule reports the town
        String plain = "The Pocatello crossing guard from last week's pileup is off the vent today";
        assertThat(withEntities(places, plain, Entity.Label.LOCATION, "Pocatello")).containsExactly("Pocatello");
        assertThat(withEntities(personPlaces, plain, Entity.Label.LOCATION, "Pocatello")).isEmpty();
    }

    @Test
    void colleaguesDonorsEventsAndTheOrganisationsOwnPlacesDoNotWarn() {
        assertThat(withEntities(personPlaces, "Our Pocatello clinic now offers same-day mammograms, book online",
                Entity.Label.LOCATION, "Pocatello")).isEmpty();
        assertThat(withEntities(personPlaces, "Welcome our new wound care nurse, who moved here from Pocatello, "
                + "to the ICU", Entity.Label.LOCATION, "Pocatello")).isEmpty();
        assertThat(withEntities(personPlaces, "Thanks to the Pocatello Rotary for donating 40 wheelchairs to our "
                + "rehab unit", Entity.Label.LOCATION, "Pocatello")).isEmpty();
    }

    @Test
    void historyBooksThankedTownsAndImperativesAfterEmojiAreNoPatients() {
        assertThat(withEntities(names, "From the archives: Anna Ott, a miner's wife, survived her amputation in "
                + "1862 at our first ward", Entity.Label.PERSON, "Anna Ott")).isEmpty();
        assertThat(withEntities(names, "our clinic's flu drive vaccinated 900 people, thank you Brookhaven!",
                Entity.Label.PERSON, "Brookhaven")).isEmpty();
        assertThat(withEntities(names, "your flu shot appointment moved to our new site (next to the Safeway).",
                Entity.Label.PERSON, "Safeway")).isEmpty();
        assertThat(withEntities(names, "Two bee stings in urgent care today! 🐝 Keep epinephrine pens handy on hikes.",
                Entity.Label.PERSON, "Keep")).isEmpty();
    }

    @Test
    void aTownBeforeAStateInAnAddressIsAPlace() {
        String text = "my pt lives at 55 Birch Hollow Rd, Ypsi, MI with her 9 cats";
        assertThat(withEntities(names, text, Entity.Label.PERSON, "Ypsi")).isEmpty();
    }

    private static List<String> withPerson(ContextualEntityRule rule, String text, String span, double confidence) {
        int start = text.indexOf(span);
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, start, start + span.length(), confidence, "test")));
        List<String> out = new java.util.ArrayList<>();
        rule.check(post, d -> {
            if (d.confidence() >= 0.5) {
                out.add(text.substring(d.start(), d.end()));
            }
        });
        return out;
    }

    @Test
    void aColleaguesOwnChildInAStaffPostIsNoPatient() {
        assertThat(withPerson(names, "Welcome back Dr. Ines Marlow! Back on the cardiology service after parental "
                + "leave. Little Tobiah is 3 months and already runs the house.", "Tobiah", 0.9)).isEmpty();
        // the same child as a patient the author cares for still blocks
        assertThat(withPerson(names, "Our patient Tobiah is 3 months old and off the ventilator since Monday.",
                "Tobiah", 0.9)).containsExactly("Tobiah");
    }

    @Test
    void anUnsureOneWordPersonOpeningAListStepIsAnInstruction() {
        String steps = "Wound care basics from our clinic nurses:\n1. Rinse with saline daily\n2. Cover the site";
        assertThat(withPerson(names, steps, "Rinse", 0.45)).isEmpty();
        // a sure guess, or one next to a patient cue, stays
        assertThat(withPerson(names, "Our patient Ottoline left the ward today after 3 weeks of IV antibiotics",
                "Ottoline", 0.45)).containsExactly("Ottoline");
    }

    @Test
    void decadesAreNoPersonsIdentifier() {
        assertThat(RuleTesting.found(names, "Gloria Estefan talked about her MS diagnosis. MS often shows up in "
                + "the 20s-40s, and the 1990s brought the first drugs for it.")).isEmpty();
        assertThat(RuleTesting.found(names, "Refilled the insulin pump, serial PX48821907, for Marta Quintero "
                + "after her DKA admission.")).containsExactly("Marta Quintero");
    }

    @Test
    void aRoomThePostIntroducesIsTheBuildings() {
        assertThat(RuleTesting.found(places, "Meet Room 4: our redone quiet room for families waiting on "
                + "surgery, new sofas and a kettle.")).isEmpty();
        assertThat(RuleTesting.found(places, "Meet Room 4 - he is 91, on his third admission this month."))
                .containsExactly("Room 4");
    }

    @Test
    void aShortCaptionTaggedWithSomeonesCareIsContext() {
        assertThat(withEntities(names, "Ximena Ruelas held my hand the whole time and didn't flinch once. #ChemoRoundSix",
                Entity.Label.PERSON, "Ximena Ruelas")).containsExactly("Ximena Ruelas");
        assertThat(withEntities(names, "So proud of Teodor, three weeks and walking the halls again #PICUstrong",
                Entity.Label.PERSON, "Teodor")).containsExactly("Teodor");
        // awareness days and clinicians' own tags tell of no one's care
        assertThat(withEntities(names, "Ximena Ruelas spoke to our staff about kindness #ChildhoodCancerAwarenessMonth",
                Entity.Label.PERSON, "Ximena Ruelas")).isEmpty();
        assertThat(withEntities(names, "Teodor brought pastries for the whole shift again #ICUnurse",
                Entity.Label.PERSON, "Teodor")).isEmpty();
    }

    @Test
    void aOneWordPersonAfterInIsATownAndARoadsNumberTellsItApart() {
        assertThat(withEntities(places, "pt from the home visit in Thistledown today kept asking me about her "
                + "insulin pump", Entity.Label.PERSON, "Thistledown")).containsExactly("Thistledown");
        assertThat(withEntities(places, "pt on Township Road 112 finally let me check her sugars",
                Entity.Label.LOCATION, "Township Road 112")).containsExactly("Township Road 112");
        // a given name after "in" stays a person; a road with no number is no place of its own
        assertThat(withEntities(places, "pt brought in Marisol today with chest pain", Entity.Label.PERSON,
                "Marisol")).isEmpty();
    }

    @Test
    void theAuthorsOwnShiftMakesAPostAboutCare() {
        assertThat(withEntities(names, "Brzezinski yanked his chest tube out again. second time this shift.",
                Entity.Label.PERSON, "Brzezinski")).containsExactly("Brzezinski");
        assertThat(withEntities(names, "Brzezinski yanked his chest tube out again, says the news. Markets fell.",
                Entity.Label.PERSON, "Brzezinski")).isEmpty();
    }

    @Test
    void aSessionIsTherapyWhenATherapistWrites() {
        assertThat(withEntities(names, "Counselor diary: Marisela finally talked about her brother in our session",
                Entity.Label.PERSON, "Marisela")).containsExactly("Marisela");
        // a conference session and a colleague who is a therapist
        assertThat(withEntities(names, "Loved the morning session by Marisela at the regional meeting!",
                Entity.Label.PERSON, "Marisela")).isEmpty();
        assertThat(withEntities(names, "our therapist Marisela ran a great session for staff on burnout today",
                Entity.Label.PERSON, "Marisela")).isEmpty();
    }

    @Test
    void aGivenNameAfterAWorkplaceOrAHomesPrepositionIsATown() {
        assertThat(RuleTesting.found(places, "pt hurt his back at the feed mill in Marion, out of work since")).contains("Marion");
        assertThat(RuleTesting.found(names, "pt hurt his back at the feed mill in Marion, out of work since")).isEmpty();
        // a given name after a care verb's "in" stays a person
        assertThat(RuleTesting.found(places, "EMS brought in Marion with chest pain, pt is stable")).isEmpty();
    }

    @Test
    void aPlaceBesideAPersonsIdentifierIsThatPersonsPlace() {
        assertThat(withEntities(places, "Our oldest resident at Willow Bend Lodge, Hattie Greer, turns 101 on Sunday!",
                Entity.Label.LOCATION, "Willow Bend Lodge")).containsExactly("Willow Bend Lodge");
        // the writer's own family, and a post with no identifier
        assertThat(withEntities(places, "My grandma turned 101 last week in Cedar Bluff and still bakes every day.",
                Entity.Label.LOCATION, "Cedar Bluff")).isEmpty();
        assertThat(withEntities(places, "Our oldest volunteer at Willow Bend Lodge, Hattie Greer, retires Sunday!",
                Entity.Label.LOCATION, "Willow Bend Lodge")).isEmpty();
    }

    @Test
    void aOneWordNameThatIsTheSubjectOfItsSentenceIsNoImperative() {
        // the word after the name ("was", "finally", "asked") makes it the sentence's subject
        assertThat(withPerson(names, "Otis was our longest-stay ICU patient this year. Loved jazz, hated the trach.",
                "Otis", 0.9)).containsExactly("Otis");
        assertThat(withPerson(names, "Szymanski finally walked the whole hallway today, four days after his hip surgery",
                "Szymanski", 0.9)).containsExactly("Szymanski");
        assertThat(withPerson(names, "Ferris asked the whole ICU team for pudding right after the bronchoscopy",
                "Ferris", 0.9)).containsExactly("Ferris");
        // an imperative opening a care tip stays silent
        assertThat(withPerson(names, "Elevate the leg after surgery and ice it for 20 minutes",
                "Elevate", 0.9)).isEmpty();
        assertThat(withPerson(names, "Hydrate well before your colonoscopy prep", "Hydrate", 0.9)).isEmpty();
    }

    @Test
    void aWrittenOwnPatientWithWordsBetweenIsAPatient() {
        assertThat(withPerson(names, "Bertha was my sweetest little patient all month", "Bertha", 0.9))
                .containsExactly("Bertha");
        assertThat(withPerson(names, "Say hi to Matteo, our youngest transplant patient ever", "Matteo", 0.9))
                .containsExactly("Matteo");
        // a role or a service after "patient" is staff or a desk, not a person cared for
        assertThat(withPerson(names, "Ingrid, our patient care coordinator, planned the staff picnic", "Ingrid", 0.9))
                .isEmpty();
        assertThat(withPerson(names, "Ask Jonah at our new patient experience desk about parking", "Jonah", 0.9))
                .isEmpty();
    }

    @Test
    void aClientsVisitForCareAtThePracticeMakesItsNameAPatients() {
        assertThat(withPerson(names, "Rosalind Achebe brought all four kids in for cleanings this morning",
                "Rosalind Achebe", 0.9)).containsExactly("Rosalind Achebe");
        assertThat(withPerson(names, "Priyanka Shah got her chemical peel and she is glowing, book yours today",
                "Priyanka Shah", 0.9)).containsExactly("Priyanka Shah");
        // a name in a post with no visit and no practice speaking
        assertThat(withPerson(names, "Priyanka Shah wrote a great explainer on chemical peel safety",
                "Priyanka Shah", 0.9)).isEmpty();
    }

    @Test
    void aNameRightAfterANumberedRoomOrBedIsOnAUnitsBoard() {
        assertThat(RuleTesting.found(names, "quick pic of our whiteboard: Bed 2 Halvorsen NPO, Bed 5 Ekwueme fall risk"))
                .contains("Halvorsen", "Ekwueme");
        assertThat(RuleTesting.found(names, "our unit board lol, Rm 7 - Szabo strict I&O")).contains("Szabo");
        // a room's own letter, or a meeting in a room, is no name
        assertThat(RuleTesting.found(names, "Skills fair in Room 4C on Tuesday, our unit educators will be there"))
                .isEmpty();
        assertThat(RuleTesting.found(names, "Our huddle moved to Room 3 Thursday at noon")).isEmpty();
    }

    @Test
    void pacificArmenianBengaliAndVintageGivenNamesAreKnownNames() {
        // one-word names opening a sentence about care need to be known given names
        assertThat(RuleTesting.found(names, "Sione asked if his new pacemaker would set off the airport scanner, the whole clinic laughed"))
                .contains("Sione");
        assertThat(RuleTesting.found(names, "Narek finally tolerated his feeds after the G-tube placement today"))
                .contains("Narek");
        assertThat(RuleTesting.found(names, "Effie told me her hip replacement is the best thing she ever did, clinic made my day"))
                .contains("Effie");
        assertThat(RuleTesting.found(names, "Sabbir came back for his wound check after the appendectomy and brought the whole clinic samosas"))
                .contains("Sabbir");
    }

    @Test
    void aDecannulationOrYearsOfHouseCallsMakeACase() {
        assertThat(withPerson(names, "Big day: Thaddeus got decannulated this morning 🎉", "Thaddeus", 0.9))
                .containsExactly("Thaddeus");
        assertThat(withPerson(names, "Lost Philippa this morning. Nine years of house calls and she always had tea ready when I got there.",
                "Philippa", 0.9)).containsExactly("Philippa");
        // a count the model took for a person is no name
        assertThat(withPerson(names, "Lost Philippa this morning. Nine years of house calls and she always had tea ready when I got there.",
                "Nine", 0.9)).isEmpty();
    }

    @Test
    void aClinicianCaseloadOrCensusIsAPatientCue() {
        assertThat(withPerson(names, "Rosalind is back on my caseload, so good to see her smile again", "Rosalind", 0.9))
                .containsExactly("Rosalind");
        assertThat(withPerson(names, "Three new admits on my census tonight and Gideon is one of them", "Gideon", 0.9))
                .containsExactly("Gideon");
        // a shopping list is no patient list
        assertThat(withPerson(names, "Target and Costco are on my list today, then a nap", "Costco", 0.46)).isEmpty();
    }
}
