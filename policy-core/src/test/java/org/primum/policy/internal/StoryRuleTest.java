package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Post;

class StoryRuleTest {

    /** Marks the given surfaces as entities and gives every English post the same wording score. */
    private static class Scripted implements EntityDetector {
        final OptionalDouble score;
        final List<String> persons;
        final List<String> places;
        final List<String> asked = new ArrayList<>();
        /** Words the scripted tagger calls proper nouns; every other token is a noun. */
        final java.util.Set<String> propn = new java.util.HashSet<>();

        Scripted(OptionalDouble score, List<String> persons, List<String> places) {
            this.score = score;
            this.persons = persons;
            this.places = places;
        }

        Scripted propn(String... words) {
            propn.addAll(List.of(words));
            return this;
        }

        @Override
        public java.util.Optional<org.primum.policy.spi.TokenTags> tags(Post post, String language) {
            int n = post.tokens().size();
            org.primum.policy.spi.PartOfSpeech[] pos = new org.primum.policy.spi.PartOfSpeech[n];
            String[] lemmas = new String[n];
            for (int i = 0; i < n; i++) {
                String text = post.tokens().get(i).text();
                pos[i] = propn.contains(text) ? org.primum.policy.spi.PartOfSpeech.PROPN
                        : org.primum.policy.spi.PartOfSpeech.NOUN;
                lemmas[i] = text.toLowerCase(java.util.Locale.ROOT);
            }
            return java.util.Optional.of(org.primum.policy.spi.TokenTags.of(pos, lemmas));
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<Entity> detect(Post post) {
            List<Entity> out = new ArrayList<>();
            add(post, persons, Entity.Label.PERSON, out);
            add(post, places, Entity.Label.LOCATION, out);
            return out;
        }

        private static void add(Post post, List<String> surfaces, Entity.Label label, List<Entity> out) {
            for (String s : surfaces) {
                int at = post.normalized().indexOf(s);
                if (at >= 0) {
                    out.add(new Entity(label, at, at + s.length(), 0.9, "scripted"));
                }
            }
        }

        @Override
        public OptionalDouble patientStory(Post post, String language) {
            asked.add(language);
            return score;
        }
    }

    // no patient cue the rules know: a story told in words of its own
    private static final String STORY = "Sat with Birdie Kowalczyk for an hour tonight, she finally let us take the"
            + " drain out and asked for her grandson in Wapakoneta";

    private static PostChecker checker(Scripted detector, Policy policy) {
        return PostChecker.builder().policy(policy).discoverServices(false).entityDetector(detector).build();
    }

    private static List<Finding> story(CheckResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals(StoryRule.ID)).toList();
    }

