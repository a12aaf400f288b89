package org.primum.policy.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primum.policy.FindingType;

/**
 * The figures of one {@link Evaluation} run. Immutable. Render it with {@link #toText()} (for
 * people: aligned tables) or {@link #toJson()} (for tools).
 *
 * <p>Figures (each a {@link Figure} with the ids of the posts that count against it):
 * <ul>
 *   <li>{@code phi.recall}: PHI posts whose verdict is BLOCK / all PHI posts;</li>
 *   <li>{@code phi.precision}: of the posts blocked by a PHI finding, the share labelled PHI;</li>
 *   <li>{@code span.recall.any}: gold spans overlapped by a PHI finding of any type at WARN or BLOCK;</li>
 *   <li>{@code span.recall.structured}: recall of the structured-identifier spans (every type but
 *       NAME, LOCATION, AGE, HANDLE, and DATE spans without a digit), same type required;</li>
 *   <li>{@code span.recall.TYPE} ({@link #spanRecallByType()}): gold spans of TYPE overlapped by a
 *       finding of the same type at WARN or BLOCK;</li>
 *   <li>{@code advice.recall}: posts labelled {@code personal} with an ADVICE finding at WARN or BLOCK;</li>
 *   <li>{@code advice.precision}: of the posts with such a finding, the share labelled {@code personal};</li>
 *   <li>{@code clean.pass} and {@code clean.block}: of the posts with neither PHI nor personal
 *       advice, the share that PASS and the share that are BLOCKed (lower is better).</li>
 * </ul>
 *
 * @param policy name of the policy the checker used
 * @param detectors names of the entity detectors the checker used (empty: patterns only)
 * @param posts number of posts evaluated
 * @param phiRecall see above
 * @param phiPrecision see above
 * @param spanRecallAny see above
 * @param structuredSpanRecall see above
 * @param spanRecallByType per identifier type present in the corpus, in {@link FindingType} order
 * @param adviceRecall see above
 * @param advicePrecision see above
 * @param cleanPass see above
 * @param cleanBlock see above
 * @param groups verdict counts per corpus group, in order of first appearance
 * @param throughput the timed pass
 */
