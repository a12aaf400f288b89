package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Sentence;

/**
 * A rule written in a rule file (YAML or JSON) rather than in Java. Immutable and thread-safe;
 * everything it matches with (phrase tables, compiled patterns) is built when the file is read.
 * Read one with {@link RulePack#load(java.nio.file.Path)}; the format is in {@code docs/custom-rules.md}.
 */
public final class DeclarativeRule implements Rule {

    /** The kinds of declarative rule. */
    public enum Kind {
        /** Words or phrases (with case, word-boundary, variant and exception options). */
        TERMS,
        /** A regular expression, optionally with a capture group as the span and a validator. */
        PATTERN,
        /** A phrase of list A within N words of a phrase of list B. */
        NEAR,
        /** A post that matches one list must also match another (e.g. promotion needs a disclosure). */
        REQUIRES,
        /** Counts and lengths: hashtags, mentions, links, characters. */
        LIMIT;

        public String lower() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A literal fix: replace each matched span with {@code replace}, or add {@code append} to the end
     * of the post. Exactly one is non-null. {@code primum rules test} checks that applying it to each
     * fire example silences the rule.
     */
    public record Fix(String replace, String append) {
        public Fix {
            if ((replace == null) == (append == null)) {
                throw new IllegalArgumentException("a fix has exactly one of replace and append");
            }
        }

        /** The text after the fix, given the spans (original-text offsets) the rule found. */
        public String apply(String text, List<int[]> spans) {
            if (append != null) {
                String sep = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)) ? "" : " ";
                return text + sep + append;
            }
            List<int[]> sorted = new ArrayList<>(spans);
            sorted.sort((x, y) -> Integer.compare(y[0], x[0]));
            StringBuilder sb = new StringBuilder(text);
            int limit = Integer.MAX_VALUE;
            for (int[] s : sorted) {
                if (s[1] <= limit) {
                    sb.replace(s[0], s[1], replace);
                    limit = s[0];
                }
            }
            return sb.toString();
        }

