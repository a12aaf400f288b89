package org.primum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostCheckerTest {

    private final PostChecker checker = PostChecker.builder().discoverServices(false).build();

    @Test
    void blocksAPatientPhoneAndRedactsIt() {
        String text = "Pt Ana called from 312-555-0148 after her visit today";
        CheckResult r = checker.check(text);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("phi.phone")).findFirst().orElseThrow();
        assertThat(f.matchedText(text)).isEqualTo("312-555-0148");
        assertThat(r.redactedText()).isEqualTo("Pt [NAME] called from [PHONE] after her visit today");
    }

    @Test
    void passesEducationWithNoIdentifiers() {
        CheckResult r = checker.check("Statins lower LDL cholesterol. Ask your doctor if one is right for you.");
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void mapsSpansBackThroughZeroWidthAndFullWidthCharacters() {
        String text = "pt cell \u200B\uFF13\uFF11\uFF12-555-0148 today";
        CheckResult r = checker.check(text);
        Finding f = r.findings().stream().filter(x -> x.type() == FindingType.PHONE).findFirst().orElseThrow();
        assertThat(f.matchedText(text)).isEqualTo("\uFF13\uFF11\uFF12-555-0148");
    }

    @Test
    void policyNamingAnUnknownRuleFailsAtBuildWithItsLine() {
        Policy p = Policy.parse("name: x\nrules:\n  phi.phone: warn\n  phi.nope: block\n", "my-policy.yaml");
        assertThatThrownBy(() -> PostChecker.builder().policy(p).discoverServices(false).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("my-policy.yaml:4:")
                .hasMessageContaining("rules.phi.nope");
    }

    @Test
    void ruleSeverityFromPolicyWins() {
        Policy p = Policy.parse("{\"name\":\"soft\",\"rules\":{\"phi.phone\":\"warn\"}}", "soft.json");
        PostChecker soft = PostChecker.builder().policy(p).discoverServices(false).build();
        CheckResult r = soft.check("my pt's number is 312-555-0148");
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void tooLongTextIsRefusedNotCut() {
        Policy p = Policy.defaults().toBuilder().maxChars(100).build();
        PostChecker small = PostChecker.builder().policy(p).discoverServices(false).build();
        CheckResult r = small.check("a".repeat(101));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).singleElement().extracting(Finding::ruleId).isEqualTo("input.too_long");
    }

    @Test
    void eachDenyTermKeepsItsOwnSeverity() {
        Policy p = Policy.parse("name: d\ndeny:\n  - {term: miracle cure, severity: warn}\n  - room 4 patient\n", "d.yaml");
        PostChecker c = PostChecker.builder().policy(p).discoverServices(false).build();
        assertThat(c.check("Try our Miracle  Cure today").verdict()).isEqualTo(Verdict.WARN);
        assertThat(c.check("update on the room 4 patient").verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void languageWarningCanBeTurnedOff() {
        String spanish = "Hoy tenemos vacunas contra la gripe para todos en nuestra clínica, sin cita previa.";
        assertThat(checker.check(spanish).has("lang.unsupported")).isTrue();
        Policy quiet = Policy.parse("name: q\nrules:\n  lang.unsupported: off\n", "q.yaml");
        PostChecker c = PostChecker.builder().policy(quiet).discoverServices(false).build();
        assertThat(c.check(spanish).has("lang.unsupported")).isFalse();
    }

    @Test
    void patientStoryThresholdsAreReadAndCheckedWithTheirLine() {
        assertThat(Policy.defaults().patientStory()).isEqualTo(Policy.PatientStory.DEFAULTS);
        Policy p = Policy.parse("name: s\npatientStory:\n  blockAt: 0.9\n  doubtBelow: 0\n", "s.yaml");
        assertThat(p.patientStory()).isEqualTo(new Policy.PatientStory(0.9, 0));
        assertThat(Policy.parse("name: s\npatientStory: {doubtBelow: 0.1}\n", "s.yaml").patientStory())
                .isEqualTo(new Policy.PatientStory(0.8, 0.1));
        assertThatThrownBy(() -> Policy.parse("name: s\npatientStory:\n  blockAt: 1.5\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("s.yaml:3:")
                .hasMessageContaining("patientStory.blockAt");
        assertThatThrownBy(() -> Policy.parse("name: s\npatientStory:\n  blockAt: 0.3\n  doubtBelow: 0.4\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("doubtBelow <= blockAt");
        assertThatThrownBy(() -> Policy.parse("name: s\npatientStory:\n  raiseAt: 0.3\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("s.yaml:3:")
                .hasMessageContaining("patientStory.raiseAt");
        assertThatThrownBy(() -> new Policy.PatientStory(0.5, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personalAdviceThresholdsAreReadAndCheckedWithTheirLine() {
        assertThat(Policy.defaults().personalAdvice()).isEqualTo(Policy.PersonalAdvice.DEFAULTS);
        Policy p = Policy.parse("name: s\npersonalAdvice:\n  flagAt: 0.9\n  doubtBelow: 0\n", "s.yaml");
        assertThat(p.personalAdvice()).isEqualTo(new Policy.PersonalAdvice(0.9, 0));
        assertThat(p.toBuilder().build().personalAdvice()).isEqualTo(new Policy.PersonalAdvice(0.9, 0));
        assertThat(Policy.parse("name: s\npersonalAdvice: {doubtBelow: 0.1}\n", "s.yaml").personalAdvice())
                .isEqualTo(new Policy.PersonalAdvice(0.8, 0.1));
        assertThatThrownBy(() -> Policy.parse("name: s\npersonalAdvice:\n  flagAt: -1\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("s.yaml:3:")
                .hasMessageContaining("personalAdvice.flagAt");
        assertThatThrownBy(() -> Policy.parse("name: s\npersonalAdvice:\n  flagAt: 0.3\n  doubtBelow: 0.4\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("doubtBelow <= flagAt");
        assertThatThrownBy(() -> Policy.parse("name: s\npersonalAdvice:\n  blockAt: 0.3\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("s.yaml:3:")
                .hasMessageContaining("personalAdvice.blockAt");
        assertThatThrownBy(() -> Policy.parse("name: s\npersonalAdvice: 0.8\n", "s.yaml"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("s.yaml:2:")
                .hasMessageContaining("personalAdvice");
        assertThatThrownBy(() -> new Policy.PersonalAdvice(0.5, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }
}
