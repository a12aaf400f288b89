package org.primum.policy.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;

/**
 * Runs a {@link PostChecker} over labelled posts and measures it; see {@link EvalReport} for the
 * figures. Each post is checked as plain text ({@code checker.check(post.text())}).
 */
public final class Evaluation {

    /** Span types that are free text rather than structured identifiers. */
    private static final Set<FindingType> UNSTRUCTURED =
            EnumSet.of(FindingType.NAME, FindingType.LOCATION, FindingType.AGE, FindingType.HANDLE);

    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long TIMED_NANOS = 1_000_000_000L;

    private Evaluation() {}

    /**
     * Checks every post to warm the JIT up (passes until about a second has gone by), then times
     * passes for about another second, on one thread, and scores the last pass. Throughput is
     * posts checked per second of wall-clock time over the timed passes.
     *
     * @throws IllegalArgumentException if two posts share an id
     */
    public static EvalReport run(PostChecker checker, List<LabelledPost> posts) {
        Objects.requireNonNull(checker, "checker");
        Set<String> ids = new LinkedHashSet<>();
        for (LabelledPost p : posts) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate post id " + p.id());
            }
        }
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do {
            for (LabelledPost p : posts) {
                checker.check(p.text());
            }
        } while (System.nanoTime() < warmUntil && !posts.isEmpty());
        List<CheckResult> results = new ArrayList<>(posts.size());
        long t0 = System.nanoTime();
        int checked = 0;
        do {
            results.clear();
            for (LabelledPost p : posts) {
                results.add(checker.check(p.text()));
            }
            checked += posts.size();
        } while (System.nanoTime() - t0 < TIMED_NANOS && !posts.isEmpty());
        long nanos = System.nanoTime() - t0;
        return measure(checker, posts, results, new Throughput(checked, nanos));
    }

    private static EvalReport measure(PostChecker checker, List<LabelledPost> posts, List<CheckResult> results,
            Throughput throughput) {
        Tally phiRecall = new Tally("phi.recall", "PHI posts blocked", true);
        Tally phiPrecision = new Tally("phi.precision", "posts blocked by a PHI finding that are PHI", true);
        Tally spanAny = new Tally("span.recall.any", "gold spans overlapped by a PHI finding of any type", true);
        Tally structured = new Tally("span.recall.structured",
                "structured-identifier spans found with their type", true);
        Map<FindingType, Tally> byType = new EnumMap<>(FindingType.class);
        Tally adviceRecall = new Tally("advice.recall", "personal-advice posts with an ADVICE finding", true);
        Tally advicePrecision = new Tally("advice.precision", "posts with an ADVICE finding that give personal advice",
                true);
        Tally cleanPass = new Tally("clean.pass", "clean posts (no PHI, no advice) that PASS", true);
        Tally cleanBlock = new Tally("clean.block", "clean posts (no PHI, no advice) that are BLOCKed", false);
        Map<String, int[]> groups = new LinkedHashMap<>();

        for (int i = 0; i < posts.size(); i++) {
            LabelledPost post = posts.get(i);
            CheckResult r = results.get(i);
            String id = post.id();

            if (post.phi()) {
                phiRecall.add(r.verdict() == Verdict.BLOCK, id);
            }
            boolean phiBlock = r.findings().stream()
                    .anyMatch(f -> f.category() == Category.PHI && f.severity() == Severity.BLOCK);
            if (r.verdict() == Verdict.BLOCK && phiBlock) {
                phiPrecision.add(post.phi(), id);
            }

            for (GoldSpan span : post.spans()) {
                boolean sameType = overlapped(span, r.findings(), true);
                byType.computeIfAbsent(span.type(),
                        t -> new Tally("span.recall." + t.name(), t.name() + " spans found with their type", true))
                        .add(sameType, id);
                spanAny.add(overlapped(span, r.findings(), false), id);
                if (structured(span, post.text())) {
                    structured.add(sameType, id);
                }
            }

            boolean adviceFound = r.findings().stream()
                    .anyMatch(f -> f.category() == Category.ADVICE && f.severity() != Severity.INFO);
            if (post.personalAdvice()) {
                adviceRecall.add(adviceFound, id);
            }
            if (adviceFound) {
                advicePrecision.add(post.personalAdvice(), id);
            }

            if (post.clean()) {
                cleanPass.add(r.verdict() == Verdict.PASS, id);
                cleanBlock.addCounted(r.verdict() == Verdict.BLOCK, id);
            }

            int[] g = groups.computeIfAbsent(post.group(), k -> new int[4]);
            g[0]++;
            g[1 + r.verdict().ordinal()]++;
        }

        Map<FindingType, Figure> spanFigures = new EnumMap<>(FindingType.class);
        byType.forEach((t, tally) -> spanFigures.put(t, tally.figure()));
        List<GroupRow> groupRows = new ArrayList<>();
        groups.forEach((name, g) -> groupRows.add(new GroupRow(name, g[0], g[1 + Verdict.BLOCK.ordinal()],
                g[1 + Verdict.WARN.ordinal()], g[1 + Verdict.PASS.ordinal()])));
        return new EvalReport(checker.policy().name(), checker.detectorNames(), posts.size(),
                phiRecall.figure(), phiPrecision.figure(), spanAny.figure(), structured.figure(), spanFigures,
                adviceRecall.figure(), advicePrecision.figure(), cleanPass.figure(), cleanBlock.figure(),
                groupRows, throughput);
    }

    /** A gold span is found when a WARN or BLOCK finding (of its type, or any PHI finding) overlaps it. */
    private static boolean overlapped(GoldSpan span, List<Finding> findings, boolean sameType) {
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || !span.overlaps(f.start(), f.end())) {
                continue;
            }
            if (sameType ? f.type() == span.type() : f.category() == Category.PHI) {
                return true;
            }
        }
        return false;
    }

    /** Structured identifiers: every type but free-text ones, and dates only when written with a digit. */
    static boolean structured(GoldSpan span, String text) {
        if (UNSTRUCTURED.contains(span.type())) {
            return false;
        }
        if (span.type() == FindingType.DATE) {
            for (int i = span.start(); i < span.end(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Counts toward one figure and remembers the posts that count against it. */
    private static final class Tally {
        private final String key;
        private final String label;
        private final boolean higherIsBetter;
        private int count;
        private int total;
        private final Set<String> misses = new LinkedHashSet<>();

        Tally(String key, String label, boolean higherIsBetter) {
            this.key = key;
            this.label = label;
            this.higherIsBetter = higherIsBetter;
        }

        /** A case where {@code hit} is good: a non-hit is a miss. */
        void add(boolean hit, String id) {
            total++;
            if (hit) {
                count++;
            } else {
                misses.add(id);
            }
        }

        /** A case where {@code hit} is bad: a hit counts and is a miss. */
        void addCounted(boolean hit, String id) {
            total++;
            if (hit) {
                count++;
                misses.add(id);
            }
        }

        Figure figure() {
            return new Figure(key, label, count, total, higherIsBetter, List.copyOf(misses));
        }
    }
}
