package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.primum.policy.Draft;
import org.primum.policy.internal.AnalyzedPost;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Rule;

/**
 * Example-driven tests for any {@link Rule}, Java or declarative: texts it must fire on (with the
 * expected spans marked {@code [[like this]]}) and texts it must pass. The same engine runs
 * {@code primum rules test} over rule files.
 *
 * <pre>{@code
 * RuleTester.of(new MyRule())
 *         .fires("Call me on my [[personal cell]] tonight")
 *         .fires("Two at once: [[personal cell]] and [[home number]]")
 *         .passes("Call the clinic's main line")
 *         .verify();   // throws AssertionError listing every failing example
 * }</pre>
 *
 * <p>A fire example passes when the rule's findings (at or above the confidence threshold, 0.5
 * by default, as in a checker) cover exactly the marked spans; with no marks, when the rule finds
 * anything. A pass example passes when the rule finds nothing. With a fix
 * ({@link #fixedBy(String)}, or a declarative rule's {@code fix:}), each fire example is fixed
 * and checked again: the rule must then pass it. Not thread-safe; build one per test.
 */
public final class RuleTester {

    private record Case(RuleExample example, UnaryOperator<Draft.Builder> context) {}

    /**
     * The outcome of one example.
     *
     * @param example the example
     * @param passed whether the rule did what the example says
     * @param found the spans the rule reported, in the example's text
     * @param problem what went wrong, in words; empty when it passed
     */
    public record Result(RuleExample example, boolean passed, List<RuleExample.Span> found, String problem) {
        public Result {
            found = List.copyOf(found);
        }

        /** One line naming the example, then the problem indented; for reports. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(example.fire() ? "fire" : "pass").append(" example");
            if (example.where() != null) {
                sb.append(" (").append(example.where()).append(')');
            }
            sb.append(passed ? ": ok" : ": FAILED").append('\n');
            sb.append("  text:     ").append(quote(example.fire() ? example.marked() : example.text())).append('\n');
            if (!passed) {
                for (String line : problem.split("\n")) {
                    sb.append("  ").append(line).append('\n');
                }
            }
            return sb.toString();
        }
    }

    private final Rule rule;
    private final List<Case> cases = new ArrayList<>();
    private UnaryOperator<Draft.Builder> context = UnaryOperator.identity();
    private double minConfidence = 0.5;
    private final List<EntityDetector> detectors = new ArrayList<>();
    private DeclarativeRule.Fix fix;

    private RuleTester(Rule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** A tester for {@code rule} with no examples yet. */
    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    /** A tester for a declarative rule with its own examples and fix. */
    public static RuleTester forRule(DeclarativeRule rule) {
        RuleTester t = new RuleTester(rule).examples(rule.examples());
        t.fix = rule.fix().orElse(null);
        return t;
    }

    /** The rule must fire on this text, on exactly the spans marked {@code [[...]]} (no marks: anywhere). */
    public RuleTester fires(String marked) {
        return example(RuleExample.fires(marked));
    }

    /** The rule must not fire on this text. */
    public RuleTester passes(String text) {
        return example(RuleExample.passes(text));
    }

    public RuleTester example(RuleExample example) {
        cases.add(new Case(Objects.requireNonNull(example), context));
        return this;
    }

    public RuleTester examples(Collection<RuleExample> examples) {
        examples.forEach(this::example);
        return this;
    }

    /**
     * Draft context for the examples added after this call, e.g.
     * {@code .draft(d -> d.platform("x")).fires("...")}.
     */
    public RuleTester draft(UnaryOperator<Draft.Builder> setup) {
        this.context = Objects.requireNonNull(setup);
        return this;
    }

