package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Post;

class OpenNlpEntityDetectorTest {

    private final OpenNlpEntityDetector detector = new OpenNlpEntityDetector();

    private List<String> persons(String text) {
        Post post = Posts.analyze(text);
        return Posts.surfaces(post, detector.detect(post), Entity.Label.PERSON);
    }

    @Test
    void findsPatientNamesInClinicalSentences() {
        assertThat(persons("Admitted Theodora Vasquez overnight with a GI bleed, holding her apixaban"))
                .containsExactly("Theodora Vasquez");
        assertThat(persons("pt Gunnar Lindqvist in room 4 keeps asking for his metoprolol"))
                .containsExactly("Gunnar Lindqvist");
        assertThat(persons("Mrs. Abernathy is back again with CHF, third time this month"))
                .containsExactly("Abernathy");
        assertThat(persons("Spoke with Oluwaseun Adeyemi and his daughter about hospice today"))
                .contains("Oluwaseun Adeyemi");
    }

    @Test
    void findsNoPersonInCleanPosts() {
        assertThat(persons("Flu season is here. Wash your hands and get vaccinated this week!")).isEmpty();
        assertThat(persons("Metformin and lisinopril are on the formulary again. Thanks pharmacy team")).isEmpty();
        assertThat(persons("ICU was slammed tonight, 4 admits from the ED before midnight")).isEmpty();
        assertThat(persons("Monday clinic: lots of RSV, strep and asthma flares. Stay safe out there")).isEmpty();
    }

    @Test
    void findsPlacesAsLocations() {
        Post post = Posts.analyze("Our 80yo farmer from Kenosha came in with a broken hip after a fall on the ice");
        assertThat(Posts.surfaces(post, detector.detect(post), Entity.Label.LOCATION)).containsExactly("Kenosha");
    }

    @Test
    void offsetsPointAtTheNameInTextWithEmojiMentionsAndUrls() {
        String text = "🙏🏽 @NurseJo_RN pt Marisol Ocampo 💔 is in bed 3, see https://example.org/x?id=4 #nurselife "
                + "and call Rosalind Featherstone's son";
        Post post = Posts.analyze(text);
        List<Entity> found = detector.detect(post);
        List<String> persons = Posts.surfaces(post, found, Entity.Label.PERSON);
        assertThat(persons).containsExactly("Marisol Ocampo", "Rosalind Featherstone");
        for (Entity e : found) {
            int start = post.toOriginal(e.start());
            int end = post.toOriginal(e.end() - 1) + 1;
            assertThat(text.substring(start, end)).isEqualTo(Posts.surface(post, e));
            assertThat(Posts.surface(post, e)).doesNotContain("@", "#", "http", "🙏", "💔");
        }
    }

    @Test
    void cutsThePossessiveAndTheTitle() {
        assertThat(persons("Called Beatrix Holloway's pharmacy three times about her warfarin refill"))
                .containsExactly("Beatrix Holloway");
        assertThat(persons("Mr. Thorvaldsen refused his insulin again this morning"))
                .containsExactly("Thorvaldsen");
    }

    @Test
    void neverReportsMentionsHashtagsOrUrlsAsNames() {
        Post post = Posts.analyze("@MariaLopez #JohnSmith https://t.co/AnnaBell thanks for the support");
        assertThat(detector.detect(post)).isEmpty();
    }

    @Test
    void emptyAndPunctuationOnlyPostsHaveNoEntities() {
        assertThat(detector.detect(Posts.analyze(""))).isEmpty();
        assertThat(detector.detect(Posts.analyze("!!! ... 👍👍"))).isEmpty();
    }

    @Test
    void isRegisteredAsAServiceAndUsedByTheChecker() {
        assertThat(ServiceLoader.load(EntityDetector.class).stream().map(p -> p.type().getName()))
                .contains(OpenNlpEntityDetector.class.getName());
        assertThat(PostChecker.withDefaults().detectorNames()).contains("opennlp");
    }

    @Test
    void wordingScoresAreForEnglishOrAnUnknownLanguageOnly() {
        Post advice = Posts.analyze("@kay_runs honestly I'd stop the statin for a week and see if the aches go away");
        Post education = Posts.analyze("Statins lower LDL cholesterol; ask your doctor whether one fits you.");
        int n = advice.normalized().length();
        assertThat(detector.personalAdvice(advice, 0, n, "en")).isPresent();
        assertThat(detector.personalAdvice(advice, 0, n, "und")).isPresent();
        assertThat(detector.personalAdvice(advice, 0, n, "es")).isEmpty();
        assertThat(detector.patientStory(advice, "fr")).isEmpty();
        // the whole post, and a part of it, score in [0, 1]; advice to one reader outscores education
        double whole = detector.personalAdvice(advice, 0, n, "en").getAsDouble();
        double part = detector.personalAdvice(advice, 10, n, "en").getAsDouble();
        double general = detector.personalAdvice(education, 0, education.normalized().length(), "en").getAsDouble();
        assertThat(whole).isBetween(0.0, 1.0);
        assertThat(part).isBetween(0.0, 1.0);
        assertThat(whole).isGreaterThan(general);
    }
}
