package org.primum.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.primum.policy.rules.RulePack;

/**
 * What an organisation allows: which rules run, how severe each is, the confidence threshold,
 * what is on its allow- and deny-lists, and how redaction looks. Immutable.
 *
 * <p>Load one with {@link #load(Path)} (JSON or YAML; see the README for the format), start from
 * {@link #defaults()}, or build one with {@link #builder()}.
 */
public final class Policy {

    /**
     * Per-rule settings; any field may be {@code null} to keep the default.
     *
     * @param limit a new maximum for a declarative {@code limit} rule (e.g. hashtags per post)
     */
    public record RuleSetting(Boolean enabled, Severity severity, Double minConfidence, Integer limit) {
        public RuleSetting(Boolean enabled, Severity severity, Double minConfidence) {
            this(enabled, severity, minConfidence, null);
        }

        public static RuleSetting off() {
            return new RuleSetting(false, null, null);
        }

        public static RuleSetting severity(Severity s) {
            return new RuleSetting(true, s, null);
        }
    }

    /** A term that must never appear, with how severe it is. */
    public record DenyTerm(String term, Severity severity, String message) {
        public DenyTerm {
            Objects.requireNonNull(term, "term");
            if (term.isBlank()) {
                throw new IllegalArgumentException("deny term is blank");
            }
            severity = severity == null ? Severity.BLOCK : severity;
        }
    }

