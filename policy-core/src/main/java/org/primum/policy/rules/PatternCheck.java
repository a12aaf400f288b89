package org.primum.policy.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

/**
 * {@code kind: pattern}: a regular expression run over candidate regions only (each sentence,
 * or each token of the named kinds), with a step budget per region and regions cut into bounded
 * windows, so that no pattern can stall a check.
 */
final class PatternCheck implements Check {

    /** Longest region matched at once; longer sentences are matched in overlapping windows. */
    static final int WINDOW = 4000;
    private static final int OVERLAP = 400;
    /** Character reads allowed per window: generous for any sane pattern, tiny for a runaway one. */
    static final long BUDGET_BASE = 200_000;
    static final long BUDGET_PER_CHAR = 200;

    private final Pattern pattern;
    private final int group;
    private final Set<Token.Kind> tokens;
    private final Validators.Kind validator;
    private final int minLength;
    private final int maxLength;
    private final PhraseList exceptions;
    private final boolean quiet;

    PatternCheck(Pattern pattern, int group, Set<Token.Kind> tokens, Validators.Kind validator, int minLength,
            int maxLength, PhraseList exceptions, boolean quiet) {
        this.pattern = pattern;
        this.group = group;
        this.tokens = Set.copyOf(tokens);
        this.validator = validator;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.exceptions = exceptions;
        this.quiet = quiet;
    }

    @Override
    public void run(PostView v, Consumer<Hit> out) {
        Set<Long> seen = new HashSet<>();
        List<PhraseList.Match> excepted = exceptions == null ? List.of() : exceptions.findAll(v, 0, v.size());
        try {
            if (!tokens.isEmpty()) {
                for (Token t : v.tokens) {
                    if (tokens.contains(t.kind())) {
                        scan(v, t.start(), t.end(), seen, excepted, out);
                    }
                }
            } else {
                for (Sentence s : v.post.sentences()) {
                    for (int from = s.start(); from < s.end(); from += WINDOW - OVERLAP) {
                        scan(v, from, Math.min(s.end(), from + WINDOW), seen, excepted, out);
                        if (from + WINDOW >= s.end()) {
                            break;
                        }
                    }
                }
            }
        } catch (SafeRegex.TooSlow e) {
            out.accept(new Hit(0, 0, Map.of(),
                    List.of("the rule's pattern exceeded its step limit on this text and was stopped"), true));
        }
    }

    private void scan(PostView v, int from, int to, Set<Long> seen, List<PhraseList.Match> excepted,
            Consumer<Hit> out) {
        SafeRegex.Budgeted text = new SafeRegex.Budgeted(v.text, BUDGET_BASE + BUDGET_PER_CHAR * (to - from));
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            int start = m.start(group);
            int end = m.end(group);
            if (start < 0 || end <= start) {
                continue;
            }
            if (!seen.add(((long) start << 32) | end)) {
                continue;
            }
            String span = v.slice(start, end);
            String compact = Validators.compact(span);
            if (compact.length() < minLength || compact.length() > maxLength) {
                continue;
            }
            if (validator != null && !Validators.valid(validator, compact)) {
                continue;
            }
            if (TermsCheck.inside(start, end, excepted)) {
                continue;
            }
            String why = quiet ? "matched the rule's pattern" : "matched the rule's pattern: '" + span + "'";
            out.accept(new Hit(start, end, Map.of(),
                    validator == null || validator == Validators.Kind.LENGTH ? List.of(why)
                            : List.of(why, "passes the " + validator.name().toLowerCase(java.util.Locale.ROOT)
                                    + " check digit")));
        }
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("pattern", pattern.pattern() + ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? " (any case)" : ""));
        if (group != 0) {
            d.put("span", "capture group " + group);
        }
        d.put("searched", tokens.isEmpty() ? "each sentence" : "tokens of kind " + lower(tokens));
        if (validator != null) {
            d.put("validator", validator.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
            d.put("length", minLength + ".." + (maxLength == Integer.MAX_VALUE ? "" : maxLength)
                    + " letters and digits");
        }
        if (exceptions != null) {
            d.put("exceptions", String.join(", ", exceptions.phrases()));
        }
        return d;
    }

    static String lower(Set<Token.Kind> kinds) {
        StringBuilder sb = new StringBuilder();
        for (Token.Kind k : Token.Kind.values()) {
            if (kinds.contains(k)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
