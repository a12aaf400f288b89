package org.primum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.eval.Corpus;
import org.primum.policy.eval.EvalReport;
import org.primum.policy.eval.Evaluation;
import org.primum.policy.eval.Figure;
import org.primum.policy.eval.LabelledPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code primum eval}: measures the checker on a labelled corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the checker on a labelled JSON Lines corpus.",
                "Reports PHI and advice recall and precision, span recall by type ([[TYPE:surface]] markup),",
                "the share of clean posts that pass, verdicts per group, and throughput."},
        footer = {"", "Exit codes: 0 report printed, 2 usage or corpus error."})
final class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS.jsonl", description = "The labelled corpus.")
    Path corpus;

    @Mixin
    CheckerOptions checkerOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--compare-nlp", description = "Run with entity detectors on and off and show both.")
    boolean compareNlp;

    @Option(names = "--held-out", description = {"Figures only: do not list which posts count against each figure.",
            "Use it on a held-out or blind corpus, so nobody tunes the rules to its failing posts."})
    boolean heldOut;

    @Override
    public Integer call() {
        if (compareNlp && checkerOptions.noNlp) {
            throw new ParameterException(spec.commandLine(), "--compare-nlp runs with and without detectors; drop --no-nlp");
        }
        Policy policy = checkerOptions.policy();
        List<LabelledPost> posts = Corpus.read(corpus);
        if (posts.isEmpty()) {
            throw new InputException(corpus + ": no posts in corpus");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!compareNlp) {
            EvalReport report = Evaluation.run(CheckerOptions.checker(policy, !checkerOptions.noNlp), posts);
            out.print(format == Format.json ? report.toJson(!heldOut) + "\n" : report.toText(!heldOut));
            out.flush();
            return Main.OK;
        }

        PostChecker withNlp = CheckerOptions.checker(policy, true);
        PostChecker withoutNlp = CheckerOptions.checker(policy, false);
        String note = withNlp.detectorNames().isEmpty()
                ? "No entity detector is on the class path: both runs use the same pattern rules, "
                        + "so their figures are the same (throughput may differ)."
                : "Entity detectors: " + String.join(", ", withNlp.detectorNames()) + ".";
        EvalReport on = Evaluation.run(withNlp, posts);
        EvalReport off = Evaluation.run(withoutNlp, posts);
        if (format == Format.json) {
            ObjectNode doc = JsonResults.MAPPER.createObjectNode();
            doc.put("note", note);
            try {
                doc.set("withDetectors", JsonResults.MAPPER.readTree(on.toJson(!heldOut)));
                doc.set("withoutDetectors", JsonResults.MAPPER.readTree(off.toJson(!heldOut)));
                out.println(JsonResults.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(note);
            out.println();
            out.println("=== With entity detectors" + (withNlp.detectorNames().isEmpty() ? " (none found)" : "") + " ===");
            out.println(on.toText(!heldOut));
            out.println("=== Without entity detectors (--no-nlp) ===");
            out.println(off.toText(!heldOut));
            out.println("=== Comparison ===");
            out.print(comparison(off, on));
        }
        out.flush();
        return Main.OK;
    }

    private static String comparison(EvalReport off, EvalReport on) {
        List<Figure> a = off.allFigures();
        List<Figure> b = on.allFigures();
        int width = "figure".length();
        for (Figure f : a) {
            width = Math.max(width, f.key().length());
        }
        String fmt = "%-" + width + "s  %8s  %8s  %8s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, fmt, "figure", "no-nlp", "nlp", "change"));
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            Figure x = a.get(i);
            Figure y = b.get(i);
            String change = x.defined() && y.defined()
                    ? String.format(Locale.ROOT, "%+.1f", 100 * (y.value() - x.value())) : "n/a";
            sb.append(String.format(Locale.ROOT, fmt, x.key(), pct(x), pct(y), change));
        }
        sb.append(String.format(Locale.ROOT, fmt, "posts/s", String.format(Locale.ROOT, "%.0f",
                off.throughput().postsPerSecond()), String.format(Locale.ROOT, "%.0f", on.throughput().postsPerSecond()), ""));
        return sb.toString();
    }

    private static String pct(Figure f) {
        return f.defined() ? String.format(Locale.ROOT, "%.1f%%", 100 * f.value()) : "n/a";
    }
}