    /** Public details of the organisation itself: never findings. */
    public record AllowList(Set<String> handles, Set<String> phones, Set<String> emails, Set<String> domains,
            Set<String> names, Set<String> terms) {
        public AllowList {
            handles = Set.copyOf(handles);
            phones = Set.copyOf(phones);
            emails = Set.copyOf(emails);
            domains = Set.copyOf(domains);
            names = Set.copyOf(names);
            terms = Set.copyOf(terms);
        }

        static final AllowList EMPTY = new AllowList(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Thresholds for re-identification risk: how many quasi-identifiers warn and block. */
    public record Reidentification(int warnAt, int blockAt) {
        public Reidentification {
            if (warnAt < 1 || blockAt < warnAt) {
                throw new IllegalArgumentException("need 1 <= warnAt <= blockAt, got " + warnAt + ", " + blockAt);
            }
        }
    }

    /**
     * What the checker does with a wording model's score of how likely a post is to be about a
     * specific patient (policy-nlp gives one; without it both settings are idle).
     *
     * @param blockAt the person and place names of a post scored at or above this are PHI
     *     ({@code phi.story}), even when no rule found a patient cue
     * @param doubtBelow a post scored below this whose only PHI blocks are judgments of context
     *     (names, places and quasi-identifiers found beside patient cues, names in patterns such as
     *     "pt X"), or only contacts (phone
     *     numbers, e-mail addresses, which posts give for their organisation as often as for a
     *     person), gets warnings instead of blocks; other identifiers such as record numbers, and
     *     a contact beside a name, always block. 0 turns it off
     */
    public record PatientStory(double blockAt, double doubtBelow) {
        /** The shipped thresholds, chosen on corpora the model was not trained on. */
        public static final PatientStory DEFAULTS = new PatientStory(0.8, 0.1);

        public PatientStory {
            if (!(doubtBelow >= 0 && doubtBelow <= blockAt && blockAt <= 1)) {
                throw new IllegalArgumentException("need 0 <= doubtBelow <= blockAt <= 1, got doubtBelow " + doubtBelow
                        + ", blockAt " + blockAt);
            }
        }
    }

    /**
     * What the checker does with a wording model's score of how likely a post is to tell a specific
     * person what to do about their own health (policy-nlp gives one; without it both settings are
     * idle).
     *
     * @param flagAt a post scored at or above this with no ADVICE finding from the rules gets one
     *     ({@code advice.wording}) on its sentence that reads most like personal advice
     * @param doubtBelow {@code advice.personal}'s blocks on a post scored below this become warnings:
     *     the post is still flagged for a reviewer, but not stopped by them. 0 turns it off
     */
    public record PersonalAdvice(double flagAt, double doubtBelow) {
        /** The shipped thresholds, chosen on corpora the model was not trained on. */
        public static final PersonalAdvice DEFAULTS = new PersonalAdvice(0.8, 0.05);

        public PersonalAdvice {
            if (!(doubtBelow >= 0 && doubtBelow <= flagAt && flagAt <= 1)) {
                throw new IllegalArgumentException("need 0 <= doubtBelow <= flagAt <= 1, got doubtBelow " + doubtBelow
                        + ", flagAt " + flagAt);
            }
        }
    }

    /** Where a rule's setting was written, for errors found after parsing. */
    record Location(String source, int line, int column) {}

    private final String name;
    private final Set<String> languages;
    private final double minConfidence;
    private final Redaction redaction;
    private final int maxChars;
    private final Map<String, RuleSetting> rules;
    private final Map<String, Location> ruleLocations;
    private final Map<FindingType, Severity> types;
    private final AllowList allow;
    private final List<DenyTerm> deny;
    private final Reidentification reidentification;
    private final PatientStory patientStory;
    private final PersonalAdvice personalAdvice;
    private final List<RulePack> packs;
    private final Map<String, Location> packLocations;
    private final String source;

    private Policy(Builder b) {
        this.name = b.name;
        this.languages = Set.copyOf(b.languages);
        this.minConfidence = b.minConfidence;
        this.redaction = b.redaction;
        this.maxChars = b.maxChars;
        this.rules = Map.copyOf(b.rules);
        this.ruleLocations = Map.copyOf(b.ruleLocations);
        this.types = Map.copyOf(b.types);
        this.allow = b.allow;
        this.deny = List.copyOf(b.deny);
        this.reidentification = b.reidentification;
        this.patientStory = b.patientStory;
        this.personalAdvice = b.personalAdvice;
        this.packs = List.copyOf(b.packs);
        this.packLocations = Map.copyOf(b.packLocations);
        this.source = b.source;
    }

    /** The policy shipped inside the jar: every built-in rule on, BLOCK for PHI and advice. */
    public static Policy defaults() {
        return Defaults.POLICY;
    }

    /** Reads a JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) policy file. */
    public static Policy load(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PolicyException(file.toString(), 0, 0, "", "file is not valid UTF-8");
        } catch (IOException e) {
            throw new PolicyException(file.toString(), 0, 0, "", "cannot read file: " + e.getMessage());
        }
        return PolicyParser.parse(content, file.toString());
    }

    /** Parses policy text; {@code sourceName} (e.g. a file name) is used in error messages. */
    public static Policy parse(String content, String sourceName) {
        return PolicyParser.parse(content, sourceName);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this policy's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.languages.clear();
        b.languages.addAll(languages);
        b.minConfidence = minConfidence;
        b.redaction = redaction;
        b.maxChars = maxChars;
        b.rules.putAll(rules);
        b.ruleLocations.putAll(ruleLocations);
        b.types.putAll(types);
        b.allow = allow;
        b.deny.addAll(deny);
        b.reidentification = reidentification;
        b.patientStory = patientStory;
        b.personalAdvice = personalAdvice;
        b.packs.addAll(packs);
        b.packLocations.putAll(packLocations);
        b.source = source;
        return b;
    }

    public String name() {
        return name;
    }

    /** Languages (BCP 47 primary tags) this policy's rules cover; others get a LANGUAGE warning. */
    public Set<String> languages() {
        return languages;
    }

    /** Findings below this confidence are dropped unless a rule setting says otherwise. */
    public double minConfidence() {
        return minConfidence;
    }

    public Redaction redaction() {
        return redaction;
    }

    /** Longest text checked; longer drafts are refused with a BLOCK finding rather than cut. */
    public int maxChars() {
        return maxChars;
    }

    public Map<String, RuleSetting> rules() {
        return rules;
    }

    public Optional<RuleSetting> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    Optional<Location> ruleLocation(String ruleId) {
        return Optional.ofNullable(ruleLocations.get(ruleId));
    }

    /** Severity overrides by finding type (a rule's own setting wins over these). */
    public Map<FindingType, Severity> types() {
        return types;
    }

    public AllowList allow() {
        return allow;
    }

    public List<DenyTerm> deny() {
        return deny;
    }

    public Reidentification reidentification() {
        return reidentification;
    }

    public PatientStory patientStory() {
        return patientStory;
    }

    public PersonalAdvice personalAdvice() {
        return personalAdvice;
    }

    /**
     * Rule packs this policy extends ({@code extends: [builtin:conflict-of-interest, ./ours.yaml]}),
     * in order. Their rules run alongside the built-in rules; the {@code rules:} map can turn each
     * off or change its severity, threshold or limit.
     */
    public List<RulePack> packs() {
        return packs;
    }

    Optional<Location> packLocation(String packId) {
        return Optional.ofNullable(packLocations.get(packId));
    }

    /** Where the policy was read from, or {@code <built>}. */
    public String source() {
        return source;
    }

    /** True unless the policy turns the rule off. */
    public boolean isEnabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.enabled() == null || s.enabled();
    }

