package org.primum.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;

/**
 * Does the patient-story model generalise better with more authors to learn from, and which
 * thresholds suit it? Leave-one-corpus-out over the corpora written by authors who saw neither
 * the rules nor the other corpora (dev14 .. dev19): for each, a model trained without it scores
 * it, and the checker's decision is simulated post by post from the rules' findings (phi.story
 * off, doubt off), the post's person and place entities and the score:
 * block = (rules block and not (every PHI block is a judgment of context and score < doubtBelow))
 * or (score >= blockAt and a person or place entity). Figures only: no post is printed.
 *
 * <p>Two training sets: A, the shipped one ({@link WordingModelTrainer#trainingSet}: dev .. dev13, even
 * ids of dev14 and dev15), and B, every post of dev .. dev19. Never read: test.jsonl and dev20 on.
 *
 * <p>Run (after {@code mvn -q -B -pl policy-nlp -am test-compile}, class path as in the README's
 * "Measure with" block): {@code java -cp "$CP" org.primum.nlp.StoryModelExperiment
 * policy-core/src/test/resources/corpus [variants|models]}: without a mode, training sets A and B over
 * a grid of thresholds; {@code variants}, changes to the decision at the shipped thresholds;
 * {@code models}, other features and training parameters.
 */
final class StoryModelExperiment {

    private static final List<String> NEW_AUTHORS = List.of("dev14", "dev15", "dev16", "dev17", "dev18", "dev19");
    private static final double[] BLOCK_AT = {0.7, 0.75, 0.8, 0.85, 0.9};
    private static final double[] DOUBT_BELOW = {0, 0.02, 0.05, 0.1};

    /** One post with what the rules and the entity finder said about it. */
    record Item(String corpus, boolean odd, String lower, boolean phi, boolean clean, boolean rulesBlock,
            boolean contextOnly, boolean otherBlock, boolean entity, boolean softOnly, boolean phiWarn) {}

    /** Variants of the decision, each a change to the shipped one (A model, blockAt 0.8, doubtBelow 0.05). */
    private static final List<String> VARIANTS = List.of("shipped", "doubt also name/date/age/care", "warn->block at blockAt",
            "both");

    private static final Set<String> SOFT = Set.of("phi.name", "phi.date", "phi.age", "phi.care_relationship");

