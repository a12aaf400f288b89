package org.primum.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;

/**
 * Research spike: does a learned post-level signal (OpenNLP maxent document categoriser, bag of words and
 * bigrams, optionally the rules' finding types as extra features) generalise across authors better than the
 * hand-written rules, used as a second opinion on top of them?
 *
 * <p>Trains on the EVEN ids of the open dev corpora and scores the ODD ids as aggregates only (it never
 * prints a post). Never reads {@code test.jsonl}. Training is deterministic (GIS maxent has no random
 * state), so the figures are reproducible.
 *
 * <pre>
 * mvn -o -q -B -DskipTests package -pl policy-nlp -am   (compiles src/train with the tests)
 * mvn -o -q dependency:build-classpath -pl policy-nlp -Dmdep.outputFile=cp.txt
 * java -cp policy-core/target/classes:policy-nlp/target/classes:policy-nlp/target/test-classes:$(cat cp.txt) \
 *     org.primum.nlp.train.PostClassifierExperiment policy-core/src/test/resources/corpus [--loco]
 * </pre>
 *
 * <p>Put {@code policy-core/target/classes} first: {@code cp.txt} names the policy-core jar in {@code ~/.m2},
 * which may be an older build than the worktree's. {@code -Dcutoff=N} sets the maxent feature cutoff
 * (default 2). Results and the decision taken are in {@code docs/experiments/post-classifier.md}.
 */