public record EvalReport(
        String policy,
        List<String> detectors,
        int posts,
        Figure phiRecall,
        Figure phiPrecision,
        Figure spanRecallAny,
        Figure structuredSpanRecall,
        Map<FindingType, Figure> spanRecallByType,
        Figure adviceRecall,
        Figure advicePrecision,
        Figure cleanPass,
        Figure cleanBlock,
        List<GroupRow> groups,
        Throughput throughput) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvalReport {
        Objects.requireNonNull(policy, "policy");
        detectors = List.copyOf(detectors);
        Objects.requireNonNull(phiRecall, "phiRecall");
        Objects.requireNonNull(phiPrecision, "phiPrecision");
        Objects.requireNonNull(spanRecallAny, "spanRecallAny");
        Objects.requireNonNull(structuredSpanRecall, "structuredSpanRecall");
        Objects.requireNonNull(adviceRecall, "adviceRecall");
        Objects.requireNonNull(advicePrecision, "advicePrecision");
        Objects.requireNonNull(cleanPass, "cleanPass");
        Objects.requireNonNull(cleanBlock, "cleanBlock");
        Objects.requireNonNull(throughput, "throughput");
        EnumMap<FindingType, Figure> byType = new EnumMap<>(FindingType.class);
        byType.putAll(spanRecallByType);
        spanRecallByType = Collections.unmodifiableMap(byType);
        groups = List.copyOf(groups);
    }

    /** The headline figures, in display order. */
    public List<Figure> figures() {
        return List.of(phiRecall, phiPrecision, spanRecallAny, structuredSpanRecall, adviceRecall, advicePrecision,
                cleanPass, cleanBlock);
    }

    /** The headline figures followed by the per-type span recalls. */
    public List<Figure> allFigures() {
        List<Figure> all = new ArrayList<>(figures());
        all.addAll(spanRecallByType.values());
        return List.copyOf(all);
    }

    /** A plain-text report: figures, per-type span recall, per-group verdicts, misses. */
    public String toText() {
        return toText(true);
    }

    /**
     * A plain-text report; with {@code listMisses} false it leaves out which posts count against each
     * figure: the form to print for a held-out or blind corpus, so that nobody reads its failing posts
     * and tunes the rules to them.
     */
    public String toText(boolean listMisses) {
        StringBuilder sb = new StringBuilder();
        sb.append("Evaluation of ").append(posts).append(" posts; policy ").append(policy)
                .append("; entity detectors: ").append(detectors.isEmpty() ? "none" : String.join(", ", detectors))
                .append('\n');
        sb.append(String.format(Locale.ROOT, "Throughput: %.0f posts/s (%.3f ms/post; %d posts in %.1f ms on one thread, after a one-second warm-up)%n",
                throughput.postsPerSecond(), throughput.millisPerPost(), throughput.posts(), throughput.nanos() / 1e6));

        sb.append('\n');
        List<Figure> rows = new ArrayList<>(figures());
        rows.addAll(spanRecallByType.values());
        int keyWidth = "figure".length();
        for (Figure f : rows) {
            keyWidth = Math.max(keyWidth, f.key().length());
        }
        String rowFormat = "%-" + keyWidth + "s  %7s  %9s  %s%n";
        sb.append(String.format(Locale.ROOT, rowFormat, "figure", "value", "n/N", "measures"));
        for (Figure f : figures()) {
            appendFigure(sb, rowFormat, f);
        }
        if (!spanRecallByType.isEmpty()) {
            for (Figure f : spanRecallByType.values()) {
                appendFigure(sb, rowFormat, f);
            }
        }

        sb.append('\n');
        int groupWidth = "group".length();
        for (GroupRow g : groups) {
            groupWidth = Math.max(groupWidth, g.group().length());
        }
        String groupFormat = "%-" + groupWidth + "s  %5s  %7s  %6s  %6s%n";
        sb.append(String.format(Locale.ROOT, groupFormat, "group", "n", "blocked", "warned", "passed"));
        for (GroupRow g : groups) {
            sb.append(String.format(Locale.ROOT, groupFormat, g.group(), g.n(), g.blocked(), g.warned(), g.passed()));
        }

        if (!listMisses) {
            sb.append("\nMisses: not listed (held-out corpus).\n");
            return sb.toString();
        }
        sb.append("\nMisses (posts counting against each figure):\n");
        boolean any = false;
        for (Figure f : rows) {
            if (!f.misses().isEmpty()) {
                any = true;
                sb.append("  ").append(f.key()).append(" (").append(f.misses().size()).append("): ")
                        .append(String.join(" ", f.misses())).append('\n');
            }
        }
        if (!any) {
            sb.append("  none\n");
        }
        return sb.toString();
    }

    private static void appendFigure(StringBuilder sb, String format, Figure f) {
        String value = f.defined() ? String.format(Locale.ROOT, "%.1f%%", 100 * f.value()) : "n/a";
        String label = f.higherIsBetter() ? f.label() : f.label() + " (lower is better)";
        sb.append(String.format(Locale.ROOT, format, f.key(), value, f.count() + "/" + f.total(), label));
    }

    /** The report as a JSON object (pretty-printed). */
    public String toJson() {
        return toJson(true);
    }

    /** The report as a JSON object; with {@code listMisses} false the figures carry no miss lists. */
    public String toJson(boolean listMisses) {
        try {
            return JSON.writeValueAsString(toJsonTree(listMisses));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    private ObjectNode toJsonTree(boolean listMisses) {
        ObjectNode root = JSON.createObjectNode();
        root.put("posts", posts);
        root.put("policy", policy);
        ArrayNode det = root.putArray("detectors");
        detectors.forEach(det::add);
        ObjectNode tp = root.putObject("throughput");
        tp.put("posts", throughput.posts());
        tp.put("millis", round(throughput.nanos() / 1e6, 3));
        tp.put("postsPerSecond", round(throughput.postsPerSecond(), 1));
        ObjectNode figs = root.putObject("figures");
        for (Figure f : figures()) {
            figs.set(f.key(), figure(f, listMisses));
        }
        ObjectNode byType = root.putObject("spanRecallByType");
        spanRecallByType.forEach((t, f) -> byType.set(t.name(), figure(f, listMisses)));
        ObjectNode gs = root.putObject("groups");
        for (GroupRow g : groups) {
            ObjectNode o = gs.putObject(g.group());
            o.put("n", g.n());
            o.put("blocked", g.blocked());
            o.put("warned", g.warned());
            o.put("passed", g.passed());
        }
        return root;
    }

    private static ObjectNode figure(Figure f, boolean listMisses) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", f.key());
        o.put("label", f.label());
        if (f.defined()) {
            o.put("value", round(f.value(), 4));
        } else {
            o.putNull("value");
        }
        o.put("count", f.count());
        o.put("total", f.total());
        o.put("higherIsBetter", f.higherIsBetter());
        if (listMisses) {
            ArrayNode m = o.putArray("misses");
            f.misses().forEach(m::add);
        }
        return o;
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