        String describe() {
            if (append != null) {
                return "Add \"" + append + "\".";
            }
            return replace.isEmpty() ? "Remove it." : "Replace it with \"" + replace + "\".";
        }
    }

    private final String id;
    private final Kind kind;
    private final Category category;
    private final FindingType type;
    private final Severity severity;
    private final String message;
    private final String summary;
    private final String description;
    private final String suggestion;
    private final Fix fix;
    private final double confidence;
    private final List<String> references;
    private final List<RuleExample> examples;
    private final String pack;
    private final String source;
    private final int line;
    private final Check check;
    private final PhraseList unless;
    private final boolean unlessInPost;

    DeclarativeRule(String id, Kind kind, Category category, FindingType type, Severity severity, String message,
            String summary, String description, String suggestion, Fix fix, double confidence,
            List<String> references, List<RuleExample> examples, String pack, String source, int line, Check check,
            PhraseList unless, boolean unlessInPost) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.category = Objects.requireNonNull(category);
        this.type = Objects.requireNonNull(type);
        this.severity = Objects.requireNonNull(severity);
        this.message = Objects.requireNonNull(message);
        this.summary = summary != null ? summary : withoutPlaceholders(message);
        this.description = description;
        this.suggestion = suggestion;
        this.fix = fix;
        this.confidence = confidence;
        this.references = List.copyOf(references);
        this.examples = List.copyOf(examples);
        this.pack = pack;
        this.source = source;
        this.line = line;
        this.check = Objects.requireNonNull(check);
        this.unless = unless;
        this.unlessInPost = unlessInPost;
    }

    private DeclarativeRule with(String newPack, Check newCheck) {
        return new DeclarativeRule(id, kind, category, type, severity, message, summary, description, suggestion, fix,
                confidence, references, examples, newPack, source, line, newCheck, unless, unlessInPost);
    }

    DeclarativeRule inPack(String packId) {
        return with(packId, check);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Category category() {
        return category;
    }

    @Override
    public String summary() {
        return summary;
    }

    /** A message template read as a summary: placeholders and the quotes around them dropped. */
    private static String withoutPlaceholders(String template) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int close = template.charAt(i) == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '\''
                        || sb.charAt(sb.length() - 1) == '"')) {
                    sb.setLength(sb.length() - 1);
                }
                i = close + 1;
                while (i < template.length() && (template.charAt(i) == '\'' || template.charAt(i) == '"')) {
                    i++;
                }
                if (i < template.length() && Character.isLetterOrDigit(template.charAt(i))) {
                    sb.append(' ');
                }
            } else {
                sb.append(template.charAt(i++));
            }
        }
        String out = sb.toString().strip();
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    public Kind kind() {
        return kind;
    }

    /** The finding type this rule reports. */
    public FindingType type() {
        return type;
    }

    /** The message as written, with its {@code {placeholders}}. */
    public String messageTemplate() {
        return message;
    }

    /** Longer explanation, if the file gives one. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The suggestion shown with each finding: as written, or derived from the fix. */
    public Optional<String> suggestion() {
        if (suggestion != null) {
            return Optional.of(suggestion);
        }
        return fix == null ? Optional.empty() : Optional.of(fix.describe());
    }

    public Optional<Fix> fix() {
        return Optional.ofNullable(fix);
    }

    public double confidence() {
        return confidence;
    }

    /** Links or citations for the policy this rule enforces. */
    public List<String> references() {
        return references;
    }

    /** The rule's own fire and pass examples, in file order. */
    public List<RuleExample> examples() {
        return examples;
    }

    /** Id of the pack the rule belongs to. */
    public String pack() {
        return pack;
    }

    /** The file the rule was read from. */
    public String source() {
        return source;
    }

    /** 1-based line where the rule starts in its file. */
    public int line() {
        return line;
    }

    /** Kind-specific settings in words, for {@code primum rules explain}. */
    public Map<String, String> settings() {
        Map<String, String> d = new LinkedHashMap<>(check.describe());
        if (unless != null) {
            d.put("unless", NearCheck.summary(unless) + (unlessInPost ? " (anywhere in the post)" : " (same sentence)"));
        }
        return d;
    }

    /** The maximum of a {@code limit} rule; empty for other kinds. */
    public OptionalInt limit() {
        return check instanceof LimitCheck l ? OptionalInt.of(l.max()) : OptionalInt.empty();
    }

    /**
     * This {@code limit} rule with another maximum (a policy's {@code rules: {id: {limit: n}}}).
     *
     * @throws IllegalStateException for other kinds
     */
    public DeclarativeRule withLimit(int max) {
        if (!(check instanceof LimitCheck l)) {
            throw new IllegalStateException(id + " is a " + kind.lower() + " rule; only limit rules take a limit");
        }
        if (max < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + max);
        }
        return with(pack, l.withMax(max));
    }

    @Override
    public void check(Post post, Consumer<Detection> out) {
        if (post.tokens().isEmpty() && kind != Kind.LIMIT) {
            return;
        }
        PostView v = PostView.of(post);
        check.run(v, hit -> {
            if (hit.stopped()) {
                // an empty span at the start: about the whole text, yet never hides or redacts other findings
                out.accept(new Detection(type, 0, 0, 1.0,
                        "Rule " + id + " could not finish checking this text (its pattern is too slow) and was "
                                + "stopped; review the text by hand.",
                        "Ask the rule's author to simplify its pattern.", hit.reasons()));
                return;
            }
            if (unless != null && unlessApplies(v, hit)) {
                return;
            }
            Map<String, String> values = new HashMap<>(hit.values());
            values.putIfAbsent("match", v.slice(hit.start(), hit.end()));
            List<String> reasons = new ArrayList<>(hit.reasons());
            reasons.add("rule " + id + (pack == null ? "" : " of pack " + pack) + " (" + source
                    + (line > 0 ? ":" + line : "") + ")");
            String fixText = suggestion().map(s -> render(s, values)).orElse(null);
            out.accept(new Detection(type, hit.start(), hit.end(), confidence, render(message, values), fixText,
                    reasons));
        });
    }

    private boolean unlessApplies(PostView v, Check.Hit hit) {
        if (unlessInPost || v.size() == 0) {
            return unless.first(v, 0, v.size()) != null;
        }
        Sentence first = v.sentenceAt(hit.start());
        Sentence last = v.sentenceAt(Math.max(hit.start(), hit.end() - 1));
        return unless.first(v, first.firstToken(), last.endToken()) != null;
    }

    /** {@code template} with each {@code {name}} replaced by its value; unknown names stay as written. */
    static String render(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && values.containsKey(template.substring(i + 1, close))) {
                sb.append(values.get(template.substring(i + 1, close)));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Placeholders a message of this kind may use. */
    static Set<String> placeholders(Kind kind) {
        return switch (kind) {
            case TERMS, PATTERN -> Set.of("match");
            case NEAR -> Set.of("match", "a", "b", "within");
            case REQUIRES -> Set.of("match", "required");
            case LIMIT -> Set.of("match", "count", "limit");
        };
    }

    @Override
    public String toString() {
        return "DeclarativeRule[" + id + ", " + kind.lower() + ", " + source + ":" + line + "]";
    }
}
