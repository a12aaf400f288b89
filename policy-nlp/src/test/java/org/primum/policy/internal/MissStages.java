package org.primum.policy.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.primum.nlp.NerInput;
import org.primum.nlp.OpenNlpEntityDetector;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.eval.Corpus;
import org.primum.policy.eval.GoldSpan;
import org.primum.policy.eval.LabelledPost;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Rule;

/**
 * Diagnostic, not a test: for every NAME and LOCATION gold span of a corpus that the checker with
 * NLP misses (no WARN/BLOCK finding of that type overlaps it), prints the stage where it was lost.
 *
 * <ol>
 *   <li>{@code model}: no raw name-finder span of the wanted label overlaps it (other labels shown);</li>
 *   <li>{@code filter}: the model proposed it, EntityFilter dropped it;</li>
 *   <li>{@code rule}: the entity (or none, for core-only rules) reached core, but no rule emitted a
 *       detection of the type (patient-context facts shown);</li>
 *   <li>{@code confidence}: a detection exists below the policy's minConfidence;</li>
 *   <li>{@code overlap}: a detection survived minConfidence but lost to another identifier finding;</li>
 *   <li>{@code severity}: found, but INFO.</li>
 * </ol>
 *
 * <pre>java -cp ... org.primum.policy.internal.MissStages CORPUS.jsonl [-q]</pre>
 */
public final class MissStages {

    private MissStages() {}