    /** Detections below this confidence do not count (default 0.5, the checker's default). */
    public RuleTester minConfidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + value);
        }
        this.minConfidence = value;
        return this;
    }

    /** Runs this entity detector before the rule, as a checker would (rules that read entities). */
    public RuleTester entityDetector(EntityDetector detector) {
        detectors.add(Objects.requireNonNull(detector));
        return this;
    }

    /** After each fire example's spans are replaced with {@code replacement}, the rule must pass. */
    public RuleTester fixedBy(String replacement) {
        this.fix = new DeclarativeRule.Fix(Objects.requireNonNull(replacement), null);
        return this;
    }

    /** Runs every example. */
    public List<Result> run() {
        List<Result> out = new ArrayList<>();
        for (Case c : cases) {
            out.add(run(c));
        }
        return out;
    }

    /**
     * Runs every example and throws if any failed.
     *
     * @throws AssertionError listing each failing example, its text and what the rule found
     */
    public void verify() {
        if (cases.isEmpty()) {
            throw new AssertionError(rule.id() + ": no examples to check");
        }
        List<Result> failed = new ArrayList<>();
        for (Result r : run()) {
            if (!r.passed()) {
                failed.add(r);
            }
        }
        if (!failed.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append(rule.id()).append(": ").append(failed.size()).append(" of ").append(cases.size())
                    .append(" examples failed\n");
            for (Result r : failed) {
                sb.append(r.describe());
            }
            throw new AssertionError(sb.toString().stripTrailing());
        }
    }

    private Result run(Case c) {
        RuleExample e = c.example();
        List<RuleExample.Span> found;
        try {
            found = spans(e.text(), c.context());
        } catch (RuntimeException ex) {
            return new Result(e, false, List.of(), "the rule threw " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
        if (!e.fire()) {
            return found.isEmpty() ? new Result(e, true, found, "")
                    : new Result(e, false, found, "expected: nothing\nfound:    " + describe(e.text(), found));
        }
        if (found.isEmpty()) {
            return new Result(e, false, found, "expected: " + (e.spans().isEmpty() ? "a finding anywhere"
                    : describe(e.text(), e.spans())) + "\nfound:    nothing");
        }
        if (!e.spans().isEmpty() && !new LinkedHashSet<>(found).equals(new LinkedHashSet<>(e.spans()))) {
            return new Result(e, false, found, "expected: " + describe(e.text(), e.spans()) + "\nfound:    "
                    + describe(e.text(), found));
        }
        if (fix != null) {
            List<int[]> raw = new ArrayList<>();
            for (RuleExample.Span s : found) {
                raw.add(new int[] {s.start(), s.end()});
            }
            String fixed = fix.apply(e.text(), raw);
            List<RuleExample.Span> again;
            try {
                again = spans(fixed, c.context());
            } catch (RuntimeException ex) {
                return new Result(e, false, found, "after the fix the rule threw " + ex.getClass().getSimpleName());
            }
            if (!again.isEmpty()) {
                return new Result(e, false, found, "the fix (" + fix.describe() + ") does not silence the rule\n"
                        + "fixed:    " + quote(fixed) + "\nfound:    " + describe(fixed, again));
            }
        }
        return new Result(e, true, found, "");
    }

    /** Spans (original-text offsets) the rule reports on {@code text}, in order, without duplicates. */
    private List<RuleExample.Span> spans(String text, UnaryOperator<Draft.Builder> ctx) {
        Draft draft = ctx.apply(Draft.builder(text)).build();
        AnalyzedPost post = AnalyzedPost.analyze(draft, text).withEntitiesFrom(detectors);
        Set<RuleExample.Span> out = new LinkedHashSet<>();
        AnalyzedPost p = post;
        rule.check(p, d -> {
            if (d.confidence() >= minConfidence) {
                int start = p.toOriginal(d.start());
                out.add(new RuleExample.Span(start, Math.max(start, p.toOriginalEnd(d.end()))));
            }
        });
        List<RuleExample.Span> sorted = new ArrayList<>(out);
        sorted.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.end(), y.end()));
        return sorted;
    }

    private static String describe(String text, List<RuleExample.Span> spans) {
        List<String> parts = new ArrayList<>();
        for (RuleExample.Span s : spans) {
            parts.add(quote("[[" + s.of(text) + "]]") + " at " + s);
        }
        return String.join(", ", parts);
    }

    static String quote(String s) {
        String shown = s.length() > 300 ? s.substring(0, 300) + "..." : s;
        return '"' + shown.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    @Override
    public String toString() {
        return "RuleTester[" + rule.id() + ", " + cases.size() + " examples, min confidence "
                + String.format(Locale.ROOT, "%.2f", minConfidence) + "]";
    }
}