    /** The severity a finding gets: the rule's setting, else the type's, else the rule default. */
    public Severity severityFor(String ruleId, FindingType type, Severity ruleDefault) {
        RuleSetting s = rules.get(ruleId);
        if (s != null && s.severity() != null) {
            return s.severity();
        }
        return types.getOrDefault(type, ruleDefault);
    }

    /** The confidence threshold for a rule. */
    public double minConfidenceFor(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s != null && s.minConfidence() != null ? s.minConfidence() : minConfidence;
    }

    @Override
    public String toString() {
        return "Policy[" + name + " from " + source + "]";
    }

    /** Builds a {@link Policy}. */
    public static final class Builder {
        private String name = "custom";
        private final Set<String> languages = new LinkedHashSet<>(List.of("en"));
        private double minConfidence = 0.5;
        private Redaction redaction = Redaction.TAG;
        private int maxChars = 200_000;
        private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private final Map<String, Location> ruleLocations = new LinkedHashMap<>();
        private final Map<FindingType, Severity> types = new EnumMap<>(FindingType.class);
        private AllowList allow = AllowList.EMPTY;
        private final List<DenyTerm> deny = new ArrayList<>();
        private Reidentification reidentification = new Reidentification(2, 3);
        private PatientStory patientStory = PatientStory.DEFAULTS;
        private PersonalAdvice personalAdvice = PersonalAdvice.DEFAULTS;
        private final List<RulePack> packs = new ArrayList<>();
        private final Map<String, Location> packLocations = new LinkedHashMap<>();
        private String source = "<built>";

        private Builder() {}

        public Builder name(String value) {
            this.name = Objects.requireNonNull(value);
            return this;
        }

        public Builder languages(Set<String> tags) {
            languages.clear();
            for (String t : tags) {
                languages.add(t.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        public Builder minConfidence(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + value);
            }
            this.minConfidence = value;
            return this;
        }

        public Builder redaction(Redaction value) {
            this.redaction = Objects.requireNonNull(value);
            return this;
        }

        public Builder maxChars(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxChars must be positive: " + value);
            }
            this.maxChars = value;
            return this;
        }

        public Builder rule(String ruleId, RuleSetting setting) {
            rules.put(Objects.requireNonNull(ruleId), Objects.requireNonNull(setting));
            return this;
        }

        Builder rule(String ruleId, RuleSetting setting, Location where) {
            rule(ruleId, setting);
            ruleLocations.put(ruleId, where);
            return this;
        }

        public Builder disable(String ruleId) {
            return rule(ruleId, RuleSetting.off());
        }

        public Builder severity(String ruleId, Severity severity) {
            return rule(ruleId, RuleSetting.severity(severity));
        }

        public Builder typeSeverity(FindingType type, Severity severity) {
            types.put(type, severity);
            return this;
        }

        public Builder allow(AllowList value) {
            this.allow = Objects.requireNonNull(value);
            return this;
        }

        public Builder deny(DenyTerm term) {
            deny.add(Objects.requireNonNull(term));
            return this;
        }

        public Builder reidentification(Reidentification value) {
            this.reidentification = Objects.requireNonNull(value);
            return this;
        }

        public Builder patientStory(PatientStory value) {
            this.patientStory = Objects.requireNonNull(value);
            return this;
        }

        public Builder personalAdvice(PersonalAdvice value) {
            this.personalAdvice = Objects.requireNonNull(value);
            return this;
        }

        /** Adds a rule pack; its rules run with the built-in rules. A pack id may appear once. */
        public Builder extend(RulePack pack) {
            Objects.requireNonNull(pack);
            for (RulePack p : packs) {
                if (p.id().equals(pack.id())) {
                    throw new IllegalArgumentException("pack " + pack.id() + " is already extended");
                }
            }
            packs.add(pack);
            return this;
        }

        Builder extend(RulePack pack, Location where) {
            extend(pack);
            packLocations.put(pack.id(), where);
            return this;
        }

        Builder source(String value) {
            this.source = value;
            return this;
        }

        public Policy build() {
            return new Policy(this);
        }
    }

    /** Holder so the shipped policy is parsed once, on first use. */
    private static final class Defaults {
        static final Policy POLICY = loadDefault();

        private static Policy loadDefault() {
            String res = "/org/primum/policy/default-policy.yaml";
            try (InputStream in = Policy.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + res);
                }
                return PolicyParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default-policy.yaml");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + res, e);
            }
        }
    }
}
