package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.primum.policy.Policy;
import org.primum.policy.internal.BuiltInRules;
import org.primum.policy.spi.Rule;

/**
 * Every rule Primum knows about, for listing and explaining: the built-in Java rules, Java rules
 * found with {@link ServiceLoader}, and the declarative rules of packs.
 */
public final class RuleCatalog {

    /** One rule and where it comes from. */
    public record Entry(Rule rule, String origin) {
        /** The declarative form, if the rule was written in a rule file. */
        public Optional<DeclarativeRule> declarative() {
            return rule instanceof DeclarativeRule d ? Optional.of(d) : Optional.empty();
        }
    }

    private final Map<String, Entry> entries;

    private RuleCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * The Java rules (built in and on the class path) and the rules of {@code packs}. A rule id
     * seen twice keeps its first entry.
     */
    public static RuleCatalog of(Policy policy, List<RulePack> packs) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Rule r : BuiltInRules.create(policy)) {
            out.putIfAbsent(r.id(), new Entry(r, "built-in (Java)"));
        }
        for (Rule r : ServiceLoader.load(Rule.class)) {
            out.putIfAbsent(r.id(), new Entry(r, "class path (Java): " + r.getClass().getName()));
        }
        for (RulePack p : packs) {
            for (DeclarativeRule r : p.rules()) {
                String ref = p.source().startsWith(RulePack.BUILTIN) ? RulePack.BUILTIN + p.id() : p.source();
                out.putIfAbsent(r.id(), new Entry(r, "pack " + p.id() + " (" + ref + ")"));
            }
        }
        return new RuleCatalog(out);
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    public Optional<Entry> find(String ruleId) {
        return Optional.ofNullable(entries.get(ruleId));
    }
}