    private StoryModelExperiment() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> all = new ArrayList<>(WordingModelTrainer.WHOLE);
        all.addAll(NEW_AUTHORS);
        List<WordingModelTrainer.Example> examples = WordingModelTrainer.load(dir, all);
        List<Item> items = items(examples);
        if (args.length > 1 && args[1].equals("variants")) {
            variants(examples, items);
            return;
        }
        if (args.length > 1 && args[1].equals("models")) {
            models(examples, items);
            return;
        }
        for (String variant : List.of("A", "B")) {
            // per threshold pair: PHI blocked, PHI posts, clean blocked, clean posts (pooled over held-out corpora)
            int[][][] pooled = new int[BLOCK_AT.length][DOUBT_BELOW.length][4];
            int[] base = new int[4];
            for (String held : NEW_AUTHORS) {
                List<WordingModelTrainer.Example> train = trainingSet(examples, variant.equals("A"), held);
                WordingModel model = new WordingModel(WordingModelTrainer.train(train, WordingModelTrainer.Label.STORY));
                List<Item> test = items.stream().filter(i -> i.corpus().equals(held)).toList();
                double[] scores = test.stream().mapToDouble(i -> model.score(i.lower())).toArray();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s LOCO %-5s (%3d train)", variant,
                        held, train.size()));
                int[] b = tally(test, scores, -1, -1);
                add(base, b);
                line.append(String.format(Locale.ROOT, " rules PHI %d/%d clean %d/%d |", b[0], b[1], b[2], b[3]));
                for (int t = 0; t < BLOCK_AT.length; t++) {
                    for (int d = 0; d < DOUBT_BELOW.length; d++) {
                        int[] r = tally(test, scores, BLOCK_AT[t], DOUBT_BELOW[d]);
                        add(pooled[t][d], r);
                        if (DOUBT_BELOW[d] == 0.05) {
                            line.append(String.format(Locale.ROOT, " t%.2f: %d/%d", BLOCK_AT[t], r[0], r[2]));
                        }
                    }
                }
                System.out.println(line);
            }
            System.out.printf(Locale.ROOT, "%s pooled dev14-19, rules alone: PHI %d/%d, clean blocked %d/%d%n", variant,
                    base[0], base[1], base[2], base[3]);
            for (int t = 0; t < BLOCK_AT.length; t++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s pooled blockAt %.2f:", variant,
                        BLOCK_AT[t]));
                for (int d = 0; d < DOUBT_BELOW.length; d++) {
                    int[] r = pooled[t][d];
                    line.append(String.format(Locale.ROOT, "  doubt<%.2f PHI %d clean %d", DOUBT_BELOW[d], r[0], r[2]));
                }
                System.out.println(line);
            }
        }
    }

    /** LOCO over dev14-19 with the A training set: each variant at the shipped thresholds. */
    static void variants(List<WordingModelTrainer.Example> examples, List<Item> items) throws IOException {
        int[][] pooled = new int[VARIANTS.size()][4];
        for (String held : NEW_AUTHORS) {
            List<WordingModelTrainer.Example> train = trainingSet(examples, true, held);
            WordingModel model = new WordingModel(WordingModelTrainer.train(train, WordingModelTrainer.Label.STORY));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "variants LOCO %-5s", held));
            for (int v = 0; v < VARIANTS.size(); v++) {
                int[] r = new int[4];
                for (Item it : items) {
                    if (!it.corpus().equals(held)) {
                        continue;
                    }
                    double p = model.score(it.lower());
                    boolean wideDoubt = v == 1 || v == 3;
                    boolean upgrade = v == 2 || v == 3;
                    boolean doubted = (wideDoubt ? it.softOnly() : it.contextOnly()) && p < 0.05;
                    boolean block = (it.rulesBlock() && !doubted) || it.otherBlock() || (p >= 0.8 && it.entity())
                            || (upgrade && it.phiWarn() && p >= 0.8);
                    count(r, it, block);
                }
                add(pooled[v], r);
                line.append(String.format(Locale.ROOT, " | %s: %d/%d", VARIANTS.get(v), r[0], r[2]));
            }
            System.out.println(line);
        }
        for (int v = 0; v < VARIANTS.size(); v++) {
            System.out.printf(Locale.ROOT, "variants pooled %-32s PHI %d/%d clean blocked %d/%d%n", VARIANTS.get(v),
                    pooled[v][0], pooled[v][1], pooled[v][2], pooled[v][3]);
        }
    }

    /** A way to train and score: features and training parameters. */
    record ModelVariant(String name, java.util.function.Function<String, String[]> features, int iterations,
            int cutoff) {}

    /** Words, pairs and word triples. */
    static String[] withTrigrams(String lower) {
        String[] base = WordingModel.features(lower);
        List<String> words = new ArrayList<>();
        for (String f : base) {
            if (f.startsWith("w=")) {
                words.add(f.substring(2));
            }
        }
        List<String> out = new ArrayList<>(List.of(base));
        for (int i = 2; i < words.size(); i++) {
            out.add("t=" + words.get(i - 2) + "_" + words.get(i - 1) + "_" + words.get(i));
        }
        return out.toArray(String[]::new);
    }

    /** Words only. */
    static String[] wordsOnly(String lower) {
        return java.util.Arrays.stream(WordingModel.features(lower)).filter(f -> f.startsWith("w=")).toArray(String[]::new);
    }

    /** Words, pairs, and each word's first five letters (typos, inflections). */
    static String[] withStems(String lower) {
        List<String> out = new ArrayList<>(List.of(WordingModel.features(lower)));
        for (String f : WordingModel.features(lower)) {
            if (f.startsWith("w=") && f.length() > 7) {
                out.add("s=" + f.substring(2, 7));
            }
        }
        return out.toArray(String[]::new);
    }

    /** LOCO over dev14-19 with the A training set: each model variant at the shipped thresholds, and its AUC. */
    static void models(List<WordingModelTrainer.Example> examples, List<Item> items) throws IOException {
        List<ModelVariant> variants = List.of(
                new ModelVariant("shipped (w+b, 200 it, cutoff 2)", WordingModel::features, 200, 2),
                new ModelVariant("cutoff 1", WordingModel::features, 200, 1),
                new ModelVariant("cutoff 3", WordingModel::features, 200, 3),
                new ModelVariant("100 iterations", WordingModel::features, 100, 2),
                new ModelVariant("400 iterations", WordingModel::features, 400, 2),
                new ModelVariant("words only", StoryModelExperiment::wordsOnly, 200, 2),
                new ModelVariant("+ trigrams", StoryModelExperiment::withTrigrams, 200, 2),
                new ModelVariant("+ 5-letter stems", StoryModelExperiment::withStems, 200, 2));
        for (ModelVariant mv : variants) {
            int[] pooled = new int[4];
            long concordant = 0;
            long pairs = 0;
            StringBuilder per = new StringBuilder();
            for (String held : NEW_AUTHORS) {
                List<WordingModelTrainer.Example> train = trainingSet(examples, true, held);
                opennlp.tools.ml.model.MaxentModel m = WordingModelTrainer.train(train, WordingModelTrainer.Label.STORY, mv.features(), mv.iterations(),
                        mv.cutoff());
                int yes = m.getIndex(WordingModel.YES);
                List<Double> phiScores = new ArrayList<>();
                List<Double> otherScores = new ArrayList<>();
                int[] r = new int[4];
                for (Item it : items) {
                    if (!it.corpus().equals(held)) {
                        continue;
                    }
                    double p = m.eval(mv.features().apply(it.lower()))[yes];
                    (it.phi() ? phiScores : otherScores).add(p);
                    boolean doubted = it.contextOnly() && p < 0.05;
                    boolean block = (it.rulesBlock() && !doubted) || it.otherBlock() || (p >= 0.8 && it.entity())
                            || (it.phiWarn() && p >= 0.8);
                    count(r, it, block);
                }
                for (double a : phiScores) {
                    for (double b : otherScores) {
                        pairs++;
                        concordant += a > b ? 2 : a == b ? 1 : 0;
                    }
                }
                add(pooled, r);
                per.append(String.format(Locale.ROOT, " %s %d/%d", held, r[0], r[2]));
            }
            System.out.printf(Locale.ROOT, "%-34s AUC %.4f  pooled PHI %d/%d clean %d/%d |%s%n", mv.name(),
                    concordant / (2.0 * pairs), pooled[0], pooled[1], pooled[2], pooled[3], per);
        }
    }

    /** Training set A (the shipped one) or B (every post of dev .. dev19), without corpus {@code held}. */
    private static List<WordingModelTrainer.Example> trainingSet(List<WordingModelTrainer.Example> examples, boolean a,
            String held) {
        List<WordingModelTrainer.Example> train = new ArrayList<>();
        for (WordingModelTrainer.Example e : examples) {
            boolean inA = WordingModelTrainer.WHOLE.contains(e.corpus())
                    || (WordingModelTrainer.HALVED.contains(e.corpus()) && !e.odd());
            if ((!a || inA) && !e.corpus().equals(held)) {
                train.add(e);
            }
        }
        return train;
    }

    /** Adds one post to a tally of PHI blocked, PHI posts, clean blocked, clean posts. */
    private static void count(int[] r, Item it, boolean block) {
        if (it.phi()) {
            r[1]++;
            r[0] += block ? 1 : 0;
        }
        if (it.clean()) {
            r[3]++;
            r[2] += block ? 1 : 0;
        }
    }

    private static void add(int[] into, int[] r) {
        for (int i = 0; i < into.length; i++) {
            into[i] += r[i];
        }
    }

    /** PHI blocked, PHI posts, clean blocked, clean posts; blockAt < 0 means the rules alone. */
    private static int[] tally(List<Item> test, double[] scores, double blockAt, double doubtBelow) {
        int[] r = new int[4];
        for (int i = 0; i < test.size(); i++) {
            Item it = test.get(i);
            double p = scores[i];
            boolean block;
            if (blockAt < 0) {
                block = it.rulesBlock() || it.otherBlock();
            } else {
                boolean phiBlock = it.rulesBlock() && !(it.contextOnly() && p < doubtBelow);
                block = phiBlock || it.otherBlock() || (p >= blockAt && it.entity());
            }
            count(r, it, block);
        }
        return r;
    }

    private static List<Item> items(List<WordingModelTrainer.Example> examples) throws IOException {
        Policy rulesOnly = Policy.defaults().toBuilder()
                .rule("phi.story", new Policy.RuleSetting(false, null, null, null))
                .patientStory(new Policy.PatientStory(1.0, 0)).build();
        PostChecker checker = PostChecker.builder().policy(rulesOnly).discoverServices(true).build();
        Set<String> context = Set.of("phi.name.context", "phi.location.context", "phi.location.person", "phi.quasi_id");
        List<Item> out = new ArrayList<>();
        for (WordingModelTrainer.Example e : examples) {
            if (!NEW_AUTHORS.contains(e.corpus())) {
                out.add(new Item(e.corpus(), e.odd(), e.lower(), e.phi(), false, false, false, false, false, false,
                        false));
                continue;
            }
            String text = e.text();
            CheckResult r = checker.check(text);
            boolean phiBlock = false;
            boolean contextOnly = true;
            boolean softOnly = true;
            boolean other = false;
            boolean phiWarn = false;
            for (Finding f : r.findings()) {
                phiWarn |= f.category() == Category.PHI && f.severity() == Severity.WARN;
                if (f.severity() != Severity.BLOCK) {
                    continue;
                }
                softOnly &= f.category() != Category.PHI || context.contains(f.ruleId()) || SOFT.contains(f.ruleId());
                if (f.category() == Category.PHI) {
                    phiBlock = true;
                    contextOnly &= context.contains(f.ruleId());
                } else {
                    other = true;
                }
            }
            Post post = checker.analyze(Draft.of(text));
            boolean entity = false;
            for (Entity en : post.entities()) {
                entity |= en.label() == Entity.Label.PERSON || en.label() == Entity.Label.LOCATION;
            }
            out.add(new Item(e.corpus(), e.odd(), e.lower(), e.phi(), e.clean(), phiBlock, phiBlock && contextOnly,
                    other, entity, phiBlock && softOnly, phiWarn));
        }
        return out;
    }
}
