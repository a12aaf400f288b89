package org.primum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primum.policy.rules.RulePack;

/** Policies pull in rule packs with extends and tune their rules with the rules map. */
class PolicyExtendsTest {

    @TempDir
    Path dir;

    private static final String PROMO = "Loving this serum. Use my code DRSAM for 15% off!";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private static PostChecker checker(Policy policy) {
        return PostChecker.builder().policy(policy).useEntityDetectors(false).build();
    }

    @Test
    void withoutExtendsNoPackRuleRuns() {
        assertThat(Policy.defaults().packs()).isEmpty();
        assertThat(checker(Policy.defaults()).check(PROMO).findings())
                .noneMatch(f -> f.ruleId().startsWith("coi."));
    }

    @Test
    void builtinAndRelativePacksLoadThroughExtends() throws IOException {
        write("rules/ours.yaml", """
                pack: acme
                rules:
                  - id: acme.guarantee
                    kind: terms
                    message: "Do not promise outcomes."
                    terms: [guaranteed results]
                """);
        Path policy = write("policy.yaml", "name: acme\nextends: [builtin:conflict-of-interest, rules/ours.yaml]\n");
        Policy p = Policy.load(policy);
        assertThat(p.packs()).extracting(RulePack::id).containsExactly("conflict-of-interest", "acme");
        CheckResult r = checker(p).check(PROMO + " Guaranteed results!");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("coi.undisclosed_promotion", "acme.guarantee");
        Finding coi = r.findings().stream().filter(f -> f.ruleId().equals("coi.undisclosed_promotion")).findFirst()
                .orElseThrow();
        assertThat(coi.matchedText(PROMO)).isEqualTo("Use my code");
        assertThat(coi.severity()).isEqualTo(Severity.WARN);
        assertThat(coi.category()).isEqualTo(Category.CUSTOM);
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
        assertThat(checker(p).check(PROMO + " #ad").findings()).noneMatch(f -> f.ruleId().startsWith("coi."));
    }

    @Test
    void theRulesMapDisablesAndRetunesPackRules() {
        Policy p = Policy.parse("""
                name: tuned
                extends: [builtin:conflict-of-interest, builtin:platform-limits]
                rules:
                  coi.undisclosed_promotion: block
                  coi.product_endorsement: off
                  limits.hashtags: {limit: 1, severity: warn}
                """, "tuned.yaml");
        PostChecker c = checker(p);
        assertThat(c.rules()).extracting(r -> r.id()).doesNotContain("coi.product_endorsement")
                .contains("coi.undisclosed_promotion", "limits.hashtags");
        CheckResult r = c.check(PROMO + " #skin #care");
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("limits.hashtags")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.message()).contains("2 hashtags").contains("keep to 1");
                });
        assertThat(c.check("one #tag").findings()).noneMatch(f -> f.ruleId().equals("limits.hashtags"));
    }

    @Test
    void aLimitOnAnotherKindOfRuleIsAnError() {
        Policy p = Policy.parse("extends: [builtin:conflict-of-interest]\nrules:\n  coi.product_endorsement: {limit: 2}\n",
                "p.yaml");
        assertThatThrownBy(() -> checker(p)).isInstanceOf(PolicyException.class)
                .hasMessage("p.yaml:3:3: rules.coi.product_endorsement.limit: coi.product_endorsement is a near rule; "
                        + "only limit rules take a limit");
        Policy java = Policy.parse("rules:\n  phi.phone: {limit: 2}\n", "j.yaml");
        assertThatThrownBy(() -> checker(java)).hasMessageContaining("only declarative limit rules take a limit");
    }

    @Test
    void badExtendsEntriesAreLocated() throws IOException {
        PolicyException unknown = catchPolicy("name: x\nextends:\n  - builtin:conflict-of-interest\n  - builtin:nope\n");
        assertThat(unknown.line()).isEqualTo(4);
        assertThat(unknown.field()).isEqualTo("extends[1]");
        assertThat(unknown.problem()).contains("no built-in pack named 'nope'").contains("professional-boundaries");

        Path policy = write("p.yaml", "extends: [missing.yaml]\n");
        assertThatThrownBy(() -> Policy.load(policy)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("p.yaml:1:11: extends[0]: no such rule file: " + dir.resolve("missing.yaml"));

        PolicyException twice = catchPolicy("extends: [builtin:platform-limits, builtin:platform-limits]\n");
        assertThat(twice.problem()).contains("extended twice");
        assertThat(catchPolicy("extends: builtin:platform-limits\n").problem()).contains("a list of rule packs");
    }

    @Test
    void errorsInsideAPackPointIntoThePackFile() throws IOException {
        Path pack = write("bad.yaml", "pack: bad\nrules:\n  - id: bad.one\n    kind: terms\n    message: m\n    trems: [x]\n");
        Path policy = write("p.yaml", "extends: [bad.yaml]\n");
        assertThatThrownBy(() -> Policy.load(policy)).isInstanceOf(PolicyException.class)
                .hasMessage(pack + ":6:5: rules[0].trems: unknown field; a rule takes id, kind, category, type, severity, "
                        + "message, summary, description, suggestion, fix, confidence, references, examples, terms, "
                        + "termsFile, lexicon, caseSensitive, variants, wordBoundaries, exceptions, unless, unlessIn, "
                        + "pattern, group, validator, minLength, maxLength, tokens, a, b, within, order, span, "
                        + "sameSentence, when, require, count, max");
    }

    @Test
    void ruleIdsMustNotClash() throws IOException {
        write("a.yaml", "pack: a\nrules:\n  - {id: same.id, kind: terms, message: m, terms: [x]}\n");
        write("b.yaml", "pack: b\nrules:\n  - {id: same.id, kind: terms, message: m, terms: [y]}\n");
        write("c.yaml", "pack: c\nrules:\n  - {id: phi.phone, kind: terms, message: m, terms: [y]}\n");
        assertThatThrownBy(() -> Policy.load(write("p.yaml", "extends: [a.yaml, b.yaml]\n")))
                .hasMessageContaining("extends[1]: rule same.id of pack b is also defined by pack a");
        Policy clash = Policy.load(write("q.yaml", "extends: [c.yaml]\n"));
        assertThatThrownBy(() -> checker(clash)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("rule phi.phone of pack c has the id of a built-in rule");
    }

    @Test
    void packsCanBeAddedInCode() {
        Policy p = Policy.builder().extend(RulePack.builtin("professional-boundaries")).build();
        assertThat(checker(p).check("Worried after surgery? Text me anytime.").findings())
                .extracting(Finding::ruleId).contains("boundaries.private_contact_invite");
        assertThat(p.toBuilder().build().packs()).hasSize(1);
    }

    private static PolicyException catchPolicy(String yaml) {
        try {
            Policy.parse(yaml, "p.yaml");
        } catch (PolicyException e) {
            return e;
        }
        throw new AssertionError("no error for " + yaml);
    }
}
