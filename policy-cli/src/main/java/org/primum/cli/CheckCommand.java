package org.primum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.primum.cli.report.HtmlReport;
import org.primum.cli.report.JunitReport;
import org.primum.cli.report.Region;
import org.primum.cli.report.ReportedPost;
import org.primum.cli.report.SarifReport;
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
                "Posts come from --text, from FILEs and directories, or from standard input ('-', the default).",
                "Files: plain text, Markdown (front matter skipped), CSV rows (--column),",
                "JSON Lines queues (--field); directories are walked recursively",
                "(--include, --exclude). Findings point to file:line:column."},
        footer = {"", "Exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage or input error.",
                "Machine formats (json, jsonl, sarif, junit) never echo matched text unless",
                "--show-matches is given; the html report shows the posts, for reviewers."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, sarif, junit, html }

    enum FailOn { warn, block }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--text", paramLabel = "TEXT", description = "Check this one post.")
    String text;

    @Option(names = "--input", paramLabel = "MODE",
            description = "How files split into posts: text (whole file), markdown (whole file without front "
                    + "matter), lines (each non-empty line), jsonl (objects with id and text), csv (rows; see "
                    + "--column). Default by extension: *.jsonl/*.ndjson jsonl, *.csv csv, *.md/*.markdown "
                    + "markdown, else text.")
    Inputs.Mode input;

    @Option(names = "--column", paramLabel = "NAME", defaultValue = "text",
            description = "CSV column holding the post text: a header name or a 1-based number. An 'id' column, "
                    + "if any, names the posts. Default: ${DEFAULT-VALUE}.")
    String column;

    @Option(names = "--field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON Lines field holding the post text (dots reach into objects, e.g. post.body). "
                    + "Default: ${DEFAULT-VALUE}.")
    String field;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In directories, check files matching this glob (repeatable; a glob without '/' matches "
                    + "the file name). Default: *.txt *.md *.markdown *.csv *.jsonl *.ndjson.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "In directories, skip files and directories matching this glob (repeatable). "
                    + "Hidden files and directories are always skipped.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (for people), json (one document), jsonl (one object per post), sarif "
                    + "(SARIF 2.1.0 for code scanning), junit (JUnit XML test report), html (self-contained "
                    + "report for reviewers). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (the summary line then goes to "
                    + "standard error).")
    Path output;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Directory that SARIF file URIs are relative to. Default: the working directory.")
    Path baseDir;

    @Mixin
    CheckerOptions checkerOptions;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "block",
            description = "Exit 1 when a post reaches this verdict: warn or block. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--redact", description = "Print the redacted text (machine formats always include it).")
    boolean redact;

    @Option(names = "--show-matches",
            description = "Include the matched text of each finding in json, jsonl, sarif and junit.")
    boolean showMatches;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files or directories to check; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final List<String> inputErrors = new ArrayList<>();
    private final List<ReportedPost> reported = new ArrayList<>();
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
        StringWriter buffer = output == null ? null : new StringWriter();
        PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
        PrintWriter err = spec.commandLine().getErr();
        TextStyle style = new TextStyle(main.ansi() && output == null);
        ArrayNode jsonResults = JsonResults.MAPPER.createArrayNode();
        boolean collect = format == Format.sarif || format == Format.junit || format == Format.html;

        Inputs.Sink sink = new Inputs.Sink() {
            @Override
            public void post(Inputs.Item item) {
                CheckResult r = checker.check(item.draft());
                posts++;
                counts.merge(r.verdict(), 1, Integer::sum);
                ReportedPost p = reported(item, r);
                switch (format) {
                    case jsonl -> out.println(JsonResults.result(p, showMatches).toString());
                    case json -> jsonResults.add(JsonResults.result(p, showMatches));
                    case text -> printText(out, style, p);
                    default -> { }
                }
                if (collect) {
                    reported.add(p);
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
            Inputs.Options options = new Inputs.Options(input, column, field, new FileWalk(includes, excludes), baseDir);
            List<String> names = files.isEmpty() ? List.of("-") : files;
            for (String name : names) {
                if (name.equals("-") && main.interactive()) {
                    err.println("primum: reading one post from standard input (end it with Ctrl-D)");
                    err.flush();
                }
                Inputs.read(name, options, main.stdin(), sink);
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
                out.println(pretty(doc));
            }
            case sarif -> {
                SarifReport.Builder b = SarifReport.builder().toolVersion(version())
                        .rules(checker.rules(), checker.policy()).showMatches(showMatches).exitCode(code)
                        .baseUri((baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize().toUri()
                                .toString());
                inputErrors.forEach(b::notification);
                out.println(pretty(b.build().build(reported)));
            }
            case junit -> out.print(new JunitReport(failLevel, showMatches, inputErrors).render(reported));
            case html -> {
                HtmlReport.Builder b = HtmlReport.builder().title("Primum report")
                        .meta("Policy " + checker.policy().name() + " (" + checker.rules().size() + " rules); fail level "
                                + failOn.name() + "; " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                        .meta(summary(failed, code, new TextStyle(false)));
                inputErrors.forEach(e -> b.meta("Input error: " + e));
                out.print(b.build().render(reported));
            }
            case text -> out.println(summary(failed, code, style));
            case jsonl -> { }
        }
        out.flush();
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                w.write(buffer.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (format != Format.text) {
                err.println(summary(failed, code, new TextStyle(false)) + " Report: " + output);
                err.flush();
            }
        } else {
            spec.commandLine().getOut().flush();
        }
        return code;
    }

    private static ReportedPost reported(Inputs.Item item, CheckResult r) {
        Inputs.Located at = item.where();
        if (at == null) {
            return ReportedPost.of(item.id(), item.text(), r);
        }
        List<Region> regions = new ArrayList<>();
        for (Finding f : r.findings()) {
            int end = Math.min(f.end(), item.text().length());
            regions.add(at.region(Math.min(f.start(), end), end));
        }
        return new ReportedPost(item.id(), item.text(), r, at.path(), at.uri(), at.region(0, item.text().length()),
                regions);
    }

    private static String pretty(ObjectNode doc) {
        try {
            return JsonResults.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version written into the jar at build time, e.g. {@code 0.1.0-SNAPSHOT}. */
    private static String version() {
        try {
            String v = new Main.Version().getVersion()[0];
            String n = v.startsWith("primum ") ? v.substring(7) : v;
            return n.equals("unknown") ? null : n;
        } catch (IOException e) {
            return null;
        }
    }

    private int count(Verdict v) {
        return counts.getOrDefault(v, 0);
    }

    private void printText(PrintWriter out, TextStyle style, ReportedPost p) {
        CheckResult r = p.result();
        String where = p.where();
        out.println(style.bold(p.id()) + (where != null && !where.equals(p.id()) ? " (" + where + ")" : "") + ": "
                + style.verdict(r.verdict())
                + (r.findings().isEmpty() ? "" : " (" + r.findings().size() + " finding"
                        + (r.findings().size() == 1 ? "" : "s") + ")"));
        out.print(TextStyle.indent(style.marked(p.text(), r.findings()), "  "));
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            StringBuilder line = new StringBuilder("  ");
            String at = p.where(i);
            if (at != null) {
                line.append(at).append("  ");
            }
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
