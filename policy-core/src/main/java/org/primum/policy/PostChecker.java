package org.primum.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.primum.policy.internal.BuiltInRules;
import org.primum.policy.internal.Pipeline;
import org.primum.policy.rules.DeclarativeRule;
import org.primum.policy.rules.RulePack;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Rule;

/**
 * Checks drafts against a policy. Build one per policy and share it: a built checker is
 * immutable and safe for concurrent use, and all patterns and lexicons are compiled at build time.
 *
 * <pre>{@code
 * PostChecker checker = PostChecker.builder().policy(Policy.defaults()).build();
 * CheckResult result = checker.check(Draft.of("Saw Ana Ruiz (DOB 3/4/61) in clinic today"));
 * if (result.isBlocked()) { ... result.findings() ... result.redactedText() ... }
 * }</pre>
 */
public final class PostChecker {

    private final Policy policy;
    private final List<Rule> rules;
    private final List<EntityDetector> detectors;
    private final Pipeline pipeline;

    private PostChecker(Builder b) {
        this.policy = b.policy;
        Map<String, Rule> all = new LinkedHashMap<>();
        for (Rule r : BuiltInRules.create(policy)) {
            all.put(r.id(), r);
        }
        addPackRules(policy, all);
        List<Rule> extra = new ArrayList<>(b.rules);
        if (b.discover) {
            ServiceLoader.load(Rule.class).forEach(extra::add);
        }
        for (Rule r : extra) {
            if (all.putIfAbsent(r.id(), r) != null && !b.rules.contains(r)) {
                continue; // a discovered rule never replaces a built-in or explicitly added one
            }
            all.put(r.id(), r);
        }
        for (String id : policy.rules().keySet()) {
            if (!all.containsKey(id)) {
                Policy.Location where = policy.ruleLocation(id).orElse(new Policy.Location(policy.source(), 0, 0));
                throw new PolicyException(where.source(), where.line(), where.column(), "rules." + id,
                        "no rule with this id; known rules: " + String.join(", ", all.keySet()));
            }
        }
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : all.values()) {
            if (policy.isEnabled(r.id())) {
                enabled.add(r);
            }
        }
        this.rules = List.copyOf(enabled);
        List<EntityDetector> found = new ArrayList<>(b.detectors);
        if (b.discover && b.detectors.isEmpty()) {
            ServiceLoader.load(EntityDetector.class).forEach(found::add);
        }
        this.detectors = b.useDetectors ? List.copyOf(found) : List.of();
        this.pipeline = new Pipeline(policy, rules, detectors);
    }

    /** Rules of the packs the policy extends, with the policy's limits applied; ids must not clash. */
    private static void addPackRules(Policy policy, Map<String, Rule> all) {
        for (RulePack pack : policy.packs()) {
            for (DeclarativeRule r : pack.rules()) {
                Policy.RuleSetting s = policy.rules().get(r.id());
                Rule rule = r;
                if (s != null && s.limit() != null) {
                    if (r.kind() != DeclarativeRule.Kind.LIMIT) {
                        Policy.Location where = policy.ruleLocation(r.id()).orElse(new Policy.Location(policy.source(), 0, 0));
                        throw new PolicyException(where.source(), where.line(), where.column(), "rules." + r.id() + ".limit",
                                r.id() + " is a " + r.kind().lower() + " rule; only limit rules take a limit");
                    }
                    rule = r.withLimit(s.limit());
                }
                if (all.putIfAbsent(r.id(), rule) != null) {
                    Policy.Location where = policy.packLocation(pack.id()).orElse(new Policy.Location(policy.source(), 0, 0));
                    throw new PolicyException(where.source(), where.line(), where.column(), "extends",
                            "rule " + r.id() + " of pack " + pack.id() + " has the id of a built-in rule");
                }
            }
        }
        for (Map.Entry<String, Policy.RuleSetting> e : policy.rules().entrySet()) {
            if (e.getValue().limit() != null && all.containsKey(e.getKey())
                    && !(all.get(e.getKey()) instanceof DeclarativeRule)) {
                Policy.Location where = policy.ruleLocation(e.getKey()).orElse(new Policy.Location(policy.source(), 0, 0));
                throw new PolicyException(where.source(), where.line(), where.column(), "rules." + e.getKey() + ".limit",
                        "only declarative limit rules take a limit");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A checker with the shipped default policy and whatever detectors are on the class path. */
    public static PostChecker withDefaults() {
        return builder().build();
    }

    /** Checks a draft: its text and each attachment alt text. */
    public CheckResult check(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        return pipeline.check(draft);
    }

    /** Checks plain text with no other context. */
    public CheckResult check(String text) {
        return check(Draft.of(text));
    }

    /**
     * The analysis the rules see, for explanations and debugging: the draft's text, tokens and
     * sentences, with the detectors' entities and part-of-speech tags.
     */
    public org.primum.policy.spi.Post analyze(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        return pipeline.analyze(draft, draft.text());
    }

    public Policy policy() {
        return policy;
    }

    /** The rules this checker runs, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Names of the entity detectors in use (empty when none is on the class path or they are off). */
    public List<String> detectorNames() {
        List<String> names = new ArrayList<>();
        detectors.forEach(d -> names.add(d.name()));
        return Collections.unmodifiableList(names);
    }

    /** Builds a {@link PostChecker}. */
    public static final class Builder {
        private Policy policy = Policy.defaults();
        private final List<Rule> rules = new ArrayList<>();
        private final List<EntityDetector> detectors = new ArrayList<>();
        private boolean discover = true;
        private boolean useDetectors = true;

        private Builder() {}

        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value);
            return this;
        }

        /** Adds a rule; it replaces a built-in rule with the same id. */
        public Builder rule(Rule rule) {
            rules.add(Objects.requireNonNull(rule));
            return this;
        }

        /** Uses this detector instead of those found on the class path. */
        public Builder entityDetector(EntityDetector detector) {
            detectors.add(Objects.requireNonNull(detector));
            return this;
        }

        /** Whether to load rules and detectors with {@link ServiceLoader} (default true). */
        public Builder discoverServices(boolean value) {
            this.discover = value;
            return this;
        }

        /** Whether to use entity detectors at all (default true); false checks with patterns only. */
        public Builder useEntityDetectors(boolean value) {
            this.useDetectors = value;
            return this;
        }

        /** @throws PolicyException if the policy names a rule that does not exist */
        public PostChecker build() {
            return new PostChecker(this);
        }
    }
}
