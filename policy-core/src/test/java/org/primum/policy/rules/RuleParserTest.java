package org.primum.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.PolicyException;
import org.primum.policy.Severity;

/** Malformed rule files fail with the file, line, column and field of the problem. */
class RuleParserTest {

    @TempDir
    Path dir;

    private static RulePack parse(String yaml) {
        return RulePack.parse(yaml, "rules.yaml", null);
    }

    private static PolicyException error(ThrowingCallable call) {
        try {
            call.call();
        } catch (PolicyException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a PolicyException, got " + t, t);
        }
        throw new AssertionError("expected a PolicyException, nothing was thrown");
    }

    private static final String GOOD_RULE = """
            - id: acme.cure
              kind: terms
              message: "'{match}' is a claim"
              terms: [miracle cure]
            """;

    @Test
    void aValidPackReadsWithDefaults() {
        RulePack pack = parse("pack: acme\nversion: 3\ndescription: Ours\nrules:\n" + GOOD_RULE.indent(2));
        assertThat(pack.id()).isEqualTo("acme");
        assertThat(pack.version()).contains("3");
        assertThat(pack.description()).contains("Ours");
        DeclarativeRule r = pack.rules().get(0);
        assertThat(r.id()).isEqualTo("acme.cure");
        assertThat(r.kind()).isEqualTo(DeclarativeRule.Kind.TERMS);
        assertThat(r.category()).isEqualTo(Category.CUSTOM);
        assertThat(r.type()).isEqualTo(FindingType.CUSTOM);
        assertThat(r.defaultSeverity()).isEqualTo(Severity.WARN);
        assertThat(r.pack()).isEqualTo("acme");
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.summary()).isEqualTo("Is a claim");
    }

    @Test
    void aSingleRuleFileFormsAPackNamedAfterTheFile() {
        RulePack pack = RulePack.parse("id: acme.cure\nkind: terms\nmessage: m\nterms: [x]\n", "dir/Our Rule.yml", null);
        assertThat(pack.id()).isEqualTo("our-rule");
        assertThat(pack.rules()).extracting(DeclarativeRule::id).containsExactly("acme.cure");
    }

    @Test
    void unknownFieldIsAnErrorWithLineColumnAndPath() {
        PolicyException e = error(() -> parse("""
                pack: acme
                rules:
                  - id: acme.cure
                    kind: terms
                    mesage: oops
                    terms: [x]
                """));
        assertThat(e.source()).isEqualTo("rules.yaml");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("rules[0].mesage");
        assertThat(e.problem()).startsWith("unknown field").contains("message");
        assertThat(e.getMessage()).startsWith("rules.yaml:5:5: rules[0].mesage: unknown field");
    }

    @Test
    void aFieldOfAnotherKindNamesTheKindItBelongsTo() {
        PolicyException e = error(() -> parse("pack: acme\nrules:\n" + GOOD_RULE.indent(2) + "    within: 3\n"));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("rules[0].within");
        assertThat(e.problem()).contains("does not apply to a terms rule").contains("near");
    }

    @Test
    void missingRequiredFieldPointsAtTheRule() {
        PolicyException e = error(() -> parse("""
                pack: acme
                rules:
                  - id: acme.one
                    kind: terms
                    message: m
                    terms: [x]
                  - id: acme.two
                    kind: terms
                    terms: [y]
                """));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("rules[1].message");
        assertThat(e.problem()).contains("missing");
    }

    @Test
    void kindSpecificRequirementsAreChecked() {
        assertThat(error(() -> parse("id: a.b\nkind: near\nmessage: m\na: [x]\nb: [y]\n")).field()).isEqualTo("within");
        assertThat(error(() -> parse("id: a.b\nkind: limit\nmessage: m\ncount: hashtags\n")).field()).isEqualTo("max");
        assertThat(error(() -> parse("id: a.b\nkind: requires\nmessage: m\nwhen: [x]\n")).field()).isEqualTo("require");
        assertThat(error(() -> parse("id: a.b\nkind: pattern\nmessage: m\n")).field()).isEqualTo("pattern");
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\n")).field()).isEqualTo("terms");
    }

    @Test
    void badEnumValueNamesTheChoices() {
        PolicyException e = error(() -> parse("id: a.b\nkind: terms\nseverity: critical\nmessage: m\nterms: [x]\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.field()).isEqualTo("severity");
        assertThat(e.problem()).isEqualTo("'critical' is not one of info, warn, block");
        assertThat(error(() -> parse("id: a.b\nkind: regex\nmessage: m\n")).problem())
                .contains("terms, pattern, near, requires, limit");
    }

    @Test
    void wrongValueTypesAreErrors() {
        assertThat(error(() -> parse("id: a.b\nkind: near\nmessage: m\na: [x]\nb: [y]\nwithin: three\n")).problem())
                .isEqualTo("expected a whole number");
        assertThat(error(() -> parse("id: a.b\nkind: near\nmessage: m\na: [x]\nb: [y]\nwithin: 500\n")).problem())
                .contains("0 to 50");
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\nterms: [x]\ncaseSensitive: maybe\n")).field())
                .isEqualTo("caseSensitive");
        assertThat(error(() -> parse("id: Bad Id\nkind: terms\nmessage: m\nterms: [x]\n")).problem())
                .contains("not a valid rule id");
    }

    @Test
    void malformedExampleMarksAreLocated() {
        PolicyException e = error(() -> parse("""
                id: acme.cure
                kind: terms
                message: m
                terms: [cure]
                examples:
                  fire:
                    - "a [[cure]] here"
                    - "a [[cure here"
                """));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.field()).isEqualTo("examples.fire[1]");
        assertThat(e.problem()).contains("never closed");
        PolicyException pass = error(() -> parse("id: a.b\nkind: terms\nmessage: m\nterms: [x]\n"
                + "examples:\n  pass: [\"no [[x]]\"]\n"));
        assertThat(pass.field()).isEqualTo("examples.pass[0]");
        assertThat(pass.problem()).contains("pass example cannot mark");
    }

    @Test
    void placeholdersAreCheckedAndPhiRulesMayNotEchoTheMatch() {
        PolicyException unknown = error(() -> parse("id: a.b\nkind: terms\nmessage: 'has {count} of {match}'\nterms: [x]\n"));
        assertThat(unknown.field()).isEqualTo("message");
        assertThat(unknown.problem()).contains("unknown placeholder {count}").contains("{match}");
        PolicyException phi = error(() -> parse("id: a.b\nkind: terms\ncategory: phi\nmessage: 'name {match}'\nterms: [x]\n"));
        assertThat(phi.problem()).contains("must not repeat the matched text");
        assertThat(parse("id: a.b\nkind: limit\nmessage: '{count} > {limit}'\ncount: hashtags\nmax: 2\n").rules())
                .hasSize(1);
    }

    @Test
    void duplicateKeysAndDuplicateIdsAreErrors() {
        PolicyException key = error(() -> parse("id: a.b\nkind: terms\nmessage: m\nmessage: n\nterms: [x]\n"));
        assertThat(key.line()).isEqualTo(4);
        assertThat(key.problem()).contains("Duplicate field 'message'");
        PolicyException id = error(() -> parse("pack: p\nrules:\n" + GOOD_RULE.indent(2) + GOOD_RULE.indent(2)));
        assertThat(id.line()).isEqualTo(7);
        assertThat(id.field()).isEqualTo("rules[1].id");
        assertThat(id.problem()).contains("duplicate rule id 'acme.cure'").contains("line 3");
    }

    @Test
    void malformedYamlAndJsonReportTheLine() {
        PolicyException yaml = error(() -> parse("id: a.b\nkind: terms\nmessage: m\n  terms: [x]\n"));
        assertThat(yaml.problem()).startsWith("malformed YAML");
        assertThat(yaml.line()).isEqualTo(4);
        PolicyException json = error(() -> RulePack.parse("{\"id\": \"a.b\",\n \"kind\": \"terms\",\n \"message\" \"m\"}",
                "rule.json", null));
        assertThat(json.problem()).startsWith("malformed JSON");
        assertThat(json.line()).isEqualTo(3);
        PolicyException jsonField = error(() -> RulePack.parse("{\"id\": \"a.b\", \"kind\": \"terms\",\n"
                + " \"message\": \"m\", \"terms\": [\"x\"], \"colour\": 1}", "rule.json", null));
        assertThat(jsonField.line()).isEqualTo(2);
        assertThat(jsonField.field()).isEqualTo("colour");
    }

    @Test
    void jsonRuleFilesWork() {
        RulePack pack = RulePack.parse("""
                {"pack": "j", "rules": [
                  {"id": "j.one", "kind": "limit", "message": "{count}", "count": "mentions", "max": 1,
                   "examples": {"fire": ["@a [[@b]]"], "pass": ["@a"]}}]}
                """, "p.json", null);
        RuleTester.forRule(pack.rules().get(0)).verify();
    }

    @Test
    void packStructureErrors() {
        assertThat(error(() -> parse("pack: p\n")).problem()).contains("needs a list of rules");
        assertThat(error(() -> parse("pack: p\nrules: []\n")).problem()).contains("no rules");
        assertThat(error(() -> parse("pack: p\nkind: terms\nrules:\n" + GOOD_RULE.indent(2))).problem())
                .contains("belong under 'rules:'");
        assertThat(error(() -> parse("- id: x\n")).problem()).contains("must be an object");
        assertThat(error(() -> parse("")).problem()).isEqualTo("rule file is empty");
    }

    @Test
    void termsFileIsResolvedNextToTheRuleFileAndMissingOnesAreLocated() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(sub.resolve("names.txt"), "# our patients\nOkafor\n\nBrennan-Smythe\n");
        Path file = sub.resolve("names.yaml");
        Files.writeString(file, "id: acme.names\nkind: terms\ncategory: phi\ntype: name\nmessage: A patient's name.\n"
                + "caseSensitive: true\ntermsFile: names.txt\n");
        DeclarativeRule r = RulePack.load(file).rules().get(0);
        RuleTester.of(r).fires("Saw Mrs [[Okafor]] and [[Brennan-Smythe]]").passes("okafor river").verify();
        assertThat(r.settings().get("terms")).contains("2 terms").contains("names.txt").doesNotContain("Okafor");

        Files.writeString(file, "id: acme.names\nkind: terms\nmessage: m\ntermsFile: missing.txt\n");
        PolicyException e = error(() -> RulePack.load(file));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("termsFile");
        assertThat(e.problem()).contains("no such file").contains(sub.resolve("missing.txt").toString());
    }

    @Test
    void unknownLexiconOrSectionIsAnError() {
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\nlexicon: potions\n")).problem())
                .contains("no built-in lexicon named 'potions'");
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\nlexicon: 'drugs:potions'\n")).problem())
                .contains("no section 'potions'").contains("cardiology");
    }

    @Test
    void fixMustSuitTheKind() {
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\nterms: [x]\nfix: {append: '#ad'}\n")).field())
                .isEqualTo("fix.append");
        assertThat(error(() -> parse("id: a.b\nkind: requires\nmessage: m\nwhen: [x]\nrequire: [y]\nfix: {replace: z}\n"))
                .problem()).contains("use append");
        assertThat(error(() -> parse("id: a.b\nkind: terms\nmessage: m\nterms: [x]\nfix: {replace: a, append: b}\n"))
                .problem()).contains("exactly one");
    }

    @Test
    void patternErrorsAreLocatedAtThePattern() {
        PolicyException syntax = error(() -> parse("id: a.b\nkind: pattern\nmessage: m\npattern: 'MRN(\\d+'\n"));
        assertThat(syntax.line()).isEqualTo(4);
        assertThat(syntax.field()).isEqualTo("pattern");
        assertThat(syntax.problem()).startsWith("not a valid regular expression");
        assertThat(error(() -> parse("id: a.b\nkind: pattern\nmessage: m\npattern: '\\d*'\n")).problem())
                .contains("matches empty text");
        PolicyException group = error(() -> parse("id: a.b\nkind: pattern\nmessage: m\npattern: 'a(b)'\ngroup: 2\n"));
        assertThat(group.field()).isEqualTo("group");
        assertThat(group.problem()).contains("1 capture group");
        assertThat(error(() -> parse("id: a.b\nkind: pattern\nmessage: m\npattern: 'x'\nvalidator: length\n")).problem())
                .contains("minLength");
    }

    @Test
    void catastrophicPatternsAreRejectedWithTheReason() {
        String[] unsafe = {"(a+)+b", "(\\w*\\s?)*x", "(?:\\d+-)+end", "(a|a)*b", "(a|)+b", "(\\d+){2,}", "(x)\\1",
            "(?<w>x)\\k<w>", "((ab)+)+c", "(?:[a-z]+\\.?)*@"};
        for (String p : unsafe) {
            PolicyException e = error(() -> parse("id: a.b\nkind: pattern\nmessage: m\npattern: '" + p + "'\n"));
            assertThat(e.field()).as(p).isEqualTo("pattern");
            assertThat(e.line()).as(p).isEqualTo(4);
            assertThat(e.problem()).as(p).containsAnyOf("nested quantifier", "backreference", "repeated alternation");
        }
        String[] safe = {"\\d(?:[ -]?+\\d){12,18}", "(?>\\w+\\s?)+x", "(?:ab|cd)+", "\\b(?:MRN|mrn)[:# ]*(\\d{6,10})\\b",
            "(?:\\d{3}-)+\\d{4}", "[(]\\d{3}[)]", "(?i)cure[sd]?", "(?:\\d+){3}", "\\p{L}+", "[\\[(]x[)\\]]"};
        for (String p : safe) {
            assertThat(SafeRegex.problem(p)).as(p).isNull();
        }
        assertThat(SafeRegex.problem("a".repeat(SafeRegex.MAX_LENGTH + 1))).contains("limit");
    }
}
