package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.primum.nlp.train.NerTraining;
import org.primum.nlp.train.TrainNer;
import org.primum.nlp.train.TrainingDataGenerator;

/**
 * The committed name-finder model: it loads, it was trained on what the generator makes today, and
 * it meets its recall floor on a held-out generated set. (That retraining reproduces the committed
 * model byte for byte is checked by {@code mvn -Pverify-models}, which is too slow for every build.)
 */
class NerModelTest {

    private static Properties info() throws IOException {
        Properties p = new Properties();
        try (InputStream in = NerModelTest.class.getClassLoader().getResourceAsStream(TrainNer.INFO)) {
            assertThat(in).as(TrainNer.INFO).isNotNull();
            p.load(in);
        }
        return p;
    }

    @Test
    void committedModelLoadsWithItsCommonWordList() {
        assertThat(Models.ner().getLanguage()).isEqualTo("en");
        Object common = Models.ner().getArtifact(NerTraining.COMMON_DICT);
        assertThat(common).isInstanceOf(Dictionary.class);
        assertThat(((Dictionary) common).size()).isGreaterThan(5_000);
    }

    /**
     * Fails when the generator, its templates, its lexicon snapshot or datafaker's data changed
     * since the committed model was trained: retrain with
     * {@code mvn -B -Ptrain-models -pl policy-nlp -am process-test-classes} and commit the model.
     * (Changes in core's tokenizer are caught by {@code -Pverify-models}, not here, so that core can
     * evolve without retraining on every commit.)
     */
    @Test
    void committedModelWasTrainedOnTodaysGeneratedData() throws IOException {
        String hash = NerTraining.generatorHash(
                new TrainingDataGenerator(TrainingDataGenerator.SEED).generate(NerTraining.TRAIN_POSTS));
        assertThat(hash)
                .as("training input changed: retrain with mvn -B -Ptrain-models -pl policy-nlp -am process-test-classes")
                .isEqualTo(info().getProperty("generator.sha256"));
    }

    @Test
    void meetsItsRecallFloorOnHeldOutGeneratedPosts() {
        List<NameSample> heldOut = NerTraining.samples(
                new TrainingDataGenerator(TrainingDataGenerator.HELD_OUT_SEED).generate(NerTraining.HELD_OUT_POSTS));
        NameFinderME finder = new NameFinderME(Models.ner());
        Map<String, int[]> counts = new HashMap<>();
        for (NameSample s : heldOut) {
            if (s.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(s.getSentence());
            for (Span gold : s.getNames()) {
                int[] c = counts.computeIfAbsent(gold.getType(), k -> new int[2]);
                c[0]++;
                for (Span f : found) {
                    if (f.getType().equals(gold.getType()) && f.intersects(gold)) {
                        c[1]++;
                        break;
                    }
                }
            }
        }
        assertThat(counts.get("person")[0]).isGreaterThan(500);
        assertThat(recall(counts, "person")).as("person recall").isGreaterThanOrEqualTo(0.95);
        assertThat(recall(counts, "location")).as("location recall").isGreaterThanOrEqualTo(0.90);
        assertThat(recall(counts, "organization")).as("organization recall").isGreaterThanOrEqualTo(0.90);
    }

    private static double recall(Map<String, int[]> counts, String type) {
        int[] c = counts.get(type);
        return (double) c[1] / c[0];
    }
}
