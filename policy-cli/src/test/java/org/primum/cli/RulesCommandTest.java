package org.primum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primum.policy.rules.RulePack;

class RulesCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                false, false).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String GOOD = """
            pack: acme
            version: 1
            rules:
              - id: acme.guarantee
                kind: terms
                message: "'{match}' promises an outcome."
                terms: [guaranteed results]
                fix: {replace: "good results in most patients"}
                examples:
                  fire: ["[[Guaranteed results]] or your money back"]
                  pass: ["Results vary from patient to patient"]
            """;

    @Test
    void testingEveryShippedPackPasses() {
        Run r = run("rules", "test");
        assertThat(r.code()).isZero();
        for (String pack : RulePack.shippedNames()) {
            assertThat(r.out()).contains(pack + " ").contains("(builtin:" + pack + ")");
        }
        assertThat(r.out()).contains("ok    coi.undisclosed_promotion").contains("all passed").doesNotContain("FAIL");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aGoodRuleFilePassesAndVerboseShowsEachExample() throws IOException {
        Path f = write("ours.yaml", GOOD);
        Run r = run("rules", "test", "-v", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("acme 1  (" + f + ")").contains("ok    acme.guarantee  (2 examples)")
                .contains("fire example (" + f + ":10): ok").contains("1 pack, 1 rule, 2 examples: all passed");
    }

    @Test
    void aFailingExampleExitsOneAndSaysWhatWasFound() throws IOException {
        Path f = write("ours.yaml", GOOD.replace("[[Guaranteed results]] or", "Guaranteed [[results]] or")
                .replace("Results vary", "Guaranteed results vary"));
        Run r = run("rules", "test", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL  acme.guarantee  (2 examples, 2 failed)")
                .contains("fire example (" + f + ":10): FAILED")
                .contains("expected: \"[[results]]\" at [11,18)")
                .contains("found:    \"[[Guaranteed results]]\" at [0,18)")
                .contains("pass example (" + f + ":11): FAILED")
                .contains("1 rule failed (2 examples)");
    }

    @Test
    void aFixThatDoesNotSilenceTheRuleFails() throws IOException {
        Path f = write("ours.yaml", GOOD.replace("good results in most patients", "guaranteed results, really"));
        Run r = run("rules", "test", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("does not silence the rule");
    }

    @Test
    void aRuleWithoutExamplesFails() throws IOException {
        Path f = write("bare.yaml", "id: acme.bare\nkind: terms\nmessage: m\nterms: [x]\n");
        Run r = run("rules", "test", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL  acme.bare").contains(f + ":1: the rule needs at least one fire and one pass example");
    }

    @Test
    void aMalformedFileExitsTwoWithItsLocationAndOtherFilesStillRun() throws IOException {
        write("rules/good.yaml", GOOD);
        Path bad = write("rules/bad.yaml", "id: acme.bad\nkind: terms\nmessage: m\nterms: [x]\nseverity: loud\n");
        Run r = run("rules", "test", dir.resolve("rules").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":5:11: severity: 'loud' is not one of info, warn, block");
        assertThat(r.out()).contains("ok    acme.guarantee").contains("1 file error");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void missingPathsAndUnknownBuiltinsAreErrors() {
        Run missing = run("rules", "test", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such file");
        Run builtin = run("rules", "test", "builtin:nope");
        assertThat(builtin.code()).isEqualTo(2);
        assertThat(builtin.err()).contains("no built-in pack named 'nope'");
    }

    @Test
    void testWithAPolicyTestsItsPacks() throws IOException {
        write("ours.yaml", GOOD);
        Path policy = write("policy.yaml", "name: acme\nextends: [builtin:platform-limits, ours.yaml]\n");
        Run r = run("rules", "test", "--policy", policy.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("platform-limits").contains("acme.guarantee").doesNotContain("coi.")
                .contains("2 packs, 5 rules");
    }

    @Test
    void listShowsJavaRulesAndPacks() throws IOException {
        Run r = run("rules", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^ID +KIND +CATEGORY +SEVERITY +FROM +SUMMARY$")
                .containsPattern("(?m)^phi\\.phone +java +PHI +BLOCK +built-in +Telephone")
                .containsPattern("(?m)^coi\\.undisclosed_promotion +requires +CUSTOM +WARN +conflict-of-interest ")
                .contains("extends: [builtin:NAME]");

        write("ours.yaml", GOOD);
        Path policy = write("policy.yaml", "extends: [ours.yaml]\nrules:\n  acme.guarantee: block\n  phi.fax: off\n");
        Run p = run("rules", "list", "--policy", policy.toString());
        assertThat(p.out()).containsPattern("(?m)^acme\\.guarantee +terms +CUSTOM +BLOCK +acme ")
                .containsPattern("(?m)^phi\\.fax +java +PHI +off ").doesNotContain("coi.");
    }

    @Test
    void explainDescribesDeclarativeAndJavaRules() {
        Run d = run("rules", "explain", "claims.unsourced_health_claim");
        assertThat(d.code()).isZero();
        assertThat(d.out()).startsWith("claims.unsourced_health_claim\n")
                .contains("kind:       requires")
                .contains("pack:       misinformation-claims 1.0 (builtin:misinformation-claims)")
                .contains("severity:   WARN by default")
                .contains("require:    doi, pmid, source, reference, citation; any url token")
                .contains("fire  \"This tea [[cures]] anxiety in a week!\"")
                .contains("extends: [builtin:misinformation-claims]");
        Run j = run("rules", "explain", "phi.phone");
        assertThat(j.code()).isZero();
        assertThat(j.out()).contains("kind:       java").contains("category:   PHI").contains("severity:   BLOCK by default");
        Run none = run("rules", "explain", "coi.nope");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no rule with id 'coi.nope'").contains("coi.undisclosed_promotion");
    }

    @Test
    void explainFindsRulesInGivenFiles() throws IOException {
        Path f = write("ours.yaml", GOOD);
        Run r = run("rules", "explain", "acme.guarantee", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("defined at: " + f + ":4").contains("fix:        replace the span with");
    }

    @Test
    void checkWithAPolicyRunsItsPacks() throws IOException {
        write("ours.yaml", GOOD);
        Path policy = write("policy.yaml", "extends: [builtin:conflict-of-interest, ours.yaml]\n"
                + "rules:\n  acme.guarantee: block\n");
        Run r = run("check", "--no-nlp", "--policy", policy.toString(), "--text",
                "Guaranteed results with this serum, use my code DOC10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("BLOCK  acme.guarantee").contains("WARN   coi.undisclosed_promotion");
        Run clean = run("check", "--no-nlp", "--policy", policy.toString(), "--text", "Results vary; #ad use my code DOC10");
        assertThat(clean.code()).isZero();
    }

    @Test
    void rulesAloneIsAUsageError() {
        Run r = run("rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing command").contains("test").contains("list").contains("explain");
    }
}
