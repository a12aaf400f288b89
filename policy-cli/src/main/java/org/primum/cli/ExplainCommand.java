package org.primum.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.TokenTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code primum explain}: shows how one post was analysed and why each finding fired. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows why one post gets its verdict, for a compliance reviewer.",
                "Prints the normalised text, tokens, sentences, and for each finding the rule,",
                "the cues behind it and its confidence."},
        footer = {"", "Exit codes: 0 explained, 2 usage or input error."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--text", paramLabel = "TEXT", description = "The post to explain.")
    String text;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "A file holding the post ('-' or nothing: standard input).")
    String file;

    @Mixin
    CheckerOptions checkerOptions;

    @Override
    public Integer call() {
        if (text != null && file != null) {
            throw new ParameterException(spec.commandLine(), "Give either --text or a FILE, not both");
        }
        String post = text != null ? text : readOne(file == null ? "-" : file);
        PostChecker checker = checkerOptions.checker();
        PrintWriter out = spec.commandLine().getOut();
        out.print(explain(checker, post));
        out.flush();
        return Main.OK;
    }

    private String readOne(String name) {
        List<String> posts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (name.equals("-") && main.interactive()) {
            spec.commandLine().getErr().println("primum: reading one post from standard input (end it with Ctrl-D)");
            spec.commandLine().getErr().flush();
        }
        Inputs.read(name, Inputs.Mode.text, main.stdin(), new Inputs.Sink() {
            @Override
            public void post(Inputs.Item item) {
                posts.add(item.text());
            }

            @Override
            public void error(String message) {
                errors.add(message);
            }
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors.get(0));
        }
        return posts.get(0);
    }

    static String explain(PostChecker checker, String text) {
        Draft draft = Draft.of(text);
        Post post = checker.analyze(draft);
        CheckResult r = checker.check(draft);
        StringBuilder sb = new StringBuilder();

        sb.append("Verdict: ").append(r.verdict()).append('\n');
        sb.append("Policy: ").append(checker.policy().name()).append(" (").append(checker.policy().source())
                .append("), minimum confidence ").append(TextStyle.confidence(checker.policy().minConfidence()))
                .append('\n');
        List<String> ruleIds = new ArrayList<>();
        for (Rule rule : checker.rules()) {
            ruleIds.add(rule.id());
        }
        sb.append("Rules run: ").append(String.join(", ", ruleIds)).append('\n');
        sb.append("Entity detectors: ").append(checker.detectorNames().isEmpty() ? "none"
                : String.join(", ", checker.detectorNames())).append('\n');
        sb.append("Language: ").append(r.language()).append('\n');
        java.util.OptionalDouble story = post.patientStory();
        Policy.PatientStory thresholds = checker.policy().patientStory();
        sb.append("Patient story: ").append(story.isEmpty() ? "no score (no detector scores posts in this language)"
                : TextStyle.confidence(story.getAsDouble()) + " (names, places and tagged handles block at "
                        + TextStyle.confidence(thresholds.blockAt())
                        + " or more; context-only or contact-only blocks warn below "
                        + TextStyle.confidence(thresholds.doubtBelow()) + ")").append('\n');
        java.util.OptionalDouble advice = post.personalAdvice();
        Policy.PersonalAdvice adviceThresholds = checker.policy().personalAdvice();
        sb.append("Personal advice: ").append(advice.isEmpty() ? "no score (no detector scores advice in this language)"
                : TextStyle.confidence(advice.getAsDouble()) + " (flagged at "
                        + TextStyle.confidence(adviceThresholds.flagAt()) + " or more when no rule found advice; "
                        + "advice blocks warn below " + TextStyle.confidence(adviceThresholds.doubtBelow()) + ")")
                .append('\n');
        if (!post.entities().isEmpty()) {
            sb.append("Entities:");
            for (Entity e : post.entities()) {
                sb.append(String.format(Locale.ROOT, " %s %s [%d,%d) %s;", e.label(),
                        quote(post.normalized().substring(e.start(), e.end())), e.start(), e.end(),
                        TextStyle.confidence(e.confidence())));
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }

        sb.append("\nText (").append(text.length()).append(" chars):\n").append(TextStyle.indent(text, "  "));
        if (post.normalized().equals(text)) {
            sb.append("Normalised text: same as the text\n");
        } else {
            sb.append("Normalised text (").append(post.normalized().length()).append(" chars; offsets below refer to it):\n")
                    .append(TextStyle.indent(post.normalized(), "  "));
        }

        List<Token> tokens = post.tokens();
        TokenTags tags = post.tags().orElse(null);
        sb.append("\nTokens (").append(tokens.size()).append(tags == null ? "" : "; part of speech and lemma from "
                + String.join(", ", checker.detectorNames())).append("):\n");
        int width = 4;
        for (Token t : tokens) {
            width = Math.max(width, Math.min(40, quote(t.text()).length()));
        }
        String tokenFmt = "  %4s  %-7s  %-" + width + "s  [%d,%d)  sentence %d%s%n";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String tag = tags == null ? "" : String.format(Locale.ROOT, "  %-5s %s", tags.pos(i), tags.lemma(i));
            sb.append(String.format(Locale.ROOT, tokenFmt, i, t.kind().name(), quote(t.text()), t.start(), t.end(),
                    t.sentence(), tag));
        }

        sb.append("\nSentences (").append(post.sentences().size()).append("):\n");
        for (Sentence s : post.sentences()) {
            sb.append(String.format(Locale.ROOT, "  %d  [%d,%d)  tokens %d-%d  %s%n", s.index(), s.start(), s.end(),
                    s.firstToken(), Math.max(s.firstToken(), s.endToken() - 1),
                    quote(post.normalized().substring(s.start(), s.end()))));
        }

        sb.append("\nFindings (").append(r.findings().size()).append("):\n");
        if (r.findings().isEmpty()) {
            sb.append("  none: no rule found anything at or above its confidence threshold\n");
        }
        int n = 1;
        for (Finding f : r.findings()) {
            sb.append(String.format(Locale.ROOT, "  %d. %s  %s  %s/%s  confidence %s (threshold %s)%n", n++,
                    f.severity(), f.ruleId(), f.category(), f.type(), TextStyle.confidence(f.confidence()),
                    TextStyle.confidence(checker.policy().minConfidenceFor(f.ruleId()))));
            sb.append("     text [").append(f.start()).append(',').append(f.end()).append("): ")
                    .append(quote(f.matchedText(text))).append('\n');
            sb.append("     message: ").append(f.message()).append('\n');
            if (f.reasons().isEmpty()) {
                sb.append("     reasons: none given\n");
            } else {
                sb.append("     reasons:\n");
                for (String reason : f.reasons()) {
                    sb.append("       - ").append(reason).append('\n');
                }
            }
            if (f.suggestion() != null) {
                sb.append("     suggestion: ").append(f.suggestion()).append('\n');
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append("\nNotes:\n");
            for (String note : r.notes()) {
                sb.append("  - ").append(note).append('\n');
            }
        }
        sb.append("\nRedacted:\n").append(TextStyle.indent(r.redactedText(), "  "));
        return sb.toString();
    }

    /** A token or span in double quotes with line breaks and tabs made visible. */
    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }
}
