package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wording models the build trains ({@link WordingModelTrainer}): each is on the class path, is
 * what the training code makes of the corpora, and separates its posts (patient stories; personal
 * advice) from the rest on the check halves it was not trained on (odd ids of dev14 and dev15,
 * written by authors none of the training corpora came from).
 */
class WordingModelTest {

    static final Path CORPORA = Path.of("..", "policy-core", "src", "test", "resources", "corpus");

    private static final double ADVICE_AUC_FLOOR = 0.97;
    private static final double ADVICE_HIGH_FLOOR = 0.6;

    private static List<WordingModelTrainer.Example> check;

    @BeforeAll
    static void loadCheckHalves() throws IOException {
        check = WordingModelTrainer.load(CORPORA, WordingModelTrainer.HALVED).stream()
                .filter(WordingModelTrainer.Example::odd).toList();
    }

    @Test
    void theModelsOnTheClassPathAreWhatTheTrainingCodeMakesOfTheCorpora() throws IOException {
        assertThat(check).hasSizeGreaterThan(150);
        List<WordingModelTrainer.Example> train = WordingModelTrainer.trainingSet(CORPORA);
        for (WordingModelTrainer.Label label : WordingModelTrainer.Label.values()) {
            WordingModel shipped = label == WordingModelTrainer.Label.STORY ? Models.story() : Models.advice();
            WordingModel retrained = new WordingModel(WordingModelTrainer.train(train, label));
            for (WordingModelTrainer.Example e : check) {
                assertThat(shipped.score(e.lower())).as(label + " " + e.corpus()).isEqualTo(retrained.score(e.lower()));
            }
        }
    }

    @Test
    void separatesPatientPostsOnTheHalvesItWasNotTrainedOn() {
        Separation s = separation(Models.story(), WordingModelTrainer.Label.STORY, 0.8);
        // measured when the model was added: AUC 0.965, 62/85 patient posts and 1/115 others at >= 0.8
        assertThat(s.auc()).isGreaterThan(0.93);
        assertThat(s.yesHigh()).isGreaterThan(0.6);
        assertThat(s.otherHigh()).isLessThan(0.05);
    }

    @Test
    void separatesPersonalAdviceOnTheHalvesItWasNotTrainedOn() {
        Separation s = separation(Models.advice(), WordingModelTrainer.Label.ADVICE, 0.8);
        // measured when the model was added: AUC 0.997, 15/18 advice posts and 0/182 others at >= 0.8
        assertThat(s.auc()).isGreaterThan(ADVICE_AUC_FLOOR);
        assertThat(s.yesHigh()).isGreaterThan(ADVICE_HIGH_FLOOR);
        assertThat(s.otherHigh()).isLessThan(0.02);
    }

    /** AUC, and the shares of yes posts and of the others scored at or above {@code high}. */
    record Separation(double auc, double yesHigh, double otherHigh) {}

    private static Separation separation(WordingModel model, WordingModelTrainer.Label label, double high) {
        double[] yes = check.stream().filter(label::of).mapToDouble(e -> model.score(e.lower())).toArray();
        double[] other = check.stream().filter(e -> !label.of(e)).mapToDouble(e -> model.score(e.lower())).toArray();
        long concordant = 0;
        for (double p : yes) {
            for (double o : other) {
                concordant += p > o ? 2 : p == o ? 1 : 0;
            }
        }
        double auc = concordant / (2.0 * yes.length * other.length);
        long yesHigh = java.util.Arrays.stream(yes).filter(p -> p >= high).count();
        long otherHigh = java.util.Arrays.stream(other).filter(p -> p >= high).count();
        System.out.printf(Locale.ROOT, "%s model on dev14/dev15 odd ids: AUC %.3f; score >= %.2f: %d/%d yes posts,"
                + " %d/%d others%n", label, auc, high, yesHigh, yes.length, otherHigh, other.length);
        return new Separation(auc, (double) yesHigh / yes.length, (double) otherHigh / other.length);
    }

    @Test
    void featuresAreWordsAndWordPairsWithDigitsFolded() {
        assertThat(WordingModel.features("pt's bp 120/80, don\u2019t — ok"))
                .containsExactly("w=pt's", "w=bp", "b=pt's_bp", "w=000", "b=bp_000", "w=00", "b=000_00",
                        "w=don't", "b=00_don't", "w=ok", "b=don't_ok");
        assertThat(WordingModel.features("")).isEmpty();
        assertThat(WordingModel.features("'' -- ''")).isEmpty();
        // an apostrophe not followed by a letter ends the word
        assertThat(WordingModel.features("nurses' station")).containsExactly("w=nurses", "w=station",
                "b=nurses_station");
    }

    @Test
    void scoresAnyTextWithoutFailing() {
        for (WordingModel model : List.of(Models.story(), Models.advice())) {
            scoresAnyTextWithoutFailing(model);
        }
    }

    private static void scoresAnyTextWithoutFailing(WordingModel model) {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int k = 0; k < n; k++) {
                sb.append((char) random.nextInt(0x10000)); // broken surrogates too
            }
            double p = model.score(sb.toString());
            assertThat(p).isBetween(0.0, 1.0);
        }
    }
}