public final class PostClassifierExperiment {

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_]+):(.*?)\\]\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** The open corpora: dev, dev2 .. dev15 (dev16 and later are blind checks, test.jsonl is held out). */
    private static final Pattern OPEN_CORPUS = Pattern.compile("dev(?:[2-9]|1[0-5])?\\.jsonl");
    private static final Pattern ID_NUMBER = Pattern.compile("(\\d+)$");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "youre", "yourself",
            "you've", "you'll", "you'd", "u", "ur", "yours");
    private static final Set<FindingType> CANDIDATE_TYPES =
            Set.of(FindingType.NAME, FindingType.LOCATION, FindingType.DATE, FindingType.AGE);
    private static final double[] THRESHOLDS = {0.3, 0.5, 0.7, 0.8, 0.9};

    /** What the rules said about one post. */
    record Rules(boolean phiBlock, boolean phiWarn, boolean candidate, boolean advFlag, boolean otherBlock,
            Set<String> features) {

        boolean blocked() {
            return phiBlock || advFlag || otherBlock;
        }
    }

    /** One labelled post with the rules' answers and, once scored, the classifier's. */
    static final class Item {
        final String corpus;
        final boolean odd;
        final boolean phi;
        final boolean adv;
        final String[] words;
        final String text;
        final boolean secondPerson;
        Rules core;
        Rules nlp;
        double pPhi;
        double pAdv;

        Item(String corpus, boolean odd, boolean phi, boolean adv, String text) {
            this.corpus = corpus;
            this.text = text;
            String[] words = words(text);
            this.odd = odd;
            this.phi = phi;
            this.adv = adv;
            this.words = words;
            boolean you = false;
            for (String w : words) {
                you |= SECOND_PERSON.contains(w);
            }
            this.secondPerson = you;
        }

        boolean clean() {
            return !phi && !adv;
        }
    }

    /** A decision: does the post block, is it flagged as advice. */
    interface Decision {
        boolean block(Item it);

        boolean advice(Item it);
    }

    private PostClassifierExperiment() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean loco = List.of(args).contains("--loco");
        List<Item> items = load(dir);
        System.out.printf(Locale.ROOT, "posts %d (even %d, odd %d)%n", items.size(),
                items.stream().filter(i -> !i.odd).count(), items.stream().filter(i -> i.odd).count());
        for (boolean withRules : new boolean[] {false, true}) {
            System.out.println();
            System.out.println("=== classifier features: words+bigrams" + (withRules ? " + rule finding types" : ""));
            List<Item> train = items.stream().filter(i -> !i.odd).toList();
            score(items, train(train, withRules, true), train(train, withRules, false), withRules);
            report("ODD ids, all corpora", items.stream().filter(i -> i.odd).toList());
            perCorpus(items.stream().filter(i -> i.odd).toList());
            report("ODD ids, dev14", items.stream().filter(i -> i.odd && i.corpus.equals("dev14")).toList());
            report("ODD ids, dev15", items.stream().filter(i -> i.odd && i.corpus.equals("dev15")).toList());
            report("ODD ids, dev14+dev15",
                    items.stream().filter(i -> i.odd && i.corpus.matches("dev1[45]")).toList());
        }
        if (loco) {
            for (boolean withRules : new boolean[] {false, true}) {
                System.out.println();
                System.out.println("=== leave one corpus out (train: even ids of the others; test: odd ids of X), "
                        + (withRules ? "words+bigrams+rule types" : "words+bigrams"));
                List<Item> pooled = new ArrayList<>();
                for (String corpus : new TreeSet<>(items.stream().map(i -> i.corpus).toList())) {
                    List<Item> train = items.stream().filter(i -> !i.odd && !i.corpus.equals(corpus)).toList();
                    List<Item> test = items.stream().filter(i -> i.odd && i.corpus.equals(corpus)).toList();
                    score(test, train(train, withRules, true), train(train, withRules, false), withRules);
                    pooled.addAll(test);
                    if (corpus.equals("dev14") || corpus.equals("dev15")) {
                        report("LOCO " + corpus + " odd", test);
                    } else {
                        reportShort(corpus, test);
                    }
                }
                report("LOCO pooled (each corpus scored by a model that never saw its author)", pooled);
                perCorpus(pooled);
            }
        }
    }

    static List<Item> load(Path dir) throws IOException {
        PostChecker core = PostChecker.builder().discoverServices(false).build();
        PostChecker nlp = PostChecker.builder().discoverServices(true).build();
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!OPEN_CORPUS.matcher(name).matches()) {
                    continue; // never test.jsonl, never the blind dev16 and later
                }
                String corpus = name.substring(0, name.length() - ".jsonl".length());
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    Matcher idm = ID_NUMBER.matcher(n.get("id").asText());
                    if (!idm.find()) {
                        continue;
                    }
                    boolean odd = Integer.parseInt(idm.group(1)) % 2 == 1;
                    String text = MARK.matcher(n.get("text").asText()).replaceAll("$2");
                    Item it = new Item(corpus, odd, n.get("phi").asBoolean(),
                            n.get("advice").asText().equals("personal"), text);
                    it.core = rules(core.check(text));
                    it.nlp = rules(nlp.check(text));
                    items.add(it);
                }
            }
        }
        return items;
    }

    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group().replaceAll("\\d", "0"));
        }
        return out.toArray(String[]::new);
    }

    static Rules rules(CheckResult r) {
        boolean phiBlock = false;
        boolean phiWarn = false;
        boolean candidate = false;
        boolean adv = false;
        boolean other = false;
        Set<String> features = new LinkedHashSet<>();
        for (Finding f : r.findings()) {
            if (f.category() == Category.PHI) {
                phiBlock |= f.severity() == Severity.BLOCK;
                phiWarn |= f.severity() == Severity.WARN;
                candidate |= CANDIDATE_TYPES.contains(f.type());
            } else if (f.category() == Category.ADVICE) {
                adv |= f.severity() != Severity.INFO;
            } else {
                other |= f.severity() == Severity.BLOCK;
            }
            features.add(PostFeatures.MARK + f.category() + ":" + f.type() + ":" + f.severity());
            features.add(PostFeatures.MARK + f.ruleId());
        }
        return new Rules(phiBlock, phiWarn, candidate, adv, other, features);
    }

    static String[] input(Item it, boolean withRules) {
        if (!withRules) {
            return it.words;
        }
        List<String> all = new ArrayList<>(List.of(it.words));
        all.addAll(it.nlp.features());
        return all.toArray(String[]::new);
    }

    static DocumentCategorizerME train(List<Item> train, boolean withRules, boolean phiLabel) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Item it : train) {
            boolean yes = phiLabel ? it.phi : it.adv;
            samples.add(new DocumentSample(yes ? "yes" : "no", input(it, withRules)));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("cutoff", 2));
        DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                new DoccatFactory(new FeatureGenerator[] {new PostFeatures()}));
        return new DocumentCategorizerME(model);
    }

    static void score(List<Item> items, DocumentCategorizerME phi, DocumentCategorizerME adv, boolean withRules) {
        for (Item it : items) {
            String[] in = input(it, withRules);
            double[] p = phi.categorize(in);
            it.pPhi = p[phi.getIndex("yes")];
            double[] a = adv.categorize(in);
            it.pAdv = a[adv.getIndex("yes")];
        }
    }

    static Decision of(Predicate<Item> block, Predicate<Item> advice) {
        return new Decision() {
            @Override
            public boolean block(Item it) {
                return block.test(it);
            }

            @Override
            public boolean advice(Item it) {
                return advice.test(it);
            }
        };
    }

    static String row(String name, List<Item> set, Decision d) {
        int phiN = 0, phiB = 0, advN = 0, advF = 0, flagged = 0, cleanN = 0, cleanB = 0;
        for (Item it : set) {
            boolean b = d.block(it);
            boolean a = d.advice(it);
            if (it.phi) {
                phiN++;
                phiB += b ? 1 : 0;
            }
            if (it.adv) {
                advN++;
                advF += a ? 1 : 0;
            }
            flagged += a ? 1 : 0;
            if (it.clean()) {
                cleanN++;
                cleanB += b ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "  %-46s PHI %5.1f%% (%3d/%3d)  clean-blk %5.1f%% (%2d/%3d)  adv R %5.1f%% P %5.1f%%",
                name, pct(phiB, phiN), phiB, phiN, pct(cleanB, cleanN), cleanB, cleanN, pct(advF, advN),
                pct(advF, flagged));
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    /** Rules with the PHI block and the advice flag replaced as given; other blocks stay. */
    static Decision combo(boolean nlp, Predicate<Item> phiBlock, Predicate<Item> advFlag) {
        return of(it -> phiBlock.test(it) || advFlag.test(it) || r(it, nlp).otherBlock(), advFlag);
    }

    static Rules r(Item it, boolean nlp) {
        return nlp ? it.nlp : it.core;
    }

    static void report(String title, List<Item> set) {
        System.out.println("--- " + title + " (" + set.size() + " posts)");
        System.out.println(row("rules core", set, of(it -> it.core.blocked(), it -> it.core.advFlag())));
        System.out.println(row("rules +NLP", set, of(it -> it.nlp.blocked(), it -> it.nlp.advFlag())));
        for (double t : THRESHOLDS) {
            System.out.println(row("clf alone t=" + t, set, of(it -> it.pPhi >= t || it.pAdv >= t, it -> it.pAdv >= t)));
        }
        for (boolean nlp : new boolean[] {false, true}) {
            String base = nlp ? "NLP" : "core";
            for (double t : THRESHOLDS) {
                System.out.println(row(base + " + (PHI WARN & clf>=" + t + ")", set, combo(nlp,
                        it -> r(it, nlp).phiBlock() || r(it, nlp).phiWarn() && it.pPhi >= t, it -> r(it, nlp).advFlag())));
            }
            for (double t : THRESHOLDS) {
                System.out.println(row(base + " + (N/L/D/A cand & clf>=" + t + ")", set, combo(nlp,
                        it -> r(it, nlp).phiBlock() || r(it, nlp).candidate() && it.pPhi >= t, it -> r(it, nlp).advFlag())));
            }
            for (double t : new double[] {0.7, 0.8, 0.9}) {
                System.out.println(row(base + " PHI block or clf>=" + t, set, combo(nlp,
                        it -> r(it, nlp).phiBlock() || it.pPhi >= t, it -> r(it, nlp).advFlag())));
            }
            for (double lo : new double[] {0.1, 0.2}) {
                for (double hi : new double[] {0.7, 0.8, 0.9}) {
                    System.out.println(row(base + " PHI (block & clf>=" + lo + ") or clf>=" + hi, set, combo(nlp,
                            it -> r(it, nlp).phiBlock() && it.pPhi >= lo || it.pPhi >= hi,
                            it -> r(it, nlp).advFlag())));
                }
            }
            for (double lo : new double[] {0.1, 0.2}) {
                for (double hi : new double[] {0.7, 0.9}) {
                    System.out.println(row(base + " both: lo=" + lo + " hi=" + hi, set, combo(nlp,
                            it -> r(it, nlp).phiBlock() && it.pPhi >= lo || it.pPhi >= hi,
                            it -> r(it, nlp).advFlag() && it.pAdv >= lo || it.pAdv >= hi && it.secondPerson)));
                }
            }
            for (double t : new double[] {0.1, 0.2, 0.3}) {
                System.out.println(row(base + " PHI block only if clf>=" + t, set, combo(nlp,
                        it -> r(it, nlp).phiBlock() && it.pPhi >= t, it -> r(it, nlp).advFlag())));
            }
            for (double t : new double[] {0.1, 0.2, 0.3, 0.5}) {
                System.out.println(row(base + " ADVICE only if clf>=" + t, set, combo(nlp,
                        it -> r(it, nlp).phiBlock(), it -> r(it, nlp).advFlag() && it.pAdv >= t)));
            }
            for (double t : new double[] {0.5, 0.7, 0.8, 0.9}) {
                System.out.println(row(base + " ADVICE or (clf>=" + t + " & you)", set, combo(nlp,
                        it -> r(it, nlp).phiBlock(),
                        it -> r(it, nlp).advFlag() || it.pAdv >= t && it.secondPerson)));
            }
        }
    }

    /** Clean posts blocked and PHI posts blocked per corpus: rules +NLP against the candidate combinations. */
    static void perCorpus(List<Item> set) {
        System.out.println("--- per corpus, odd ids: PHI blocked / clean blocked (counts)");
        System.out.printf(Locale.ROOT, "  %-7s %-11s %-11s %-11s %-11s %-11s%n", "corpus", "rules+NLP", "or clf>=.8",
                "or clf>=.9", "veto.2|.8", "veto.2|.9");
        for (String corpus : new TreeSet<>(set.stream().map(i -> i.corpus).toList())) {
            List<Item> c = set.stream().filter(i -> i.corpus.equals(corpus)).toList();
            List<Predicate<Item>> phi = List.of(it -> it.nlp.phiBlock(), it -> it.nlp.phiBlock() || it.pPhi >= 0.8,
                    it -> it.nlp.phiBlock() || it.pPhi >= 0.9, it -> it.nlp.phiBlock() && it.pPhi >= 0.2 || it.pPhi >= 0.8,
                    it -> it.nlp.phiBlock() && it.pPhi >= 0.2 || it.pPhi >= 0.9);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-7s", corpus));
            for (Predicate<Item> p : phi) {
                Decision d = combo(true, p, it -> it.nlp.advFlag());
                long pb = c.stream().filter(it -> it.phi && d.block(it)).count();
                long cb = c.stream().filter(it -> it.clean() && d.block(it)).count();
                sb.append(String.format(Locale.ROOT, " %3d/%-3d    ", pb, cb));
            }
            System.out.println(sb);
        }
    }

    static void reportShort(String corpus, List<Item> set) {
        System.out.println("--- " + corpus + " odd (" + set.size() + ")");
        System.out.println(row("rules +NLP", set, of(it -> it.nlp.blocked(), it -> it.nlp.advFlag())));
        System.out.println(row("clf alone t=0.5", set, of(it -> it.pPhi >= 0.5 || it.pAdv >= 0.5, it -> it.pAdv >= 0.5)));
        for (double t : new double[] {0.5, 0.7, 0.9}) {
            System.out.println(row("NLP + (PHI WARN & clf>=" + t + ")", set, combo(true,
                    it -> it.nlp.phiBlock() || it.nlp.phiWarn() && it.pPhi >= t, it -> it.nlp.advFlag())));
            System.out.println(row("NLP + (N/L/D/A cand & clf>=" + t + ")", set, combo(true,
                    it -> it.nlp.phiBlock() || it.nlp.candidate() && it.pPhi >= t, it -> it.nlp.advFlag())));
            System.out.println(row("NLP ADVICE or (clf>=" + t + " & you)", set, combo(true,
                    it -> it.nlp.phiBlock(), it -> it.nlp.advFlag() || it.pAdv >= t && it.secondPerson)));
        }
    }
}
