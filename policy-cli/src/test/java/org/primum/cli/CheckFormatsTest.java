package org.primum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The CI and review formats of {@code primum check}: SARIF, JUnit XML, HTML, and located JSON. */
class CheckFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "312-555-0148";
    private static Schema sarifSchema;

    @TempDir
    Path dir;

    private String markdown;
    private String csv;
    private String jsonl;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CheckFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    @BeforeEach
    void writePosts() throws IOException {
        markdown = "---\ntitle: Clinic day\n---\nGreat day in clinic.\nmy pt called from " + PHONE
                + " after her visit today.\n";
        csv = "id,text\nc1,\"Statins lower LDL cholesterol.\"\nc2,\"Two lines:\nher number is " + PHONE
                + ", call the patient back\"\n";
        jsonl = "{\"id\":\"j1\",\"text\":\"Flu shots are available at the pharmacy.\"}\n"
                + "{\"id\":\"j2\",\"text\":\"Patient said \\\"thanks\\\" \\u2014 pt called from " + PHONE
                + " after her visit\"}\n";
        write("posts/clinic.md", markdown);
        write("posts/queue/rows.csv", csv);
        write("posts/queue/q.jsonl", jsonl);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String posts() {
        return dir.resolve("posts").toString();
    }

    private static List<String> validate(String sarif) {
        List<String> problems = new ArrayList<>();
        for (Error e : sarifSchema.validate(sarif, InputFormat.JSON)) {
            problems.add(e.toString());
        }
        return problems;
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws IOException {
        Cli.Run r = Cli.run("check", "--format", "sarif", "--base-dir", dir.toString(), posts());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(validate(r.out())).isEmpty();
        assertThat(r.out()).doesNotContain(PHONE);

        JsonNode log = JSON.readTree(r.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(dir.toUri().toString());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isGreaterThan(3);
        for (JsonNode rule : rules) {
            assertThat(rule.get("id").asText()).isNotBlank();
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        }
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(3);
        List<String> uris = new ArrayList<>();
        for (JsonNode result : results) {
            assertThat(result.get("ruleId").asText()).isEqualTo("phi.phone");
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("phi.phone");
            assertThat(result.get("level").asText()).isEqualTo("error");
            assertThat(result.get("message").get("text").asText()).contains("phone number");
            assertThat(result.get("partialFingerprints").get("primumFinding/v1").asText()).matches("[0-9a-f]{32}");
            JsonNode loc = result.get("locations").get(0).get("physicalLocation");
            assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            uris.add(loc.get("artifactLocation").get("uri").asText());
            JsonNode region = loc.get("region");
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength")) {
                assertThat(region.has(field)).as(field).isTrue();
            }
            assertThat(region.has("snippet")).isFalse();
        }
        assertThat(uris).containsExactly("posts/clinic.md", "posts/queue/q.jsonl", "posts/queue/rows.csv");
    }

    @Test
    void sarifRegionsPointAtTheMatchedTextByOffsetAndByLineAndColumn() throws IOException {
        Cli.Run r = Cli.run("check", "--format", "sarif", "--base-dir", dir.toString(), posts());
        for (JsonNode result : JSON.readTree(r.out()).get("runs").get(0).get("results")) {
            JsonNode loc = result.get("locations").get(0).get("physicalLocation");
            String content = Files.readString(dir.resolve(loc.get("artifactLocation").get("uri").asText()));
            JsonNode region = loc.get("region");
            int offset = region.get("charOffset").asInt();
            assertThat(content.substring(offset, offset + region.get("charLength").asInt())).isEqualTo(PHONE);
            String line = content.split("\n", -1)[region.get("startLine").asInt() - 1];
            int col = region.get("startColumn").asInt() - 1;
            assertThat(line.substring(col, region.get("endColumn").asInt() - 1)).isEqualTo(PHONE);
            assertThat(region.get("endLine").asInt()).isEqualTo(region.get("startLine").asInt());
        }
    }

    @Test
    void sarifForTypedTextAndInputErrorsStillValidates() throws IOException {
        Cli.Run typed = Cli.run("check", "--format", "sarif", "--text", "Call me at " + PHONE + ", pt Ana");
        assertThat(validate(typed.out())).isEmpty();
        JsonNode result = JSON.readTree(typed.out()).get("runs").get(0).get("results").get(0);
        assertThat(result.has("locations")).isFalse();
        assertThat(result.get("message").get("text").asText()).endsWith("(post text)");

        Path bad = write("bad.jsonl", "{\"id\":1,\"text\":\"ok\"}\nnot json\n");
        Cli.Run errors = Cli.run("check", "--format", "sarif", "--show-matches", "--base-dir", dir.toString(),
                bad.toString(), dir.resolve("posts/clinic.md").toString());
        assertThat(errors.code()).isEqualTo(2);
        assertThat(validate(errors.out())).isEmpty();
        JsonNode invocation = JSON.readTree(errors.out()).get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.get("exitCode").asInt()).isEqualTo(2);
        assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
                .contains("bad.jsonl:2: malformed JSON");
        JsonNode region = JSON.readTree(errors.out()).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("region");
        assertThat(region.get("snippet").get("text").asText()).isEqualTo(PHONE);
    }

    @Test
    void junitHasOneTestCasePerPostAndFailsThoseAtTheFailLevel() throws Exception {
        Cli.Run r = Cli.run("check", "--format", "junit", posts());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain(PHONE).contains("[PHONE]");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(r.out())));
        org.w3c.dom.Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cases.item(i);
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failing.add(c.getAttribute("name"));
                org.w3c.dom.Element failure = (org.w3c.dom.Element) c.getElementsByTagName("failure").item(0);
                assertThat(failure.getAttribute("type")).isEqualTo("BLOCK");
                assertThat(failure.getAttribute("message")).isEqualTo("BLOCK: 1 finding (phi.phone)");
                assertThat(failure.getTextContent()).contains(c.getAttribute("file") + ":").contains("phi.phone");
            }
        }
        assertThat(failing).containsExactlyInAnyOrder("c2", "j2", dir.resolve("posts/clinic.md").toString());
    }

    @Test
    void junitFailLevelWarnFailsWarnings() throws Exception {
        Path soft = write("soft.yaml", "name: soft\nrules:\n  phi.phone: warn\n");
        Cli.Run block = Cli.run("check", "--format", "junit", "--policy", soft.toString(), posts());
        assertThat(block.code()).isZero();
        assertThat(block.out()).contains("failures=\"0\"").contains("<system-out>");
        Cli.Run warn = Cli.run("check", "--format", "junit", "--fail-on", "warn", "--policy", soft.toString(), posts());
        assertThat(warn.code()).isEqualTo(1);
        assertThat(warn.out()).contains("<testsuites name=\"primum\" tests=\"5\" failures=\"3\"")
                .contains("type=\"WARN\"");
    }

    @Test
    void htmlHighlightsEachFindingOnItsTextAndSummarises() throws IOException {
        Path report = dir.resolve("report.html");
        Cli.Run r = Cli.run("check", "--format", "html", "--output", report.toString(), posts(),
                dir.resolve("posts/clinic.md").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Checked 6 posts: 4 BLOCK, 0 WARN, 2 PASS.").contains(report.toString());
        Document doc = Jsoup.parse(Files.readString(report));

        assertThat(doc.select("article.post")).hasSize(6);
        assertThat(doc.select("article.post[data-verdict=BLOCK]")).hasSize(4);
        assertThat(doc.select("#summary .count[data-verdict=BLOCK] b").text()).isEqualTo("4");
        assertThat(doc.select("#summary .count[data-verdict=PASS] b").text()).isEqualTo("2");
        assertThat(doc.select("#top-rules tbody tr").first().attr("data-rule")).isEqualTo("phi.phone");
        assertThat(doc.select("#top-rules tbody tr").first().select("td.n").eachText()).containsExactly("4", "4");
        assertThat(doc.select("#filters input[data-filter]").eachAttr("data-filter"))
                .containsExactly("BLOCK", "WARN", "PASS");

        for (Element article : doc.select("article.post[data-verdict=BLOCK]")) {
            Element li = article.selectFirst("li.finding");
            assertThat(li.attr("data-rule")).isEqualTo("phi.phone");
            assertThat(li.hasClass("cat-phi")).isTrue();
            String marked = String.join("", article.select("mark.hl").stream()
                    .filter(m -> List.of(m.attr("data-findings").split(" ")).contains(li.id()))
                    .map(Element::wholeText).toList());
            assertThat(marked).isEqualTo(PHONE);
            Element mark = article.selectFirst("mark.hl");
            assertThat(mark.hasClass("cat-phi")).isTrue();
            assertThat(mark.hasClass("sev-block")).isTrue();
            assertThat(mark.attr("title")).contains("phi.phone").contains("phone number");
            assertThat(li.select(".where").text()).startsWith("line ");
        }
        Element clinic = doc.select("article.post").first();
        assertThat(clinic.selectFirst(".text").wholeText()).isEqualTo(markdown.substring(markdown.indexOf("Great")));
        assertThat(doc.select("article.post[data-verdict=PASS] mark")).isEmpty();
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        Cli.Run r = Cli.run("check", "--format", "html", "--text", "<script>alert(1)</script> pt called " + PHONE);
        Document doc = Jsoup.parse(r.out());
        assertThat(doc.select("script[src], link, img, iframe, object, embed, audio, video, source")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(r.out()).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>alert");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.selectFirst(".text").wholeText()).startsWith("<script>alert(1)</script>");
    }

    @Test
    void jsonOutputLocatesFindingsInFiles() throws IOException {
        Cli.Run r = Cli.run("check", "--format", "jsonl", dir.resolve("posts/clinic.md").toString());
        JsonNode post = JSON.readTree(r.out());
        assertThat(post.get("file").asText()).isEqualTo(dir.resolve("posts/clinic.md").toString());
        JsonNode finding = post.get("findings").get(0);
        assertThat(finding.get("line").asInt()).isEqualTo(5);
        assertThat(finding.get("column").asInt()).isEqualTo(19);
    }

    @Test
    void textOutputPointsToFileLineAndColumn() {
        Cli.Run r = Cli.run("check", "--column", "text", posts());
        assertThat(r.out()).contains(dir.resolve("posts/queue/rows.csv") + ":4:15  BLOCK  phi.phone")
                .contains(dir.resolve("posts/clinic.md") + ":5:19  BLOCK  phi.phone");
    }
}