    public static void main(String[] args) throws Exception {
        boolean quiet = args.length > 1 && args[1].equals("-q");
        List<LabelledPost> docs = Corpus.read(Path.of(args[0]));
        PostChecker checker = PostChecker.builder().build();
        if (checker.detectorNames().isEmpty()) {
            throw new IllegalStateException("no entity detector on the class path");
        }
        OpenNlpEntityDetector detector = new OpenNlpEntityDetector();
        TokenNameFinderModel model;
        try (InputStream in = MissStages.class.getClassLoader().getResourceAsStream("org/primum/nlp/en-ner-primum.bin")) {
            model = new TokenNameFinderModel(in);
        }
        NameFinderME finder = new NameFinderME(model);
        Policy policy = checker.policy();
        List<Rule> rules = BuiltInRules.create(policy);
        Map<String, int[]> totals = new TreeMap<>();
        Map<String, Integer> stages = new TreeMap<>();
        if (args.length > 1 && args[1].equals("-clean")) {
            // every post that is not labelled PHI and is not PASSed: what fired, on which words
            for (LabelledPost d : docs) {
                CheckResult r = checker.check(d.text());
                if (d.phi() || r.findings().isEmpty()) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (Finding f : r.findings()) {
                    sb.append(' ').append(f.ruleId()).append('/').append(f.severity()).append("[")
                            .append(d.text(), f.start(), f.end()).append(']');
                }
                System.out.printf(Locale.ROOT, "%-6s %-11s %-5s%s%n    %s%n", d.id(), d.group(), r.verdict(), sb,
                        d.text().replace('\n', ' '));
            }
            return;
        }
        for (LabelledPost d : docs) {
            List<GoldSpan> golds = d.spans().stream()
                    .filter(g -> g.type() == FindingType.NAME || g.type() == FindingType.LOCATION).toList();
            if (golds.isEmpty()) {
                continue;
            }
            CheckResult result = checker.check(d.text());
            AnalyzedPost bare = AnalyzedPost.analyze(Draft.of(d.text()), d.text());
            // raw model spans, in normalized offsets
            List<Entity> raw = new ArrayList<>();
            for (NerInput.Chunk chunk : NerInput.of(bare)) {
                for (Span s : finder.find(chunk.words())) {
                    int first = chunk.tokenIndex()[s.getStart()];
                    int last = chunk.tokenIndex()[s.getEnd() - 1];
                    raw.add(new Entity(label(s.getType()), bare.tokens().get(first).start(),
                            bare.tokens().get(last).end(), s.getProb(), "raw"));
                }
            }
            finder.clearAdaptiveData();
            List<Entity> filtered = detector.detect(bare);
            String language = detector.language(bare).orElse("en");
            AnalyzedPost entities = bare.withEntities(filtered);
            AnalyzedPost post = entities.withTags(() -> detector.tags(entities, language)); // as the pipeline does
            List<Object[]> detections = new ArrayList<>();
            for (Rule r : rules) {
                r.check(post, det -> detections.add(new Object[] {r, det}));
            }
            for (GoldSpan g : golds) {
                FindingType type = g.type();
                Entity.Label wanted = type == FindingType.NAME ? Entity.Label.PERSON : Entity.Label.LOCATION;
                int[] tally = totals.computeIfAbsent(g.type().name(), k -> new int[2]);
                tally[0]++;
                boolean found = false;
                Finding info = null;
                List<String> others = new ArrayList<>();
                for (Finding f : result.findings()) {
                    if (f.start() < g.end() && g.start() < f.end()) {
                        if (f.type() == type && f.severity() != Severity.INFO) {
                            found = true;
                        } else if (f.type() == type) {
                            info = f;
                        } else {
                            others.add(f.ruleId() + "/" + f.severity());
                        }
                    }
                }
                if (found) {
                    tally[1]++;
                    continue;
                }
                String stage;
                String detail = "";
                List<String> rawHere = overlapping(post, raw, g);
                List<String> kept = overlapping(post, filtered, g);
                List<String> dets = new ArrayList<>();
                double best = -1;
                for (Object[] rd : detections) {
                    Detection det = (Detection) rd[1];
                    if (det.type() == type && post.toOriginal(det.start()) < g.end()
                            && g.start() < post.toOriginalEnd(det.end())) {
                        dets.add(((Rule) rd[0]).id() + String.format(Locale.ROOT, "@%.2f", det.confidence()));
                        best = Math.max(best, det.confidence() - policy.minConfidenceFor(((Rule) rd[0]).id()));
                    }
                }
                boolean modelHit = rawHere.stream().anyMatch(s -> s.startsWith(wanted.name()));
                boolean keptHit = kept.stream().anyMatch(s -> s.startsWith(wanted.name()));
                if (info != null) {
                    stage = "severity";
                    detail = info.ruleId();
                } else if (best >= 0) {
                    stage = "overlap";
                    detail = String.join(",", dets);
                } else if (!dets.isEmpty()) {
                    stage = "confidence";
                    detail = String.join(",", dets);
                } else if (keptHit) {
                    stage = "rule(entity)";
                } else if (modelHit) {
                    stage = "filter";
                } else {
                    stage = "model";
                }
                if (stage.startsWith("rule") || stage.equals("filter") || stage.equals("model")) {
                    int sentence = 0;
                    for (var tok : post.tokens()) {
                        if (post.toOriginalEnd(tok.end()) > g.start()) {
                            sentence = tok.sentence();
                            break;
                        }
                    }
                    Signals s = post.signals();
                    detail = "patientCtx=" + s.isPatientContext(sentence) + " aboutPt=" + s.aboutPatient()
                            + " nonPt=" + s.isNonPatient(sentence) + " framing=" + s.framing()
                            + " health=" + s.hasHealthDetail(sentence);
                }
                String key = g.type() + " " + stage;
                stages.merge(key, 1, Integer::sum);
                if (!quiet) {
                    System.out.printf(Locale.ROOT, "%-8s %-6s %-9s %-13s [%s] raw=%s kept=%s other=%s %s%n    %s%n",
                            g.type(), d.id(), d.group(), stage, g.surface(d.text()), rawHere, kept, others, detail,
                            d.text().replace('\n', ' '));
                }
            }
        }
        totals.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s recall %d/%d = %.1f%%%n", k, v[1], v[0],
                100.0 * v[1] / v[0]));
        stages.forEach((k, v) -> System.out.printf(Locale.ROOT, "  lost at %-22s %d%n", k, v));
    }

    private static List<String> overlapping(AnalyzedPost post, List<Entity> entities, GoldSpan g) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            int s = post.toOriginal(e.start());
            int t = post.toOriginalEnd(e.end());
            if (s < g.end() && g.start() < t) {
                out.add(e.label() + ":" + post.text().substring(s, t)
                        + String.format(Locale.ROOT, "@%.2f", e.confidence()));
            }
        }
        return out;
    }

    private static Entity.Label label(String type) {
        return switch (type) {
            case "person" -> Entity.Label.PERSON;
            case "location" -> Entity.Label.LOCATION;
            default -> Entity.Label.ORGANIZATION;
        };
    }
}
