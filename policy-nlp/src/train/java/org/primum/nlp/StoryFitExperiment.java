package org.primum.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.MaxentModel;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.spi.Entity;

/**
 * How many training passes should the patient-story model get, which blocks may its low scores
 * doubt, and below what score? The model is trained on the shipped training set
 * ({@link WordingModelTrainer#trainingSet}) with each number of passes, and scores posts that set
 * does not hold: the odd ids of dev14 .. dev31 (the check halves, written by eighteen authors who
 * saw neither the rules nor the other corpora), or the corpora named on the command line, whole.
 * The checker's decision is simulated post by post from the rules' findings (phi.story off, doubt
 * off), the post's person and place entities and the score, as {@code Pipeline.weighStory} makes it:
 * a post blocks when a PHI block stands (not every PHI block a doubtable judgment of context, or
 * only contacts, with the score below {@code doubtBelow}), when a rule outside PHI blocks, or when
 * the score reaches 0.8 and the post has a person or place entity or a PHI warning. Figures only: no
 * post is printed. Never read: test.jsonl.
 *
 * <p>Run (after {@code mvn -q -B -pl policy-nlp -am test-compile}, class path as in the README's
 * "Measure with" block): {@code java -cp "$CP" org.primum.nlp.StoryFitExperiment
 * policy-core/src/test/resources/corpus [FILE.jsonl ...]}.
 */
final class StoryFitExperiment {

    private static final int[] PASSES = {200, 300, 400, 500, 600, 800};
    private static final double[] DOUBT_BELOW = {0.05, 0.1, 0.15};
    private static final double BLOCK_AT = 0.8;
    /** StoryRule.CONTEXT_JUDGMENTS before phi.name joined it, and StoryRule.CONTACTS. */
    private static final Set<String> CONTEXT = Set.of("phi.name.context", "phi.location.context",
            "phi.location.person", "phi.quasi_id");
    private static final Set<String> CONTACTS = Set.of("phi.phone", "phi.email");

    /** One scored post: where it comes from, its labels, its rule signature. */
    record Item(String corpus, String lower, boolean phi, boolean clean, Set<String> phiBlocks, boolean otherBlock,
            boolean entity, boolean phiWarn) {}

    private StoryFitExperiment() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: StoryFitExperiment CORPUS_DIR [FILE.jsonl ...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<WordingModelTrainer.Example> scored = new ArrayList<>();
        if (args.length > 1) {
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                String name = file.getFileName().toString().replace(".jsonl", "");
                if (name.equals("test")) {
                    System.err.println("StoryFitExperiment never reads test.jsonl: it is kept for the held-out figures");
                    System.exit(2);
                }
                scored.addAll(WordingModelTrainer.load(file.toAbsolutePath().getParent(), List.of(name)));
            }
        } else {
            List<String> halves = new ArrayList<>();
            for (int n = 14; n <= 31; n++) {
                halves.add("dev" + n);
            }
            for (WordingModelTrainer.Example e : WordingModelTrainer.load(dir, halves)) {
                if (e.odd()) {
                    scored.add(e);
                }
            }
        }
        List<Item> items = items(scored);
        List<WordingModelTrainer.Example> train = WordingModelTrainer.trainingSet(dir);
        System.out.printf(Locale.ROOT, "%d posts scored, %d trained on%n", items.size(), train.size());
        for (int passes : PASSES) {
            MaxentModel m = WordingModelTrainer.train(train, WordingModelTrainer.Label.STORY, WordingModel::features,
                    passes, WordingModelTrainer.CUTOFF);
            int yes = m.getIndex(WordingModel.YES);
            double[] scores = items.stream().mapToDouble(it -> m.eval(WordingModel.features(it.lower()))[yes]).toArray();
            for (boolean name : new boolean[] {false, true}) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%3d passes, doubt %-26s", passes,
                        name ? "context + phi.name" : "context (shipped before)"));
                for (double below : DOUBT_BELOW) {
                    int[] r = new int[4];
                    for (int i = 0; i < items.size(); i++) {
                        count(r, items.get(i), blocks(items.get(i), scores[i], below, name));
                    }
                    line.append(String.format(Locale.ROOT, " | <%.2f: PHI %d/%d clean %d/%d", below, r[0], r[1], r[2],
                            r[3]));
                }
                System.out.println(line);
            }
        }
    }

    /** The simulated verdict: does the post block? */
    static boolean blocks(Item it, double score, double doubtBelow, boolean doubtNames) {
        if (it.otherBlock()) {
            return true;
        }
        boolean judged = false;
        boolean contact = false;
        boolean hard = false;
        for (String rule : it.phiBlocks()) {
            if (CONTEXT.contains(rule) || (doubtNames && rule.equals("phi.name"))) {
                judged = true;
            } else if (CONTACTS.contains(rule)) {
                contact = true;
            } else {
                hard = true;
            }
        }
        boolean doubted = (judged ^ contact) && !hard && score < doubtBelow;
        return (!it.phiBlocks().isEmpty() && !doubted) || (score >= BLOCK_AT && (it.entity() || it.phiWarn()));
    }

    private static void count(int[] r, Item it, boolean block) {
        if (it.phi()) {
            r[1]++;
            r[0] += block ? 1 : 0;
        } else if (it.clean()) {
            r[3]++;
            r[2] += block ? 1 : 0;
        }
    }

    private static List<Item> items(List<WordingModelTrainer.Example> examples) {
        Policy rulesOnly = Policy.defaults().toBuilder()
                .rule("phi.story", new Policy.RuleSetting(false, null, null, null))
                .patientStory(new Policy.PatientStory(1.0, 0)).build();
        PostChecker checker = PostChecker.builder().policy(rulesOnly).discoverServices(true).build();
        List<Item> out = new ArrayList<>();
        for (WordingModelTrainer.Example e : examples) {
            CheckResult r = checker.check(e.text());
            Set<String> phiBlocks = new TreeSet<>();
            boolean other = false;
            boolean phiWarn = false;
            for (Finding f : r.findings()) {
                if (f.category() == Category.PHI && f.severity() == Severity.BLOCK) {
                    phiBlocks.add(f.ruleId());
                } else if (f.severity() == Severity.BLOCK) {
                    other = true;
                } else {
                    phiWarn |= f.category() == Category.PHI && f.severity() == Severity.WARN;
                }
            }
            boolean entity = false;
            for (Entity en : checker.analyze(Draft.of(e.text())).entities()) {
                entity |= en.label() == Entity.Label.PERSON || en.label() == Entity.Label.LOCATION;
            }
            out.add(new Item(e.corpus(), e.lower(), e.phi(), e.clean(), phiBlocks, other, entity, phiWarn));
        }
        return out;
    }
}
