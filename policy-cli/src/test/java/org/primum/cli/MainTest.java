package org.primum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE_POST = "my pt called from 312-555-0148 after her visit today";
    private static final String CLEAN_POST = "Statins lower LDL cholesterol. Ask your doctor if one is right for you.";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private static Run runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), false, false).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return runWithStdin("", args);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void cleanPostExitsZero() {
        Run r = run("check", "--text", CLEAN_POST);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("text: PASS").contains("1 PASS");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void blockedPostExitsOneAndIsMarkedInline() {
        Run r = run("check", "--text", PHONE_POST, "--redact");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("«312-555-0148»[PHONE]")
                .contains("BLOCK  phi.phone  PHONE  confidence 0.95")
                .contains("Suggestion: ")
                .contains("my pt called from [PHONE] after her visit today")
                .doesNotContain("\u001b[");
    }

    @Test
    void failOnDecidesWhetherAWarningFails() throws IOException {
        Path soft = write("soft.yaml", "name: soft\nrules:\n  phi.phone: warn\n");
        assertThat(run("check", "--policy", soft.toString(), "--text", PHONE_POST).code()).isZero();
        assertThat(run("check", "--policy", soft.toString(), "--fail-on", "warn", "--text", PHONE_POST).code())
                .isEqualTo(1);
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Run unknown = run("check", "--frmat", "json");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frmat'").contains("primum check --help");
        assertThat(unknown.out()).isEmpty();

        Run both = run("check", "--text", "x", "some.txt");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("either --text or FILEs");

        Run badValue = run("check", "--format", "xml", "--text", "x");
        assertThat(badValue.code()).isEqualTo(2);
        assertThat(badValue.err()).contains("text, json, jsonl");

        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("missing command").contains("check").contains("eval").contains("explain");
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = dir.resolve("nope.txt");
        Run r = run("check", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(missing + ": no such file");
        assertNoStackTrace(r);
    }

    @Test
    void jsonlOutputHasFieldsInOrderAndNoMatchedText() throws IOException {
        Path in = write("posts.jsonl", "{\"id\":\"p1\",\"text\":\"" + PHONE_POST + "\",\"author\":\"x\"}\n"
                + "{\"id\":\"p2\",\"text\":\"" + CLEAN_POST + "\"}\n");
        Run r = runWithStdin(Files.readString(in), "check", "--format", "jsonl", "--input", "jsonl", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("312-555-0148").doesNotContain("\"match\"");
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(fieldNames(first)).containsExactly("id", "verdict", "findings", "redacted");
        assertThat(first.get("id").asText()).isEqualTo("p1");
        assertThat(first.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(first.get("redacted").asText()).isEqualTo("my pt called from [PHONE] after her visit today");
        JsonNode finding = first.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("ruleId", "category", "type", "severity", "start", "end",
                "message", "confidence", "suggestion");
        assertThat(finding.get("start").asInt()).isEqualTo(18);
        assertThat(finding.get("end").asInt()).isEqualTo(30);
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("verdict").asText()).isEqualTo("PASS");
        assertThat(second.get("findings")).isEmpty();
    }

    @Test
    void showMatchesAddsTheMatchedText() throws IOException {
        Path in = write("posts.jsonl", "{\"id\":\"p1\",\"text\":\"" + PHONE_POST + "\"}\n");
        Run r = run("check", "--format", "jsonl", "--show-matches", in.toString());
        JsonNode finding = JSON.readTree(r.out().strip()).get("findings").get(0);
        assertThat(fieldNames(finding)).endsWith("match");
        assertThat(finding.get("match").asText()).isEqualTo("312-555-0148");
    }

    @Test
    void malformedJsonlLineIsReportedAndTheOtherLinesStillChecked() throws IOException {
        Path in = write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"" + CLEAN_POST + "\"}\n"
                + "{\"id\":\"b\", \"text\": oops}\n"
                + "{\"id\":\"c\",\"text\":\"" + PHONE_POST + "\"}\n"
                + "{\"id\":\"d\"}\n");
        Run r = run("check", "--format", "jsonl", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(in + ":2: malformed JSON").contains(in + ":4: text: missing");
        assertNoStackTrace(r);
        List<String> ids = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertThat(ids).containsExactly("a", "c");
    }

    @Test
    void badPolicyExitsTwoWithALocatedMessage() throws IOException {
        Path policy = write("bad.yaml", "name: bad\nrules:\n  phi.phone: sometimes\n");
        Run r = run("check", "--policy", policy.toString(), "--text", CLEAN_POST);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(policy + ":3:").contains("rules.phi.phone");
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void policyNamingAnUnknownRuleExitsTwoWithItsLine() throws IOException {
        Path policy = write("unknown.yaml", "name: x\nrules:\n  phi.nope: block\n");
        Run r = run("check", "--policy", policy.toString(), "--text", CLEAN_POST);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(policy + ":3:").contains("rules.phi.nope");
        assertNoStackTrace(r);
    }

    @Test
    void stdinLinesAreOnePostEach() {
        Run r = runWithStdin(CLEAN_POST + "\n\n" + PHONE_POST + "\n", "check", "--input", "lines", "--format", "jsonl", "-");
        assertThat(r.code()).isEqualTo(1);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"id\":\"<stdin>:1\",\"verdict\":\"PASS\"");
        assertThat(lines[1]).startsWith("{\"id\":\"<stdin>:3\",\"verdict\":\"BLOCK\"");
    }

    @Test
    void stdinIsTheDefaultInputAndIsOnePost() {
        Run r = runWithStdin(CLEAN_POST + "\nsecond line", "check", "--format", "jsonl");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void jsonFormatIsOneDocumentWithASummary() throws IOException {
        Run r = run("check", "--format", "json", "--text", PHONE_POST);
        assertThat(r.code()).isEqualTo(1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(fieldNames(doc)).containsExactly("results", "summary");
        assertThat(doc.get("results")).hasSize(1);
        assertThat(doc.get("summary").get("block").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("exitCode").asInt()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("312-555-0148");
    }

    @Test
    void evalPrintsTheFigures() throws URISyntaxException {
        String corpus = Path.of(MainTest.class.getResource("/tiny.jsonl").toURI()).toString();
        Run r = run("eval", corpus);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Evaluation of 5 posts")
                .contains("phi.recall").contains("phi.precision").contains("span.recall.any")
                .contains("span.recall.structured").contains("span.recall.PHONE").contains("advice.recall")
                .contains("clean.pass").contains("clean.block").contains("posts/s")
                .containsPattern("phi\\.recall\\s+100\\.0%\\s+2/2")
                .containsPattern("clean\\.pass\\s+100\\.0%\\s+2/2")
                .containsPattern("advice\\.recall\\s+100\\.0%\\s+1/1")
                .doesNotContain("advice.recall (1)");
    }

    @Test
    void evalWritesJsonAndComparesDetectors() throws Exception {
        String corpus = Path.of(MainTest.class.getResource("/tiny.jsonl").toURI()).toString();
        Run json = run("eval", corpus, "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("posts").asInt()).isEqualTo(5);
        assertThat(doc.get("figures").get("phi.recall").get("value").asDouble()).isEqualTo(1.0);

        Run compare = run("eval", corpus, "--compare-nlp");
        assertThat(compare.code()).isZero();
        // policy-nlp is on the CLI's class path, so the comparison runs the OpenNLP detector
        assertThat(compare.out()).contains("Entity detectors: opennlp")
                .contains("=== With entity detectors ===")
                .contains("=== Without entity detectors (--no-nlp) ===")
                .contains("=== Comparison ===");
    }

    @Test
    void evalOnAHeldOutCorpusPrintsNoPostIds() throws Exception {
        String corpus = Path.of(MainTest.class.getResource("/tiny.jsonl").toURI()).toString();
        Run json = run("eval", corpus, "--held-out", "--format", "json", "--no-nlp");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("figures").get("phi.recall").get("value").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("figures").get("phi.recall").has("misses")).isFalse();
        Run text = run("eval", corpus, "--held-out", "--no-nlp");
        assertThat(text.out()).contains("phi.recall").contains("Misses: not listed");
    }

    @Test
    void evalOnABadCorpusNamesTheLine() throws IOException {
        Path corpus = write("bad.jsonl",
                "{\"id\":\"a\",\"text\":\"x [[PATIENT:Ana]]\",\"phi\":true,\"advice\":\"none\"}\n");
        Run r = run("eval", corpus.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(corpus + ":1: text: unknown span type 'PATIENT'");
        assertNoStackTrace(r);
    }

    @Test
    void explainShowsTokensFindingsAndReasons() {
        Run r = run("explain", "--text", PHONE_POST, "--no-nlp");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Verdict: BLOCK")
                .contains("Tokens (9):")
                .containsPattern("NUMBER\\s+\"312-555-0148\"\\s+\\[18,30\\)")
                .contains("Sentences (1):")
                .contains("phi.phone  PHI/PHONE  confidence 0.95")
                .contains("reasons:")
                .contains("Entity detectors: none")
                .contains("Patient story: no score")
                .contains("Personal advice: no score");
    }

    @Test
    void explainShowsThePatientStoryScoreAndEntitiesWithNlp() {
        Run r = run("explain", "--text", "Sat with Birdie Kowalczyk for an hour tonight, she finally let us take the"
                + " drain out and asked for her grandson");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Entity detectors: opennlp")
                .containsPattern("Patient story: [01]\\.\\d\\d \\(names, places and tagged handles block at"
                        + " 0\\.80 or more;"
                        + " context-only or contact-only blocks warn below 0\\.10\\)")
                .containsPattern("Entities: PERSON \"Birdie Kowalczyk\" \\[9,25\\)")
                .containsPattern("Personal advice: 0\\.\\d\\d \\(flagged at 0\\.80 or more when no rule found"
                        + " advice; advice blocks warn below 0\\.05\\)");
    }

    @Test
    void versionAndHelpExitZero() {
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("primum ").doesNotContain("unknown");
        Run h = run("check", "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("--fail-on").contains("--show-matches").contains("Exit codes");
    }
}
