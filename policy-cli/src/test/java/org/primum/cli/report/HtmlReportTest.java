package org.primum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.primum.policy.Category;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;

class HtmlReportTest {

    private static Finding finding(String rule, Category c, Severity s, int start, int end) {
        return new Finding(rule, c, FindingType.OTHER_ID, s, start, end, "message of " + rule, 0.9, null, List.of());
    }

    private static String covered(Element root, String id) {
        StringBuilder sb = new StringBuilder();
        for (Element m : root.select("mark.hl")) {
            if (List.of(m.attr("data-findings").split(" ")).contains(id)) {
                sb.append(m.wholeText());
            }
        }
        return sb.toString();
    }

    @Test
    void overlappingFindingsSplitIntoPiecesThatNeverNest() {
        String text = "Ana <b>Ruiz</b>, 61, of Springfield & co";
        List<Finding> findings = List.of(
                finding("phi.name", Category.PHI, Severity.BLOCK, 0, 15),
                finding("phi.quasi_id", Category.PHI, Severity.WARN, 0, 32),
                finding("custom.term", Category.CUSTOM, Severity.INFO, 28, 40));
        Element root = Jsoup.parseBodyFragment("<div>" + HtmlReport.markedText(text, findings, "k") + "</div>").body();
        assertThat(root.wholeText()).isEqualTo(text);
        assertThat(root.select("mark mark")).isEmpty();
        assertThat(covered(root, "k-f1")).isEqualTo("Ana <b>Ruiz</b>");
        assertThat(covered(root, "k-f2")).isEqualTo("Ana <b>Ruiz</b>, 61, of Springfield".substring(0, 32));
        assertThat(covered(root, "k-f3")).isEqualTo(text.substring(28));
        Element first = root.selectFirst("mark.hl");
        assertThat(first.hasClass("sev-block")).isTrue(); // the most severe covering finding styles the piece
        assertThat(first.attr("title")).contains("BLOCK phi.name").contains("WARN phi.quasi_id");
        assertThat(root.select("mark.cat-custom").last().wholeText()).isEqualTo("eld & co");
    }

    @Test
    void randomFindingsAlwaysCoverExactlyTheirText() {
        Random random = new Random(42);
        String alphabet = "ab <>&\"'\n\u00e9\ud83d\ude00";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(40);
            while (sb.length() < len) {
                int i = random.nextInt(alphabet.length() - 1);
                sb.append(Character.isHighSurrogate(alphabet.charAt(i)) ? alphabet.substring(i, i + 2)
                        : String.valueOf(alphabet.charAt(i)));
            }
            String text = sb.toString();
            int n = random.nextInt(5);
            List<Finding> findings = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int a = random.nextInt(text.length());
                int b = a + 1 + random.nextInt(text.length() - a);
                findings.add(finding("r" + i, Category.values()[random.nextInt(3)],
                        Severity.values()[random.nextInt(3)], a, b));
            }
            Element root = Jsoup.parseBodyFragment("<div>" + HtmlReport.markedText(text, findings, "p") + "</div>")
                    .body();
            assertThat(root.selectFirst("div").wholeText()).isEqualTo(text);
            assertThat(root.select("mark mark")).isEmpty();
            for (int i = 0; i < n; i++) {
                Finding f = findings.get(i);
                assertThat(covered(root, "p-f" + (i + 1))).as("round %d finding %d", round, i)
                        .isEqualTo(text.substring(f.start(), f.end()));
            }
        }
    }

    @Test
    void pageWithoutPostsHasNoSummaryOrFiltersButKeepsTopHtml() {
        String html = HtmlReport.builder().title("Playground").topHtml("<form id=\"f\"></form>").build()
                .render(List.of());
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("Playground");
        assertThat(doc.select("form#f")).hasSize(1);
        assertThat(doc.select("#summary, #filters, script")).isEmpty();
    }

    @Test
    void postHeadingShowsFileAndLine() {
        CheckResult r = new CheckResult(Verdict.PASS, List.of(), "hello", "en", List.of("a note"));
        ReportedPost p = new ReportedPost("q7", "hello", r, "queue.csv", "queue.csv", new Region(4, 1, 4, 6, 30, 5),
                List.of());
        Element article = Jsoup.parseBodyFragment(HtmlReport.postHtml(p, "p1")).body().selectFirst("article");
        assertThat(article.attr("data-verdict")).isEqualTo("PASS");
        assertThat(article.select(".where").text()).isEqualTo("queue.csv:4");
        assertThat(article.select(".note").text()).isEqualTo("a note");
    }
}