    @Test
    void givenNamesTheNameFinderMissedCountWhereTheTaggerCallsThemProperNouns() {
        String post = "Faith finally went home today after her last cycle of chemo, and Hope from the choir sang";
        java.util.function.Function<Scripted, List<String>> found = d -> story(
                checker(d, Policy.defaults()).check(post)).stream().map(f -> f.matchedText(post)).toList();
        assertThat(found.apply(new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Faith")))
                .containsExactly("Faith");
        assertThat(found.apply(new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Faith", "Hope")))
                .containsExactly("Faith", "Hope");
        // a given name that is only a name, where the name finder missed it, counts the same way
        String missed = "So proud of Ngozi, who walked the length of the ward nine days after her spinal surgery";
        Scripted tagged = new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Ngozi");
        assertThat(story(checker(tagged, Policy.defaults()).check(missed))).extracting(f -> f.matchedText(missed))
                .containsExactly("Ngozi");
        // a common noun, or a post the model does not read as a patient story: nothing
        assertThat(found.apply(new Scripted(OptionalDouble.of(0.95), List.of(), List.of()))).isEmpty();
        assertThat(found.apply(new Scripted(OptionalDouble.of(0.5), List.of(), List.of()).propn("Faith"))).isEmpty();
        // an entity already covering the word gives one finding, not two
        assertThat(found.apply(new Scripted(OptionalDouble.of(0.95), List.of("Faith"), List.of()).propn("Faith")))
                .containsExactly("Faith");
        // a list of names that a unit follows is the unit's staff ("Faith, Grace and Joy on our night team"),
        // unless the sentence tells of their care
        String staff = "Faith, Grace and Joy on our night team literally saved the shift last night";
        String hurt = "Faith, Grace and Joy on our night team were admitted after the crash last night";
        Scripted three = new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Faith", "Grace", "Joy");
        assertThat(story(checker(three, Policy.defaults()).check(staff))).isEmpty();
        assertThat(story(checker(three, Policy.defaults()).check(hurt))).extracting(f -> f.matchedText(hurt))
                .contains("Grace", "Joy");
        // a department after the list does not make the first name staff when the sentence tells of care
        for (String discharged : List.of("After her last cycle of chemo we discharged Faith, and Raj in pharmacy cried",
                "After her last cycle of chemo we discharged Faith and Raj in pharmacy cried")) {
            Scripted faith = new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Faith", "Raj");
            assertThat(story(checker(faith, Policy.defaults()).check(discharged))).as(discharged)
                    .extracting(f -> f.matchedText(discharged)).contains("Faith");
        }
        // a title before it, a month beside a number or after a word of time, "the" before it, capitals for
        // emphasis: not a patient's name
        for (String other : List.of("Chaplain Grace sat with the family after the code, she came in on her day off",
                "I had my own knee replaced June 3 and went home after her last cycle of chemo",
                "Since June she has had six cycles of chemo and went home today",
                "By the Grace of God she went home today after her last cycle of chemo",
                "ROSE finally went home today after her last cycle of chemo")) {
            Scripted d = new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Grace", "June", "ROSE");
            assertThat(story(checker(d, Policy.defaults()).check(other))).as(other).isEmpty();
        }
    }

    @Test
    void handlesTaggedInAPatientStoryBlockUnlessTheyAreTheWritersOrAClinicians() {
        String post = "So proud of @sunny.days.jo, home after 40 days in the NICU! Thanks @DrLeeCardio and"
                + " @mercy_health for everything. Follow us at @our_nicu_family";
        java.util.function.Function<Double, List<String>> found = score -> story(checker(
                new Scripted(OptionalDouble.of(score), List.of(), List.of()), Policy.defaults()).check(post))
                .stream().map(f -> f.type() + " " + f.matchedText(post)).toList();
        assertThat(found.apply(0.95)).containsExactly("HANDLE @sunny.days.jo");
        assertThat(found.apply(0.5)).isEmpty();
        // a title before the handle makes it a colleague's
        String titled = "Our patient went home after 40 days in the NICU, thanks to Dr. @amara_k and her team";
        assertThat(story(checker(new Scripted(OptionalDouble.of(0.95), List.of(), List.of()), Policy.defaults())
                .check(titled))).isEmpty();
    }

    @Test
    void aPostThatIsOneLongListOfNamesIsCheckedWithoutRunningOutOfStack() {
        // every given name tagged a proper noun in a post read as a patient story: phi.story asks the colleague
        // test of each, which looks along the list, and must do so in bounded steps
        Scripted everyName = new Scripted(OptionalDouble.of(0.95), List.of(), List.of()).propn("Rosa", "Kofi");
        String roster = "Thanks to " + "Rosa, ".repeat(12_000) + "and Kofi on our night team for the pizza";
        CheckResult r = checker(everyName, Policy.defaults()).check(roster);
        // no rule failed on it (a failing rule leaves a CUSTOM finding); the names far from the unit are read
        assertThat(r.findings()).noneMatch(f -> f.type() == FindingType.CUSTOM);
        assertThat(story(r)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"@DrLeeCardio,true", "@dr_amara,true", "@mercy_health,true", "@CountyEMS,true", "@jules.rn,true",
        "@NurseNikki,true", "@CDCgov,true", "@mayoclinic,true", "@UCSFHealth,true", "@drsmith,true",
        "@sunny.days.jo,false", "@drew_smith,false", "@mamabear_of4,false", "@RosaliaM_art,false",
        "@healthyhannah,false", "@do_good_kid,false", "@lab_lover_mia,false"})
    void professionalHandlesAreReadFromTheirParts(String handle, boolean professional) {
        assertThat(StoryRule.professionalHandle(handle)).as(handle).isEqualTo(professional);
    }

    @Test
    void namesAndPlacesOfAPostThatReadsLikeAPatientStoryBlock() {
        Scripted d = new Scripted(OptionalDouble.of(0.93), List.of("Birdie Kowalczyk"), List.of("Wapakoneta"));
        CheckResult r = checker(d, Policy.defaults()).check(STORY);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        List<Finding> found = story(r);
        assertThat(found).extracting(Finding::type).containsExactly(FindingType.NAME, FindingType.LOCATION);
        assertThat(found).extracting(f -> STORY.substring(f.start(), f.end()))
                .containsExactly("Birdie Kowalczyk", "Wapakoneta");
        Finding name = found.get(0);
        assertThat(name.severity()).isEqualTo(Severity.BLOCK);
        assertThat(name.confidence()).isEqualTo(0.93);
        assertThat(name.reasons()).anyMatch(s -> s.contains("0.93") && s.contains("threshold 0.80"));
        assertThat(r.redactedText()).doesNotContain("Birdie").doesNotContain("Wapakoneta");
        // machine formats print messages and reasons: they must not quote the name
        assertThat(found).allMatch(f -> !f.message().contains("Birdie") && !f.message().contains("Wapakoneta")
                && f.reasons().stream().noneMatch(x -> x.contains("Birdie") || x.contains("Wapakoneta")));
        assertThat(d.asked).containsExactly("en");
    }

    @Test
    void aStoryToldWithWrittenConsentOrAboutAManikinIsNotRaisedButAFamilysWordIsNotEnough() {
        Scripted d = new Scripted(OptionalDouble.of(0.93), List.of("Birdie Kowalczyk"), List.of("Wapakoneta"));
        PostChecker c = checker(d, Policy.defaults());
        assertThat(story(c.check(STORY + ". Shared with her written consent.")))
                .as("written consent: an authorised disclosure").isEmpty();
        assertThat(story(c.check(STORY + ". She signed our media release for this post.")))
                .as("a signed release").isEmpty();
        assertThat(story(c.check("Birdie Kowalczyk, our new SimMom manikin, had her first shoulder dystocia "
                + "in the sim lab tonight"))).as("a manikin's name").isEmpty();
        assertThat(story(c.check(STORY + ". Shared with permission from her family.")))
                .as("a family's word passed on is no written authorisation").isNotEmpty();
    }

    @Test
    void aColleaguesRetirementIsNotRaisedButAPatientsIs() {
        Scripted d = new Scripted(OptionalDouble.of(0.93), List.of("Birdie Kowalczyk"), List.of());
        PostChecker c = checker(d, Policy.defaults());
        assertThat(story(c.check("Can't believe Birdie Kowalczyk is retiring after 31 years at our front desk! "
                + "Party Friday in the lounge"))).as("a colleague's retirement").isEmpty();
        assertThat(c.check("Birdie Kowalczyk, retired after 31 years as a teacher, was admitted with chest pain "
                + "tonight").isBlocked()).as("a patient who is retired").isTrue();
    }

    @Test
    void aPetsNameIsNotRaised() {
        Scripted d = new Scripted(OptionalDouble.of(0.93), List.of("Biscuit", "Birdie Kowalczyk"), List.of());
        PostChecker c = checker(d, Policy.defaults());
        assertThat(story(c.check("Guess who came to the rehab gym today? Biscuit the golden retriever, and everyone "
                + "finally smiled after a long week"))).as("a therapy dog").isEmpty();
        assertThat(c.check("Guess who came to the rehab gym today? Birdie Kowalczyk, and everyone finally "
                + "smiled after a long week").isBlocked()).as("a person").isTrue();
    }

    @Test
    void onTheSameCharactersAnotherRulesFindingWins() {
        String text = "Birdie finally went home to 418 Cranberry Lane, Wapakoneta OH 45895 after the drain came out";
        // the entity finder calls the street a person; the story rule's more confident finding on it
        // (0.97) still yields to the other rules' findings there
        Scripted d = new Scripted(OptionalDouble.of(0.97), List.of("Cranberry Lane"), List.of());
        CheckResult r = checker(d, Policy.defaults()).check(text);
        List<Finding> onStreet = r.findings().stream()
                .filter(f -> f.start() <= text.indexOf("Cranberry") && f.end() > text.indexOf("Cranberry")).toList();
        assertThat(onStreet).isNotEmpty().noneMatch(f -> f.ruleId().equals(StoryRule.ID))
                .allMatch(f -> f.confidence() < 0.97);
    }

    @Test
    void belowTheThresholdOrWithoutAScoreTheRuleIsSilent() {
        List<String> person = List.of("Birdie Kowalczyk");
        assertThat(story(checker(new Scripted(OptionalDouble.of(0.79), person, List.of()), Policy.defaults())
                .check(STORY))).isEmpty();
        assertThat(story(checker(new Scripted(OptionalDouble.empty(), person, List.of()), Policy.defaults())
                .check(STORY))).isEmpty();
        // a score and no entity: nothing to point at, so nothing is reported
        assertThat(story(checker(new Scripted(OptionalDouble.of(0.99), List.of(), List.of()), Policy.defaults())
                .check(STORY))).isEmpty();
    }

    @Test
    void thePolicySetsTheThresholdAndCanTurnTheRuleOff() {
        Scripted d = new Scripted(OptionalDouble.of(0.65), List.of("Birdie Kowalczyk"), List.of());
        Policy lower = Policy.defaults().toBuilder().patientStory(new Policy.PatientStory(0.6, 0.05)).build();
        assertThat(story(checker(d, lower).check(STORY))).hasSize(1);
        assertThat(story(checker(d, Policy.defaults()).check(STORY))).isEmpty();
        Policy off = Policy.defaults().toBuilder()
                .rule(StoryRule.ID, new Policy.RuleSetting(false, null, null, null)).build();
        Scripted sure = new Scripted(OptionalDouble.of(0.99), List.of("Birdie Kowalczyk"), List.of());
        assertThat(story(checker(sure, off).check(STORY))).isEmpty();
        Policy warn = Policy.defaults().toBuilder()
                .rule(StoryRule.ID, new Policy.RuleSetting(null, Severity.WARN, null, null)).build();
        assertThat(story(checker(d, warn).check(STORY))).isEmpty();
        assertThat(story(checker(sure, warn).check(STORY))).extracting(Finding::severity)
                .containsExactly(Severity.WARN);
    }

    @Test
    void organisationsAreNeverRaisedAndTheAllowListStillApplies() {
        Scripted d = new Scripted(OptionalDouble.of(0.95), List.of("Birdie Kowalczyk"), List.of()) {
            @Override
            public List<Entity> detect(Post post) {
                List<Entity> out = new ArrayList<>(super.detect(post));
                int at = post.normalized().indexOf("Wapakoneta");
                out.add(new Entity(Entity.Label.ORGANIZATION, at, at + "Wapakoneta".length(), 0.9, "scripted"));
                return out;
            }
        };
        Policy allowed = Policy.defaults().toBuilder()
                .allow(new Policy.AllowList(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                        java.util.Set.of(), java.util.Set.of("Birdie Kowalczyk"), java.util.Set.of()))
                .build();
        assertThat(story(checker(d, Policy.defaults()).check(STORY))).extracting(Finding::type)
                .containsExactly(FindingType.NAME);
        assertThat(story(checker(d, allowed).check(STORY))).isEmpty();
    }

    // a post the context rules block on a name beside patient cues, with no identifier
    private static final String CONTEXT_ONLY = "Rosalind Achebe came in with chest pain and went home today";

    private static List<Finding> blocks(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    }

    @Test
    void contextOnlyBlocksOfAPostTheModelReadsAsNoPatientStoryBecomeWarnings() {
        PostChecker bare = PostChecker.builder().discoverServices(false).build();
        assertThat(blocks(bare.check(CONTEXT_ONLY))).isNotEmpty()
                .allMatch(f -> StoryRule.CONTEXT_JUDGMENTS.contains(f.ruleId()));
        Scripted doubtful = new Scripted(OptionalDouble.of(0.01), List.of(), List.of());
        CheckResult r = checker(doubtful, Policy.defaults()).check(CONTEXT_ONLY);
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
        assertThat(r.findings()).filteredOn(f -> StoryRule.CONTEXT_JUDGMENTS.contains(f.ruleId())).isNotEmpty()
                .allMatch(f -> f.severity() == Severity.WARN)
                .allMatch(f -> f.reasons().stream().anyMatch(s -> s.contains("0.01") && s.contains("below 0.10")));
        // a name in a patient pattern ("Pt Rosalind Achebe") is a judgment of context too: doubted the same way
        CheckResult pattern = checker(doubtful, Policy.defaults()).check("Pt " + CONTEXT_ONLY);
        assertThat(pattern.verdict()).isEqualTo(Verdict.WARN);
        assertThat(pattern.findings()).extracting(Finding::ruleId).contains("phi.name");
        // an identifier beside it is not: the post stays blocked
        assertThat(checker(doubtful, Policy.defaults()).check("Pt " + CONTEXT_ONLY + ", MRN 00482913").verdict())
                .isEqualTo(Verdict.BLOCK);
        // at the threshold, or with doubt turned off, the blocks stand
        double threshold = Policy.PatientStory.DEFAULTS.doubtBelow();
        assertThat(checker(new Scripted(OptionalDouble.of(threshold), List.of(), List.of()), Policy.defaults())
                .check(CONTEXT_ONLY).verdict()).isEqualTo(Verdict.BLOCK);
        Policy noDoubt = Policy.defaults().toBuilder().patientStory(new Policy.PatientStory(0.8, 0)).build();
        assertThat(checker(doubtful, noDoubt).check(CONTEXT_ONLY).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void contactOnlyBlocksOfAPostTheModelReadsAsNoPatientStoryBecomeWarnings() {
        PostChecker bare = PostChecker.builder().discoverServices(false).build();
        Scripted doubtful = new Scripted(OptionalDouble.of(0.02), List.of(), List.of());
        Scripted story = new Scripted(OptionalDouble.of(0.6), List.of(), List.of());
        for (String post : List.of("Vendor fair Saturday! Booth sign-ups: Marta Ruiz, 617-555-0142",
                "Carpool to the conference: ping jo.pike@gmail.com",
                "Text me at 617-555-0142 if the rash spreads")) {
            assertThat(blocks(bare.check(post))).as(post).isNotEmpty()
                    .allMatch(f -> StoryRule.CONTACTS.contains(f.ruleId()));
            CheckResult r = checker(doubtful, Policy.defaults()).check(post);
            assertThat(r.verdict()).as(post).isEqualTo(Verdict.WARN);
            assertThat(r.findings()).filteredOn(f -> StoryRule.CONTACTS.contains(f.ruleId())).isNotEmpty()
                    .allMatch(f -> f.severity() == Severity.WARN)
                    .allMatch(f -> f.reasons().stream().anyMatch(s -> s.contains("below 0.10")));
            // a post that may be about a patient keeps its contact blocked
            assertThat(checker(story, Policy.defaults()).check(post).verdict()).as(post).isEqualTo(Verdict.BLOCK);
        }
        // a contact beside a name from context is not doubted, nor is either of them
        String both = CONTEXT_ONLY + ", her number 617-555-0142";
        assertThat(blocks(bare.check(both))).extracting(Finding::ruleId).contains("phi.phone", "phi.name.context");
        assertThat(checker(doubtful, Policy.defaults()).check(both).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void theDoubtedRulesAreBuiltInRules() {
        assertThat(BuiltInRules.create(Policy.defaults()).stream().map(org.primum.policy.spi.Rule::id))
                .containsAll(StoryRule.CONTEXT_JUDGMENTS).containsAll(StoryRule.CONTACTS);
    }

    @Test
    void anIdentifierKeepsThePostBlockedWhateverTheModelSays() {
        Scripted doubtful = new Scripted(OptionalDouble.of(0.0), List.of(), List.of());
        String text = CONTEXT_ONLY + ", MRN 00482913";
        CheckResult r = checker(doubtful, Policy.defaults()).check(text);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(blocks(r)).extracting(Finding::type).contains(FindingType.MRN);
        // nothing is downgraded when a block does not rest on context alone
        assertThat(r.findings()).noneMatch(f -> f.reasons().stream().anyMatch(s -> s.contains("a warning, not a block")));
    }

    // two quasi-identifiers about one patient: a warning from the rules alone
    private static final String TWO_DETAILS = "my pt, a retired lighthouse keeper in his 80s, is finally off oxygen";

    @Test
    void aRulesOwnWarningOnAPostThatReadsLikeAPatientStoryBecomesABlock() {
        PostChecker bare = PostChecker.builder().discoverServices(false).build();
        CheckResult alone = bare.check(TWO_DETAILS);
        assertThat(alone.verdict()).isEqualTo(Verdict.WARN);
        assertThat(alone.findings()).anyMatch(f -> f.ruleId().equals("phi.quasi_id.partial"));

        CheckResult story = checker(new Scripted(OptionalDouble.of(0.91), List.of(), List.of()), Policy.defaults())
                .check(TWO_DETAILS);
        assertThat(story.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(story.findings()).filteredOn(f -> f.ruleId().equals("phi.quasi_id.partial")).isNotEmpty()
                .allMatch(f -> f.severity() == Severity.BLOCK)
                .allMatch(f -> f.reasons().stream().anyMatch(r -> r.contains("a block, not a warning")));
        // under the threshold it stays a warning
        assertThat(checker(new Scripted(OptionalDouble.of(0.79), List.of(), List.of()), Policy.defaults())
                .check(TWO_DETAILS).verdict()).isEqualTo(Verdict.WARN);
        // a warning the policy asks for is the team's choice, not the rule's: it stays a warning
        Policy warnOnPurpose = Policy.defaults().toBuilder()
                .rule("phi.quasi_id.partial", new Policy.RuleSetting(null, Severity.WARN, null, null)).build();
        assertThat(checker(new Scripted(OptionalDouble.of(0.99), List.of(), List.of()), warnOnPurpose)
                .check(TWO_DETAILS).verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void withoutADetectorThatScoresPostsNothingIsDoubted() {
        CheckResult r = checker(new Scripted(OptionalDouble.empty(), List.of(), List.of()), Policy.defaults())
                .check(CONTEXT_ONLY);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void postsInOtherLanguagesAreAskedWithTheirLanguage() {
        Scripted d = new Scripted(OptionalDouble.empty(), List.of("Lucía"), List.of());
        checker(d, Policy.defaults()).check(org.primum.policy.Draft.builder("Hoy vino Lucía a la consulta")
                .language("es").build());
        assertThat(d.asked).containsExactly("es");
    }
}
