package org.primum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.primum.policy.Policy;
import org.primum.policy.PolicyException;
import org.primum.policy.Severity;
import org.primum.policy.rules.DeclarativeRule;
import org.primum.policy.rules.RuleCatalog;
import org.primum.policy.rules.RuleExample;
import org.primum.policy.rules.RulePack;
import org.primum.policy.rules.RuleTester;
import org.primum.policy.spi.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code primum rules}: test, list and explain rules (declarative rule files and Java rules). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Tests, lists and explains rules: the built-in Java rules and declarative rule packs.",
                "A PATH is a rule file (.yaml, .yml, .json), a folder of them, or builtin:NAME."},
        subcommands = {RulesCommand.TestRules.class, RulesCommand.ListRules.class, RulesCommand.ExplainRule.class},
        footer = {"", "Run 'primum rules COMMAND --help' for a command's options."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("primum rules: missing command (test, list or explain)");
        spec.commandLine().usage(err);
        err.flush();
        return Main.ERROR;
    }

    /** Packs named by PATHs; file errors are collected, not thrown, so every file is reported. */
    static List<RulePack> load(List<String> paths, List<String> errors) {
        List<RulePack> out = new ArrayList<>();
        for (String p : paths) {
            try {
                if (p.startsWith(RulePack.BUILTIN)) {
                    out.add(RulePack.builtin(p));
                    continue;
                }
                Path path = Path.of(p);
                if (Files.isDirectory(path)) {
                    List<Path> files = ruleFiles(path);
                    if (files.isEmpty()) {
                        errors.add(p + ": no rule files (.yaml, .yml, .json) in this folder");
                    }
                    for (Path f : files) {
                        try {
                            out.add(RulePack.load(f));
                        } catch (PolicyException e) {
                            errors.add(e.getMessage());
                        }
                    }
                } else {
                    out.add(RulePack.load(path));
                }
            } catch (PolicyException e) {
                errors.add(e.getMessage());
            }
        }
        return out;
    }

    private static List<Path> ruleFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packs to work on: those named, else the policy's, else every shipped pack. */
    static List<RulePack> packs(List<String> paths, Policy policy, boolean policyGiven, List<String> errors) {
        if (!paths.isEmpty()) {
            return load(paths, errors);
        }
        if (policyGiven) {
            return policy.packs();
        }
        return RulePack.shipped();
    }

    static String ref(RulePack pack) {
        return pack.source().startsWith(RulePack.BUILTIN) ? RulePack.BUILTIN + pack.id() : pack.source();
    }

    /** {@code primum rules test}. */
    @Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Checks every rule's examples (fire, pass and fix).",
                    "Each fire example must fire on exactly its [[marked]] spans, each pass example must stay "
                            + "silent, and applying a rule's fix must silence it. With no PATH, tests every pack "
                            + "shipped with primum (or, with --policy, the packs the policy extends)."},
            footer = {"", "Exit codes: 0 every example holds, 1 an example failed or a rule has no examples, "
                    + "2 a rule file is malformed or a usage error."})
    static final class TestRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--policy", paramLabel = "FILE", description = "Test the packs this policy extends.")
        Path policyFile;

        @Option(names = {"-v", "--verbose"}, description = "Show every example, not only failures.")
        boolean verbose;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Rule files, folders of rule files, or builtin:NAME. Default: every shipped pack.")
        List<String> paths = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<String> errors = new ArrayList<>();
            Policy policy = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
            List<RulePack> packs = packs(paths, policy, policyFile != null, errors);
            int rules = 0;
            int examples = 0;
            int failedExamples = 0;
            int failedRules = 0;
            for (RulePack pack : packs) {
                out.println(pack.id() + pack.version().map(v -> " " + v).orElse("") + "  (" + ref(pack) + ")");
                for (DeclarativeRule rule : pack.rules()) {
                    rules++;
                    boolean hasFire = rule.examples().stream().anyMatch(RuleExample::fire);
                    boolean hasPass = rule.examples().stream().anyMatch(e -> !e.fire());
                    List<RuleTester.Result> results = RuleTester.forRule(rule).run();
                    List<RuleTester.Result> failed = results.stream().filter(r -> !r.passed()).toList();
                    examples += results.size();
                    failedExamples += failed.size();
                    boolean ok = failed.isEmpty() && hasFire && hasPass;
                    if (!ok) {
                        failedRules++;
                    }
                    out.printf(Locale.ROOT, "  %-4s  %s  (%d example%s%s)%n", ok ? "ok" : "FAIL", rule.id(),
                            results.size(), results.size() == 1 ? "" : "s",
                            failed.isEmpty() ? "" : ", " + failed.size() + " failed");
                    if (!hasFire || !hasPass) {
                        out.println("        " + rule.source() + ":" + rule.line() + ": the rule needs at least one "
                                + (hasFire ? "pass" : hasPass ? "fire" : "fire and one pass")
                                + " example under examples:");
                    }
                    for (RuleTester.Result r : results) {
                        if (!r.passed() || verbose) {
                            out.print(TextStyle.indent(r.describe().stripTrailing(), "        "));
                        }
                    }
                }
            }
            out.println();
            List<String> problems = new ArrayList<>();
            if (failedRules > 0) {
                problems.add(failedRules + " rule" + (failedRules == 1 ? "" : "s") + " failed (" + failedExamples
                        + " example" + (failedExamples == 1 ? "" : "s") + ")");
            }
            if (!errors.isEmpty()) {
                problems.add(errors.size() + " file error" + (errors.size() == 1 ? "" : "s") + " (below)");
            }
            out.printf(Locale.ROOT, "%d pack%s, %d rule%s, %d example%s: %s%n", packs.size(), packs.size() == 1 ? "" : "s",
                    rules, rules == 1 ? "" : "s", examples, examples == 1 ? "" : "s",
                    problems.isEmpty() ? "all passed" : String.join(", ", problems));
            out.flush();
            for (String e : errors) {
                err.println(e);
            }
            err.flush();
            if (!errors.isEmpty()) {
                return Main.ERROR;
            }
            return failedRules == 0 ? Main.OK : Main.FAILED;
        }
    }

    /** {@code primum rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Lists rules with their kind, category, severity and pack.",
                    "The built-in Java rules, Java rules on the class path, and declarative rules: every shipped "
                            + "pack, the packs a --policy extends, or those in PATHs."},
            footer = {"", "Exit codes: 0 listed, 2 a rule file is malformed or a usage error."})
    static final class ListRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "Show the rules this policy runs, with the severity it gives each.")
        Path policyFile;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Rule files, folders or builtin:NAME to list instead of the shipped packs.")
        List<String> paths = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> errors = new ArrayList<>();
            Policy policy = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
            List<RulePack> packs = packs(paths, policy, policyFile != null, errors);
            RuleCatalog catalog = RuleCatalog.of(policy, packs);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "KIND", "CATEGORY", "SEVERITY", "FROM", "SUMMARY"});
            for (RuleCatalog.Entry e : catalog.entries()) {
                Rule r = e.rule();
                String kind = e.declarative().map(d -> d.kind().lower()).orElse("java");
                String from = e.declarative().map(DeclarativeRule::pack)
                        .orElse(e.origin().startsWith("built-in") ? "built-in" : "class path");
                String severity = severity(policy, policyFile != null, r);
                rows.add(new String[] {r.id(), kind, r.category().name(), severity, from, r.summary()});
            }
            int[] width = new int[5];
            for (String[] row : rows) {
                for (int i = 0; i < 5; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s  ", row[i]));
                }
                out.println(sb.append(row[5]).toString().stripTrailing());
            }
            if (policyFile == null && paths.isEmpty()) {
                out.println();
                out.println("Declarative packs are optional: a policy turns one on with  extends: [builtin:NAME]");
            }
            out.flush();
            return reportErrors(spec, errors);
        }
    }

    static int reportErrors(CommandSpec spec, List<String> errors) {
        PrintWriter err = spec.commandLine().getErr();
        for (String e : errors) {
            err.println(e);
        }
        err.flush();
        return errors.isEmpty() ? Main.OK : Main.ERROR;
    }

    /** The severity a rule gets: its default, or under a policy what the policy gives it (or off). */
    static String severity(Policy policy, boolean policyGiven, Rule r) {
        if (!policyGiven) {
            return r.defaultSeverity().name();
        }
        if (!policy.isEnabled(r.id())) {
            return "off";
        }
        Severity s = policy.rule(r.id()).map(Policy.RuleSetting::severity).orElse(null);
        if (s == null && r instanceof DeclarativeRule d) {
            s = policy.types().get(d.type());
        }
        return (s == null ? r.defaultSeverity() : s).name();
    }

    /** {@code primum rules explain ID}. */
    @Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Describes one rule in full.",
                    "What it finds, its category, type and default severity, and for a declarative rule its "
                            + "settings, message, fix and examples."},
            footer = {"", "Exit codes: 0 explained, 2 no such rule, a malformed rule file or a usage error."})
    static final class ExplainRule implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "Also look in the packs this policy extends and show the policy's setting.")
        Path policyFile;

        @Parameters(index = "0", paramLabel = "ID", description = "The rule id, e.g. coi.undisclosed_promotion.")
        String id;

        @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
                description = "Rule files, folders or builtin:NAME to look in as well.")
        List<String> paths = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<String> errors = new ArrayList<>();
            Policy policy = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
            List<RulePack> packs = new ArrayList<>(load(paths, errors));
            packs.addAll(policy.packs());
            packs.addAll(RulePack.shipped());
            RuleCatalog catalog = RuleCatalog.of(policy, packs);
            RuleCatalog.Entry entry = catalog.find(id).orElse(null);
            if (entry == null) {
                List<String> close = new ArrayList<>();
                String stem = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
                for (RuleCatalog.Entry e : catalog.entries()) {
                    if (e.rule().id().startsWith(stem) || e.rule().id().contains(id)) {
                        close.add(e.rule().id());
                    }
                }
                err.println("primum rules explain: no rule with id '" + id + "'"
                        + (close.isEmpty() ? "; run 'primum rules list' to see them all"
                                : "; similar: " + String.join(", ", close)));
                reportErrors(spec, errors);
                return Main.ERROR;
            }
            out.print(explain(entry, policy, policyFile != null, packs));
            out.flush();
            return reportErrors(spec, errors);
        }

        static String explain(RuleCatalog.Entry entry, Policy policy, boolean policyGiven, List<RulePack> packs) {
            Rule r = entry.rule();
            StringBuilder sb = new StringBuilder();
            sb.append(r.id()).append('\n').append("  ").append(r.summary()).append("\n\n");
            DeclarativeRule d = entry.declarative().orElse(null);
            row(sb, "kind", d == null ? "java (" + r.getClass().getName() + ")" : d.kind().lower());
            if (d == null) {
                row(sb, "from", entry.origin());
            } else {
                RulePack pack = packs.stream().filter(p -> p.id().equals(d.pack())).findFirst().orElse(null);
                row(sb, "pack", d.pack() + (pack == null ? "" : pack.version().map(v -> " " + v).orElse("")
                        + " (" + ref(pack) + ")"));
                row(sb, "defined at", d.source() + ":" + d.line());
            }
            row(sb, "category", r.category().name());
            if (d != null) {
                row(sb, "type", d.type().name());
            }
            row(sb, "severity", r.defaultSeverity().name() + " by default"
                    + (policyGiven ? "; under " + policy.name() + ": " + severity(policy, true, r) : ""));
            if (d == null) {
                sb.append("\n  A Java rule: its behaviour is in code; see its tests for examples.\n");
            } else {
                row(sb, "message", d.messageTemplate());
                d.suggestion().ifPresent(s -> row(sb, "suggestion", s));
                d.fix().ifPresent(f -> row(sb, "fix", f.append() != null ? "append \"" + f.append() + "\""
                        : "replace the span with \"" + f.replace() + "\""));
                if (d.confidence() < 1) {
                    row(sb, "confidence", String.format(Locale.ROOT, "%.2f", d.confidence()));
                }
                for (Map.Entry<String, String> e : d.settings().entrySet()) {
                    row(sb, e.getKey(), e.getValue());
                }
                d.description().ifPresent(text -> sb.append('\n').append(TextStyle.indent(text.strip(), "  ")));
                if (!d.references().isEmpty()) {
                    sb.append("\n  references:\n");
                    d.references().forEach(ref -> sb.append("    - ").append(ref).append('\n'));
                }
                if (!d.examples().isEmpty()) {
                    sb.append("\n  examples:\n");
                    for (RuleExample e : d.examples()) {
                        sb.append("    ").append(e.fire() ? "fire  " : "pass  ")
                                .append(quote(e.fire() ? e.marked() : e.text())).append('\n');
                    }
                }
            }
            sb.append("\n  In a policy:\n    rules:\n      ").append(r.id())
                    .append(": off            # or info, warn, block; or {severity: warn, minConfidence: 0.8")
                    .append(d != null && d.limit().isPresent() ? ", limit: " + d.limit().getAsInt() : "")
                    .append("}\n");
            if (d != null) {
                sb.append("    extends: [").append(packs.stream().filter(p -> p.id().equals(d.pack())).findFirst()
                        .map(RulesCommand::ref).orElse(d.source())).append("]   # to run this rule\n");
            }
            return sb.toString();
        }

        private static void row(StringBuilder sb, String label, String value) {
            sb.append(String.format(Locale.ROOT, "  %-11s %s%n", label + ":", value));
        }
    }

    /** Quotes example text for display, making line breaks visible. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
