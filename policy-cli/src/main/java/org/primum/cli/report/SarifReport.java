package org.primum.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primum.policy.Category;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.Severity;
import org.primum.policy.spi.Rule;

/**
 * Writes check results as SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).
 *
 * <p>One run; {@code tool.driver.rules} describes every rule the checker ran (id, name, short and
 * full description, help, default level); each finding is a result with its level, a message,
 * and, for posts read from files, a location with both line/column and character offset/length
 * ({@code columnKind} {@code utf16CodeUnits}) and an artifact URI relative to the base directory
 * ({@code %SRCROOT%}). Partial fingerprints are hashes of the rule, file, post id and the
 * finding's rank among that rule's findings in the post: they never contain matched text, and the
 * matched text appears as a region snippet only when {@link Builder#showMatches(boolean)} is set.
 */
public final class SarifReport {

    /** The schema URI written into {@code $schema}. */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** What SARIF says about a rule. */
    public record RuleInfo(String id, Category category, String summary, Severity severity) {
        public RuleInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(severity, "severity");
        }

        /** A rule as the policy configures it. */
        public static RuleInfo of(Rule rule, Policy policy) {
            Severity s = policy.rule(rule.id()).map(Policy.RuleSetting::severity).orElse(null);
            return new RuleInfo(rule.id(), rule.category(), rule.summary(), s != null ? s : rule.defaultSeverity());
        }
    }

    private final String toolVersion;
    private final List<RuleInfo> rules;
    private final boolean showMatches;
    private final String baseUri;
    private final List<String> notifications;
    private final Integer exitCode;

    private SarifReport(Builder b) {
        this.toolVersion = b.toolVersion;
        this.rules = List.copyOf(b.rules);
        this.showMatches = b.showMatches;
        this.baseUri = b.baseUri;
        this.notifications = List.copyOf(b.notifications);
        this.exitCode = b.exitCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The SARIF log for these posts. */
    public ObjectNode build(List<ReportedPost> posts) {
        ObjectNode log = JsonReport.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "primum");
        driver.put("fullName", "Primum social-media post checker");
        if (toolVersion != null) {
            driver.put("version", toolVersion);
            driver.put("semanticVersion", toolVersion);
        }
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleInfo> all = new ArrayList<>(rules);
        for (RuleInfo r : rules) {
            ruleIndex.putIfAbsent(r.id(), ruleIndex.size());
        }
        for (ReportedPost p : posts) {
            for (Finding f : p.result().findings()) {
                if (!ruleIndex.containsKey(f.ruleId())) { // e.g. input.too_long: not a rule of the checker
                    ruleIndex.put(f.ruleId(), ruleIndex.size());
                    all.add(new RuleInfo(f.ruleId(), f.category(), f.message(), f.severity()));
                }
            }
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        Map<String, Integer> seenRule = new HashMap<>();
        for (RuleInfo r : all) {
            if (seenRule.putIfAbsent(r.id(), seenRule.size()) == null) {
                ruleNodes.add(rule(r));
            }
        }

        if (baseUri != null) {
            run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", baseUri);
        }
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        for (ReportedPost p : posts) {
            if (p.uri() != null) {
                artifactIndex.putIfAbsent(p.uri(), artifactIndex.size());
            }
        }
        if (!artifactIndex.isEmpty()) {
            ArrayNode artifacts = run.putArray("artifacts");
            for (String uri : artifactIndex.keySet()) {
                ObjectNode a = artifacts.addObject();
                artifactLocation(a.putObject("location"), uri, null);
                a.putArray("roles").add("analysisTarget");
            }
        }

        ArrayNode results = run.putArray("results");
        for (ReportedPost p : posts) {
            Map<String, Integer> rank = new HashMap<>();
            List<Finding> findings = p.result().findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                int nth = rank.merge(f.ruleId(), 1, Integer::sum);
                results.add(result(p, i, f, nth, ruleIndex.get(f.ruleId()),
                        p.uri() == null ? null : artifactIndex.get(p.uri())));
            }
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", notifications.isEmpty());
        if (exitCode != null) {
            invocation.put("exitCode", exitCode);
        }
        if (!notifications.isEmpty()) {
            ArrayNode n = invocation.putArray("toolExecutionNotifications");
            for (String message : notifications) {
                ObjectNode o = n.addObject();
                o.put("level", "error");
                o.putObject("message").put("text", message);
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        return log;
    }

    private static ObjectNode rule(RuleInfo r) {
        ObjectNode o = JsonReport.MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("name", name(r.id()));
        String summary = sentence(r.summary());
        o.putObject("shortDescription").put("text", summary);
        o.putObject("fullDescription").put("text", summary + " " + categoryText(r.category())
                + " Under the policy in force a finding is " + r.severity() + ".");
        ObjectNode help = o.putObject("help");
        help.put("text", helpText(r.category()) + " Run 'primum explain' on the post to see the cues behind a finding.");
        help.put("markdown", "**" + r.id() + "**: " + summary + "\n\n" + helpText(r.category())
                + "\n\nRun `primum explain --text \"...\"` on the post to see the cues behind a finding.");
        o.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = o.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add("primum");
        tags.add(r.category().name().toLowerCase(Locale.ROOT));
        if (r.category() == Category.PHI) {
            tags.add("privacy");
        }
        props.put("problem.severity", switch (r.severity()) {
            case BLOCK -> "error";
            case WARN -> "warning";
            case INFO -> "recommendation";
        });
        return o;
    }

    private ObjectNode result(ReportedPost p, int i, Finding f, int nth, int ruleIdx, Integer artifactIdx) {
        ObjectNode o = JsonReport.MAPPER.createObjectNode();
        o.put("ruleId", f.ruleId());
        o.put("ruleIndex", ruleIdx);
        o.put("level", level(f.severity()));
        StringBuilder message = new StringBuilder(sentence(f.message()));
        if (f.suggestion() != null) {
            message.append(" Suggestion: ").append(sentence(f.suggestion()));
        }
        if (p.uri() == null || p.postRegion() != null && !p.id().equals(p.path())) {
            message.append(" (post ").append(p.id()).append(')');
        }
        o.putObject("message").put("text", message.toString());
        if (p.uri() != null && !p.regions().isEmpty()) {
            Region r = p.regions().get(i);
            ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
            artifactLocation(physical.putObject("artifactLocation"), p.uri(), artifactIdx);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", r.startLine());
            region.put("startColumn", r.startColumn());
            region.put("endLine", r.endLine());
            region.put("endColumn", r.endColumn());
            region.put("charOffset", r.charOffset());
            region.put("charLength", r.charLength());
            if (showMatches) {
                region.putObject("snippet").put("text", p.matched(f));
            }
        }
        o.putObject("partialFingerprints").put("primumFinding/v1",
                sha256(f.ruleId() + "\u0000" + (p.uri() == null ? "" : p.uri()) + "\u0000" + p.id() + "\u0000" + nth));
        ObjectNode props = o.putObject("properties");
        props.put("postId", p.id());
        props.put("category", f.category().name());
        props.put("type", f.type().name());
        props.put("severity", f.severity().name());
        props.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        props.put("verdict", p.result().verdict().name());
        return o;
    }

    private static void artifactLocation(ObjectNode o, String uri, Integer index) {
        o.put("uri", uri);
        if (!uri.contains(":")) {
            o.put("uriBaseId", "%SRCROOT%");
        }
        if (index != null) {
            o.put("index", index);
        }
    }

    /** SARIF level of a severity: BLOCK error, WARN warning, INFO note. */
    public static String level(Severity s) {
        return switch (s) {
            case BLOCK -> "error";
            case WARN -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code phi.phone} becomes {@code PhiPhone}. */
    static String name(String id) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return sb.toString();
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    private static String categoryText(Category c) {
        return switch (c) {
            case PHI -> "Category PHI: protected health information, or details that let someone recognise a patient.";
            case ADVICE -> "Category ADVICE: direct, personalised medical advice to a reader.";
            case CUSTOM -> "Category CUSTOM: a rule of the organisation's own policy.";
        };
    }

    private static String helpText(Category c) {
        return switch (c) {
            case PHI -> "Remove or generalise the identifier before publishing (for example 'a patient in her 60s' "
                    + "instead of a name, date or number). Publishing it needs the patient's written authorisation.";
            case ADVICE -> "Rephrase as general education and invite the reader to talk to their own clinician; "
                    + "do not tell one person what to take, stop or change.";
            case CUSTOM -> "Your organisation's policy forbids this; follow its guidance or ask its compliance team.";
        };
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a {@link SarifReport}. */
    public static final class Builder {
        private String toolVersion;
        private final List<RuleInfo> rules = new ArrayList<>();
        private boolean showMatches;
        private String baseUri;
        private final List<String> notifications = new ArrayList<>();
        private Integer exitCode;

        private Builder() {}

        /** The tool version (semantic version, e.g. {@code 0.1.0}). */
        public Builder toolVersion(String value) {
            this.toolVersion = value;
            return this;
        }

        public Builder rule(RuleInfo rule) {
            rules.add(Objects.requireNonNull(rule));
            return this;
        }

        /** Every rule a checker runs, with severities from its policy. */
        public Builder rules(List<Rule> checkerRules, Policy policy) {
            checkerRules.forEach(r -> rule(RuleInfo.of(r, policy)));
            return this;
        }

        /** Whether to include each finding's matched text as a region snippet (default false). */
        public Builder showMatches(boolean value) {
            this.showMatches = value;
            return this;
        }

        /** The absolute {@code file:} URI (ending in {@code /}) that relative artifact URIs resolve against. */
        public Builder baseUri(String value) {
            this.baseUri = value;
            return this;
        }

        /** An error met while reading input; the invocation is then not successful. */
        public Builder notification(String message) {
            notifications.add(Objects.requireNonNull(message));
            return this;
        }

        public Builder exitCode(int value) {
            this.exitCode = value;
            return this;
        }

        public SarifReport build() {
            return new SarifReport(this);
        }
    }
}
