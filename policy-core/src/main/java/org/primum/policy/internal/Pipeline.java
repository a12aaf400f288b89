package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.TokenTags;

/**
 * Runs a checker's rules over one draft: analyse once, detect entities, run every rule, drop
 * allow-listed and low-confidence detections, apply the policy's severities, resolve overlaps,
 * map spans back to the original text, decide the verdict and redact. Immutable; thread-safe.
 */
public final class Pipeline {

    /** Rule id of the finding given to drafts longer than the policy's limit. */
    public static final String TOO_LONG = "input.too_long";

    private final Policy policy;
    private final List<Rule> rules;
    private final List<EntityDetector> detectors;
    private final AllowMatcher allow;
    private final LanguageGuesser languages;

    public Pipeline(Policy policy, List<Rule> rules, List<EntityDetector> detectors) {
        this.policy = policy;
        this.rules = List.copyOf(rules);
        this.detectors = List.copyOf(detectors);
        this.allow = new AllowMatcher(policy.allow());
        this.languages = new LanguageGuesser();
    }

    public CheckResult check(Draft draft) {
        Part body = checkPart(draft, draft.text());
        Verdict verdict = body.verdict;
        List<Finding> findings = new ArrayList<>(body.findings);
        List<String> notes = new ArrayList<>(body.notes);
        for (int i = 0; i < draft.altTexts().size(); i++) {
            Part alt = checkPart(draft, draft.altTexts().get(i));
            verdict = verdict.max(alt.verdict);
            for (Finding f : alt.findings) {
                notes.add("alt text " + (i + 1) + ": " + f.ruleId() + " (" + f.type() + ", " + f.severity() + "): "
                        + f.message());
            }
        }
        return new CheckResult(verdict, findings, body.redacted, body.language, notes);
    }

    private record Part(Verdict verdict, List<Finding> findings, String redacted, String language, List<String> notes) {}

    private Part checkPart(Draft draft, String text) {
        if (text.length() > policy.maxChars()) {
            Finding f = new Finding(TOO_LONG, Category.CUSTOM, FindingType.CUSTOM, Severity.BLOCK, 0, text.length(),
                    "This text is " + text.length() + " characters long; the policy checks at most "
                            + policy.maxChars() + ". Split it or raise maxChars.",
                    1.0, null, List.of("length " + text.length() + " > maxChars " + policy.maxChars()));
            return new Part(Verdict.BLOCK, List.of(f), text, "und", List.of("not checked: longer than maxChars"));
        }
        Analysis analysis = analysis(draft, text);
        AnalyzedPost post = analysis.post;
        String language = analysis.language;
        String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        post.language(primary);

        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                rule.check(post, d -> candidates.add(new Candidate(rule, d)));
            } catch (RuntimeException e) {
                // fail closed: a rule that breaks on a post must not let it through unchecked
                candidates.add(new Candidate(rule, failure(rule, post, e)));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!primary.equals("und") && !policy.languages().contains(primary) && rules.contains(LanguageRule.INSTANCE)) {
            notes.add("language '" + primary + "' is not covered by policy " + policy.name()
                    + ": only identifiers were checked");
            candidates.add(new Candidate(LanguageRule.INSTANCE, LanguageRule.detection(post, primary, policy)));
        }

