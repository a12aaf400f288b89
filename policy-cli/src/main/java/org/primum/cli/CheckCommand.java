package org.primum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.PostChecker;
import org.primum.policy.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code primum check}: checks posts and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks draft posts for PHI and personal medical advice.",
                "Posts come from --text, from FILEs, or from standard input ('-', the default)."},
        footer = {"", "Exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage or input error.",
                "Machine formats (json, jsonl) never echo matched text unless --show-matches is given."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    enum FailOn { warn, block }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--text", paramLabel = "TEXT", description = "Check this one post.")
    String text;

    @Option(names = "--input", paramLabel = "MODE",
            description = "How files split into posts: text (whole file), lines (each non-empty line), "
                    + "jsonl (objects with id and text). Default: jsonl for *.jsonl, else text.")
    Inputs.Mode input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (for people), json (one document), jsonl (one object per post). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    CheckerOptions checkerOptions;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "block",
            description = "Exit 1 when a post reaches this verdict: warn or block. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--redact", description = "Print the redacted text (machine formats always include it).")
    boolean redact;

    @Option(names = "--show-matches", description = "Include the matched text of each finding in json and jsonl.")
    boolean showMatches;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to check; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final List<String> inputErrors = new ArrayList<>();
    private int posts;

    @Override
    public Integer call() {
        if (text != null && !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give either --text or FILEs, not both");
        }
        if (text != null && input != null) {
            throw new ParameterException(spec.commandLine(), "--input applies to FILEs, not to --text");
        }
        PostChecker checker = checkerOptions.checker();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TextStyle style = new TextStyle(main.ansi());
        ArrayNode jsonResults = JsonResults.MAPPER.createArrayNode();

        Inputs.Sink sink = new Inputs.Sink() {
            @Override
            public void post(Inputs.Item item) {
                CheckResult r = checker.check(item.text());
                posts++;
                counts.merge(r.verdict(), 1, Integer::sum);
                switch (format) {
                    case jsonl -> {
                        out.println(JsonResults.result(item.id(), item.text(), r, showMatches).toString());
                    }
                    case json -> jsonResults.add(JsonResults.result(item.id(), item.text(), r, showMatches));
                    case text -> printText(out, style, item, r);
                }
            }

            @Override
            public void error(String message) {
                inputErrors.add(message);
                out.flush();
                err.println(message);
                err.flush();
            }
        };

        if (text != null) {
            sink.post(new Inputs.Item("text", text));
        } else {
            List<String> names = files.isEmpty() ? List.of("-") : files;
            for (String name : names) {
                if (name.equals("-") && main.interactive()) {
                    err.println("primum: reading one post from standard input (end it with Ctrl-D)");
                    err.flush();
                }
                Inputs.read(name, input, main.stdin(), sink);
            }
        }

        Verdict failLevel = failOn == FailOn.warn ? Verdict.WARN : Verdict.BLOCK;
        boolean failed = counts.entrySet().stream()
                .anyMatch(e -> e.getKey().compareTo(failLevel) >= 0 && e.getValue() > 0);
        int code = !inputErrors.isEmpty() ? Main.ERROR : failed ? Main.FAILED : Main.OK;

        switch (format) {
            case json -> {
                ObjectNode doc = JsonResults.MAPPER.createObjectNode();
                doc.set("results", jsonResults);
                ObjectNode s = doc.putObject("summary");
                s.put("posts", posts);
                s.put("block", count(Verdict.BLOCK));
                s.put("warn", count(Verdict.WARN));
                s.put("pass", count(Verdict.PASS));
                s.put("failOn", failOn.name());
                s.put("failed", failed);
                ArrayNode errs = s.putArray("inputErrors");
                inputErrors.forEach(errs::add);
                s.put("exitCode", code);
                try {
                    out.println(JsonResults.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(doc));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case text -> out.println(summary(failed, code, style));
            case jsonl -> { }
        }
        out.flush();
        return code;
    }

    private int count(Verdict v) {
        return counts.getOrDefault(v, 0);
    }

    private void printText(PrintWriter out, TextStyle style, Inputs.Item item, CheckResult r) {
        out.println(style.bold(item.id()) + ": " + style.verdict(r.verdict())
                + (r.findings().isEmpty() ? "" : " (" + r.findings().size() + " finding"
                        + (r.findings().size() == 1 ? "" : "s") + ")"));
        out.print(TextStyle.indent(style.marked(item.text(), r.findings()), "  "));
        for (Finding f : r.findings()) {
            StringBuilder line = new StringBuilder("  ");
            line.append(style.severity(f.severity())).append("  ").append(f.ruleId()).append("  ")
                    .append(f.type().name()).append("  confidence ").append(TextStyle.confidence(f.confidence()))
                    .append("  ").append(f.message());
            if (f.suggestion() != null) {
                line.append("  Suggestion: ").append(f.suggestion());
            }
            out.println(line);
        }
        for (String note : r.notes()) {
            out.println("  " + style.dim("note: " + note));
        }
        if (redact) {
            out.println("  Redacted:");
            out.print(TextStyle.indent(r.redactedText(), "    "));
        }
        out.println();
    }

    private String summary(boolean failed, int code, TextStyle style) {
        StringBuilder sb = new StringBuilder();
        sb.append("Checked ").append(posts).append(posts == 1 ? " post: " : " posts: ")
                .append(count(Verdict.BLOCK)).append(" BLOCK, ")
                .append(count(Verdict.WARN)).append(" WARN, ")
                .append(count(Verdict.PASS)).append(" PASS.");
        if (!inputErrors.isEmpty()) {
            sb.append(' ').append(inputErrors.size()).append(" input error")
                    .append(inputErrors.size() == 1 ? "" : "s").append(" (see stderr).");
        }
        sb.append(" Fail level ").append(failOn.name()).append(": ")
                .append(failed ? style.bold("failed") : "ok").append(" (exit ").append(code).append(").");
        return sb.toString();
    }
}
