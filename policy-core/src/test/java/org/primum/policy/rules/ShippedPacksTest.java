package org.primum.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of every pack shipped with Primum has fire and pass examples, and they all hold. */
class ShippedPacksTest {

    @Test
    void everyShippedPackLoadsAndEveryExampleHolds() {
        assertThat(RulePack.shippedNames()).hasSizeGreaterThanOrEqualTo(4)
                .contains("conflict-of-interest", "professional-boundaries", "misinformation-claims");
        List<String> failures = new ArrayList<>();
        for (RulePack pack : RulePack.shipped()) {
            assertThat(pack.rules()).as(pack.id()).isNotEmpty();
            for (DeclarativeRule rule : pack.rules()) {
                assertThat(rule.examples()).as(rule.id() + " fire examples").anyMatch(RuleExample::fire);
                assertThat(rule.examples()).as(rule.id() + " pass examples").anyMatch(e -> !e.fire());
                for (RuleTester.Result r : RuleTester.forRule(rule).run()) {
                    if (!r.passed()) {
                        failures.add(rule.id() + " " + r.describe());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shippedRuleIdsAreUniqueAcrossPacks() {
        Set<String> ids = new HashSet<>();
        for (RulePack pack : RulePack.shipped()) {
            for (DeclarativeRule rule : pack.rules()) {
                assertThat(ids.add(rule.id())).as("duplicate id " + rule.id()).isTrue();
                assertThat(rule.pack()).isEqualTo(pack.id());
                assertThat(rule.source()).startsWith("builtin:" + pack.id());
            }
        }
    }
}
