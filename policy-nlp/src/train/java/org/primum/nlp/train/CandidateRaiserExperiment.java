package org.primum.nlp.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.spi.Entity;

/**
 * Round 2 of the post-classifier spike: the classifier as a "candidate raiser". A post blocks when the rules
 * (with NLP) block it, or when the words-only classifier (model A of {@link PostClassifierExperiment}) scores it
 * {@code phi >= t} AND the post holds a span the rules saw but did not block, so every block still carries a span:
 *
 * <ul>
 *   <li>{@code qi2}: the quasi-identifier rule blocks at 2 details instead of 3 (a checker with
 *       {@code reidentification(2, 2)}; the rule still needs its care relationship);</li>
 *   <li>{@code name} / {@code place}: policy-nlp's raw PERSON / LOCATION entities ({@link PostChecker#analyze}),
 *       with no patient context required;</li>
 *   <li>{@code date/age}: DATE or AGE detections the rules emitted below the policy's confidence floor (a
 *       checker with {@code minConfidence 0.05} for {@code phi.date} and {@code phi.age}), i.e. dates and ages
 *       suppressed for want of context.</li>
 * </ul>
 *
 * <p>Same split as {@link PostClassifierExperiment}: train on even ids of dev..dev15, score odd ids (aggregates
 * only, no post is printed; never {@code test.jsonl}); plus leave-one-corpus-out for dev14 and dev15. Nothing
 * here is wired into the checker. Run it like {@link PostClassifierExperiment} with this class name.
 */
public final class CandidateRaiserExperiment {

    private static final double[] THRESHOLDS = {0.6, 0.7, 0.8, 0.9};

    /** The extra spans the rules saw in one post without blocking it. */
    record Raisers(boolean qi2, boolean name, boolean place, boolean dateAge) {}

    private CandidateRaiserExperiment() {}

    public static void main(String[] args) throws IOException {
        List<PostClassifierExperiment.Item> items = PostClassifierExperiment.load(Path.of(args[0]));
        PostChecker qi2 = PostChecker.builder()
                .policy(Policy.defaults().toBuilder().reidentification(new Policy.Reidentification(2, 2)).build())
                .discoverServices(true).build();
        PostChecker lowFloor = PostChecker.builder()
                .policy(Policy.defaults().toBuilder()
                        .rule("phi.date", new Policy.RuleSetting(null, null, 0.05))
                        .rule("phi.age", new Policy.RuleSetting(null, null, 0.05)).build())
                .discoverServices(true).build();
        PostChecker nlp = PostChecker.builder().discoverServices(true).build();
        Map<PostClassifierExperiment.Item, Raisers> raisers = new IdentityHashMap<>();
        for (PostClassifierExperiment.Item it : items) {
            boolean q = phiBlock(qi2.check(it.text));
            boolean name = false;
            boolean place = false;
            for (Entity e : nlp.analyze(Draft.of(it.text)).entities()) {
                name |= e.label() == Entity.Label.PERSON;
                place |= e.label() == Entity.Label.LOCATION;
            }
            boolean da = false;
            for (Finding f : lowFloor.check(it.text).findings()) {
                da |= f.category() == Category.PHI && (f.type() == FindingType.DATE || f.type() == FindingType.AGE);
            }
            raisers.put(it, new Raisers(q, name, place, da));
        }
        Map<String, Predicate<Raisers>> variants = new LinkedHashMap<>();
        variants.put("qi2", Raisers::qi2);
        variants.put("name", Raisers::name);
        variants.put("place", Raisers::place);
        variants.put("name|place", r -> r.name() || r.place());
        variants.put("date/age", Raisers::dateAge);
        variants.put("qi2|name|place", r -> r.qi2() || r.name() || r.place());
        variants.put("all", r -> r.qi2() || r.name() || r.place() || r.dateAge());

        List<PostClassifierExperiment.Item> train = items.stream().filter(i -> !i.odd).toList();
        PostClassifierExperiment.score(items, PostClassifierExperiment.train(train, false, true),
                PostClassifierExperiment.train(train, false, false), false);
        List<PostClassifierExperiment.Item> odd = items.stream().filter(i -> i.odd).toList();
        report("ODD ids, all corpora", odd, raisers, variants);
        report("ODD ids, dev14", odd.stream().filter(i -> i.corpus.equals("dev14")).toList(), raisers, variants);
        report("ODD ids, dev15", odd.stream().filter(i -> i.corpus.equals("dev15")).toList(), raisers, variants);
        perCorpus(odd, raisers, variants);
        for (String corpus : List.of("dev14", "dev15")) {
            List<PostClassifierExperiment.Item> tr =
                    items.stream().filter(i -> !i.odd && !i.corpus.equals(corpus)).toList();
            List<PostClassifierExperiment.Item> test =
                    items.stream().filter(i -> i.odd && i.corpus.equals(corpus)).toList();
            PostClassifierExperiment.score(test, PostClassifierExperiment.train(tr, false, true),
                    PostClassifierExperiment.train(tr, false, false), false);
            report("LOCO " + corpus + " odd", test, raisers, variants);
        }
    }