        List<Finding> findings = new ArrayList<>();
        // PHI warnings that are a rule's own judgment (the policy set no severity for them)
        java.util.Set<Finding> ownWarnings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : candidates) {
            Detection d = c.detection;
            if (d.confidence() < policy.minConfidenceFor(c.rule.id())) {
                continue;
            }
            if (allow.allows(d.type(), post.normalized().substring(d.start(), d.end()), draft)) {
                continue;
            }
            Severity severity = policy.severityFor(c.rule.id(), d.type(), c.rule.defaultSeverity());
            if (c.rule instanceof DenyTermRule deny && policy.rule(deny.id()).map(s -> s.severity()).isEmpty()) {
                // each deny-list term carries its own severity unless the policy sets one for the rule
                severity = deny.severityOf(post.normalized().substring(d.start(), d.end()));
            }
            int start = post.toOriginal(d.start());
            int end = Math.max(start, post.toOriginalEnd(d.end()));
            Finding f = new Finding(c.rule.id(), c.rule.category(), d.type(), severity, start, end, d.message(),
                    d.confidence(), d.suggestion(), d.reasons());
            findings.add(f);
            if (severity == Severity.WARN && c.rule.category() == Category.PHI
                    && c.rule.defaultSeverity() == Severity.WARN && policy.rule(c.rule.id()).map(s -> s.severity()).isEmpty()
                    && !policy.types().containsKey(d.type())) {
                ownWarnings.add(f);
            }
        }
        findings = resolveOverlaps(weighAdvice(post, weighStory(post, findings, ownWarnings)));
        Verdict verdict = Verdict.PASS;
        for (Finding f : findings) {
            verdict = verdict.max(Verdict.of(f.severity()));
        }
        String redacted = Redactor.redact(text, findings, policy.redaction());
        return new Part(verdict, findings, redacted, language, notes);
    }

    /**
     * What a detector's wording model ({@link org.primum.policy.spi.Post#patientStory()}) changes,
     * per the policy's {@code patientStory} section. The post is scored only when it matters:
     *
     * <ul>
     *   <li>when its only PHI blocks are judgments of context ({@link StoryRule#CONTEXT_JUDGMENTS}),
     *       or only contacts ({@link StoryRule#CONTACTS}: a phone number, an e-mail address), and it
     *       scores below {@code doubtBelow}, those blocks become warnings: the cues the rules saw were
     *       not about a patient after all, and the contact is the organisation's, as far as the post
     *       as a whole reads;</li>
     *   <li>when it has PHI warnings that are a rule's own judgment ({@code ownWarnings}: two
     *       quasi-identifiers, a place of someone the author cares for) and scores at or above
     *       {@code blockAt}, they become blocks, as names and places do ({@link StoryRule}).</li>
     * </ul>
     */
    private List<Finding> weighStory(AnalyzedPost post, List<Finding> findings, java.util.Set<Finding> ownWarnings) {
        if (detectors.isEmpty()) {
            return findings;
        }
        Policy.PatientStory thresholds = policy.patientStory();
        boolean judged = false;
        boolean contact = false;
        boolean hardBlock = false;
        for (Finding f : findings) {
            if (f.category() == Category.PHI && f.severity() == Severity.BLOCK) {
                if (StoryRule.CONTEXT_JUDGMENTS.contains(f.ruleId())) {
                    judged = true;
                } else if (StoryRule.CONTACTS.contains(f.ruleId())) {
                    contact = true;
                } else {
                    hardBlock = true;
                }
            }
        }
        // one kind of doubtable block at a time: a name beside a phone number is not doubted
        boolean doubt = (judged ^ contact) && !hardBlock && thresholds.doubtBelow() > 0;
        if (!doubt && ownWarnings.isEmpty()) {
            return findings;
        }
        OptionalDouble story = post.patientStory();
        if (story.isEmpty()) {
            return findings;
        }
        double p = story.getAsDouble();
        boolean lower = doubt && p < thresholds.doubtBelow();
        boolean raise = !ownWarnings.isEmpty() && p >= thresholds.blockAt();
        if (!lower && !raise) {
            return findings;
        }
        String why = lower
                ? StoryRule.reason(p, String.format(Locale.ROOT, "(below %.2f): a warning, not a block",
                        thresholds.doubtBelow()))
                : StoryRule.reason(p, String.format(Locale.ROOT, "(at or above %.2f): a block, not a warning",
                        thresholds.blockAt()));
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean change = lower ? f.category() == Category.PHI && f.severity() == Severity.BLOCK
                    : ownWarnings.contains(f);
            if (change) {
                f = reweighed(f, lower ? Severity.WARN : Severity.BLOCK, why);
            }
            out.add(f);
        }
        return out;
    }

    /**
     * What a detector's advice model ({@link org.primum.policy.spi.Post#personalAdvice()}) changes,
     * per the policy's {@code personalAdvice} section: {@code advice.wording}'s finding goes when
     * another rule found advice in the post (it only adds what they missed); the blocks of
     * {@code advice.personal} on a post scored below {@code doubtBelow} become warnings: the post
     * still goes to a reviewer, as far as its wording goes it is not advice to one person; its PHI
     * findings stand as they are.
     */
    private List<Finding> weighAdvice(AnalyzedPost post, List<Finding> findings) {
        if (detectors.isEmpty()) {
            return findings;
        }
        boolean wording = false;
        boolean ruleAdvice = false;
        boolean doubtable = false;
        for (Finding f : findings) {
            if (f.ruleId().equals(AdviceWordingRule.ID)) {
                wording = true;
            } else if (f.category() == Category.ADVICE) {
                ruleAdvice = true;
                doubtable |= f.ruleId().equals(AdviceWordingRule.DOUBTED) && f.severity() == Severity.BLOCK;
            }
        }
        double doubtBelow = policy.personalAdvice().doubtBelow();
        OptionalDouble score = doubtable && doubtBelow > 0 ? post.personalAdvice() : OptionalDouble.empty();
        boolean lower = score.isPresent() && score.getAsDouble() < doubtBelow;
        if (!lower && !(wording && ruleAdvice)) {
            return findings;
        }
        String why = lower ? AdviceWordingRule.reason(score.getAsDouble(),
                String.format(Locale.ROOT, "(below %.2f): a warning, not a block", doubtBelow)) : null;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (ruleAdvice && f.ruleId().equals(AdviceWordingRule.ID)) {
                continue;
            }
            if (lower && f.ruleId().equals(AdviceWordingRule.DOUBTED) && f.severity() == Severity.BLOCK) {
                f = reweighed(f, Severity.WARN, why);
            }
            out.add(f);
        }
        return out;
    }

    private record Candidate(Rule rule, Detection detection) {}

    private record Analysis(AnalyzedPost post, String language) {}

    /** The analysis the rules see: text, tokens, sentences, the detectors' entities and tags. */
    public AnalyzedPost analyze(Draft draft, String text) {
        return analysis(draft, text).post;
    }

    private Analysis analysis(Draft draft, String text) {
        AnalyzedPost post = AnalyzedPost.analyze(draft, text).withEntitiesFrom(detectors);
        String language = draft.declaredLanguage().map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
        if (language == null) {
            for (EntityDetector d : detectors) {
                language = d.language(post).orElse(null);
                if (language != null) {
                    break;
                }
            }
        }
        if (language == null) {
            language = languages.guess(post);
        }
        if (!detectors.isEmpty()) {
            // tagging costs as much as finding names, so it runs only when a rule first asks
            AnalyzedPost untagged = post;
            String lang = language;
            post = post.withTags(() -> {
                for (EntityDetector d : detectors) {
                    Optional<TokenTags> tags = d.tags(untagged, lang);
                    if (tags.isPresent()) {
                        return tags;
                    }
                }
                return Optional.empty();
            }).withPatientStory(() -> firstScore(d -> d.patientStory(untagged, lang)))
                    .withPersonalAdvice((start, end) -> firstScore(d -> d.personalAdvice(untagged, start, end, lang)));
        }
        return new Analysis(post, language);
    }

    /** {@code f} at another severity, with the wording model's reason for it added to its reasons. */
    private static Finding reweighed(Finding f, Severity severity, String why) {
        List<String> reasons = new ArrayList<>(f.reasons());
        reasons.add(why);
        return new Finding(f.ruleId(), f.category(), f.type(), severity, f.start(), f.end(), f.message(),
                f.confidence(), f.suggestion(), reasons);
    }

    /** The first detector's answer to {@code ask}, or none. */
    private OptionalDouble firstScore(java.util.function.Function<EntityDetector, OptionalDouble> ask) {
        for (EntityDetector d : detectors) {
            OptionalDouble score = ask.apply(d);
            if (score.isPresent()) {
                return score;
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Identifier findings that overlap describe the same characters: keep the most severe, then
     * any rule's over {@code phi.story}'s, then the most confident, then the longest. Judgments
     * (advice, quasi-identifiers, language) stand.
     */
    static List<Finding> resolveOverlaps(List<Finding> findings) {
        List<Finding> ids = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            (spanExclusive(f) ? ids : out).add(f);
        }
        ids.sort(Comparator.comparing(Finding::severity).reversed()
                // phi.story only adds what the other rules missed: on the same characters theirs wins
                .thenComparing(f -> f.ruleId().equals(StoryRule.ID))
                .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed())
                .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                .thenComparingInt(Finding::start));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : ids) {
            boolean overlaps = false;
            for (Finding k : kept) {
                if (f.start() < k.end() && k.start() < f.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(f);
            }
        }
        out.addAll(kept);
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::ruleId));
        return out;
    }

    private static boolean spanExclusive(Finding f) {
        return f.type().isIdentifier() || f.type() == FindingType.CUSTOM;
    }

    /** The finding a rule's crash becomes: the whole post, full confidence, and what went wrong. */
    private static Detection failure(Rule rule, AnalyzedPost post, RuntimeException e) {
        return new Detection(FindingType.CUSTOM, 0, post.normalized().length(), 1.0,
                "Rule " + rule.id() + " failed on this post (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), so the post was not fully checked.",
                "Have a person review this post, and report the failure with the post to the rule's authors.",
                List.of("rule error: " + e));
    }
}
