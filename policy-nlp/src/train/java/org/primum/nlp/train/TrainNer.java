package org.primum.nlp.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Regenerates the training data and trains (or re-trains and checks) the committed name-finder model.
 *
 * <pre>
 * mvn -B -Ptrain-models  -pl policy-nlp -am process-test-classes   # writes a new model and its .properties
 * mvn -B -Pverify-models -pl policy-nlp -am verify                 # retrains in memory, compares hashes
 * </pre>
 *
 * Arguments: {@code train|verify} and the module directory.
 */
public final class TrainNer {

    public static final String MODEL = "org/primum/nlp/en-ner-primum.bin";
    public static final String INFO = "org/primum/nlp/en-ner-primum.properties";

    private TrainNer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("train") || args[0].equals("verify"))) {
            System.err.println("usage: TrainNer train|verify <policy-nlp module dir>");
            System.exit(2);
        }
        Path resources = Path.of(args[1], "src", "main", "resources");
        long t0 = System.nanoTime();
        List<TrainingDataGenerator.Example> posts =
                new TrainingDataGenerator(TrainingDataGenerator.SEED).generate(NerTraining.TRAIN_POSTS);
        String generatorHash = NerTraining.generatorHash(posts);
        List<NameSample> samples = NerTraining.samples(posts);
        Dictionary common = NerTraining.commonWords();
        String inputHash = NerTraining.inputHash(samples, common);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generated %d posts, %d sentences, %d common words in %.1f s; input %s%n",
                posts.size(), samples.size(), common.size(), (t1 - t0) / 1e9, inputHash);

        Properties committed = new Properties();
        Path info = resources.resolve(INFO);
        if (args[0].equals("verify")) {
            try (var in = Files.newInputStream(info)) {
                committed.load(in);
            }
            if (!generatorHash.equals(committed.getProperty("generator.sha256"))) {
                fail("generated training posts changed (generator, templates, lexicon snapshot or datafaker): "
                        + "expected " + committed.getProperty("generator.sha256") + ", got " + generatorHash);
            }
            if (!inputHash.equals(committed.getProperty("input.sha256"))) {
                fail("training input changed although the generated posts did not: core's normaliser or "
                        + "tokenizer splits them differently now: expected " + committed.getProperty("input.sha256")
                        + ", got " + inputHash);
            }
        }

        TokenNameFinderModel model = NerTraining.train(samples, common);
        long t2 = System.nanoTime();
        byte[] bytes = NerTraining.serialize(model);
        String modelHash = NerTraining.modelHash(bytes);
        double seconds = (t2 - t1) / 1e9;
        System.out.printf(Locale.ROOT, "trained in %.1f s (process CPU so far %.0f s), %d bytes, model %s%n", seconds,
                cpuSeconds(), bytes.length, modelHash);

        if (args[0].equals("verify")) {
            String fileHash = NerTraining.modelHash(Files.readAllBytes(resources.resolve(MODEL)));
            if (!modelHash.equals(committed.getProperty("model.sha256")) || !modelHash.equals(fileHash)) {
                fail("retrained model differs from the committed one: committed file " + fileHash
                        + ", recorded " + committed.getProperty("model.sha256") + ", retrained " + modelHash);
            }
            System.out.println("verify-models: committed model matches its training code");
            return;
        }
        Files.write(resources.resolve(MODEL), bytes);
        String props = "# Written by org.primum.nlp.train.TrainNer: what the committed name-finder model was trained on.\n"
                + "# generator.sha256: generated posts, text and spans (checked by NerModelTest in every build)\n"
                + "# input.sha256: tokenised samples + common words + features + parameters (checked by -Pverify-models)\n"
                + "# model.sha256: model zip entries except the manifest (checked by -Pverify-models)\n"
                + "generator.sha256=" + generatorHash + "\n"
                + "input.sha256=" + inputHash + "\n"
                + "model.sha256=" + modelHash + "\n"
                + "seed=" + TrainingDataGenerator.SEED + "\n"
                + "posts=" + posts.size() + "\n"
                + "sentences=" + samples.size() + "\n"
                + "common.words=" + common.size() + "\n"
                + "iterations=" + NerTraining.ITERATIONS + "\n"
                + "cutoff=" + NerTraining.CUTOFF + "\n"
                + "training.seconds=" + String.format(Locale.ROOT, "%.0f", seconds) + "\n"
                + "model.bytes=" + bytes.length + "\n";
        Files.writeString(info, props, StandardCharsets.UTF_8);
        System.out.println("wrote " + resources.resolve(MODEL) + " and " + info);
    }

    private static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static void fail(String message) {
        System.err.println("verify-models FAILED: " + message);
        System.err.println("retrain with: mvn -B -Ptrain-models -pl policy-nlp -am process-test-classes");
        System.exit(1);
    }
}