    static boolean phiBlock(CheckResult r) {
        return r.findings().stream().anyMatch(f -> f.category() == Category.PHI && f.severity() == Severity.BLOCK);
    }

    static Predicate<PostClassifierExperiment.Item> raised(Map<PostClassifierExperiment.Item, Raisers> raisers,
            Predicate<Raisers> variant, double t) {
        return it -> it.nlp.phiBlock() || it.pPhi >= t && variant.test(raisers.get(it));
    }

    static void report(String title, List<PostClassifierExperiment.Item> set,
            Map<PostClassifierExperiment.Item, Raisers> raisers, Map<String, Predicate<Raisers>> variants) {
        System.out.println("--- " + title + " (" + set.size() + " posts)");
        System.out.println(PostClassifierExperiment.row("rules +NLP", set,
                PostClassifierExperiment.of(it -> it.nlp.blocked(), it -> it.nlp.advFlag())));
        for (var v : variants.entrySet()) {
            for (double t : THRESHOLDS) {
                System.out.println(PostClassifierExperiment.row(v.getKey() + " & clf>=" + t, set,
                        PostClassifierExperiment.combo(true, raised(raisers, v.getValue(), t), it -> it.nlp.advFlag())));
            }
        }
    }

    /** Clean posts blocked per corpus (odd ids), rules +NLP against each variant and threshold. */
    static void perCorpus(List<PostClassifierExperiment.Item> set, Map<PostClassifierExperiment.Item, Raisers> raisers,
            Map<String, Predicate<Raisers>> variants) {
        System.out.println("--- per corpus, odd ids: clean posts blocked (count), rules+NLP then each variant at "
                + java.util.Arrays.toString(THRESHOLDS));
        for (String corpus : new TreeSet<>(set.stream().map(i -> i.corpus).toList())) {
            List<PostClassifierExperiment.Item> c = set.stream().filter(i -> i.corpus.equals(corpus)).toList();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-6s base %2d |", corpus,
                    c.stream().filter(it -> it.clean() && it.nlp.blocked()).count()));
            List<String> cells = new ArrayList<>();
            for (var v : variants.entrySet()) {
                StringBuilder cell = new StringBuilder(" " + v.getKey() + ":");
                for (double t : THRESHOLDS) {
                    var d = PostClassifierExperiment.combo(true, raised(raisers, v.getValue(), t), it -> it.nlp.advFlag());
                    cell.append(' ').append(c.stream().filter(it -> it.clean() && d.block(it)).count());
                }
                cells.add(cell.toString());
            }
            sb.append(String.join(" |", cells));
            System.out.println(sb);
        }
    }
}
