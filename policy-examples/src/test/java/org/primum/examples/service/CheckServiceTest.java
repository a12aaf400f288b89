package org.primum.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primum.cli.report.JsonReport;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;

/** Real HTTP calls to the service on a loopback port chosen by the system. */
class CheckServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "312-555-0148";
    private static final String PHONE_POST = "my pt called from " + PHONE + " after her visit today";
    private static final int LIMIT = 4096;

    private static PostChecker checker;
    private static CheckService service;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        checker = PostChecker.builder().useEntityDetectors(false).build();
        service = CheckService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), checker,
                new CheckService.Config(LIMIT, 4));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(service.uri().resolve(path));
    }

    private static HttpResponse<String> postJson(String body) throws IOException, InterruptedException {
        return send(at("/v1/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String json(Object o) throws IOException {
        return JSON.writeValueAsString(o);
    }

    @Test
    void listensOnLoopback() {
        assertThat(service.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(service.port()).isPositive();
    }

    @Test
    void healthzAnswersOk() throws Exception {
        HttpResponse<String> r = send(at("/healthz").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("rules").asInt()).isEqualTo(checker.rules().size());
    }

    @Test
    void checkAnswersTheSameJsonAsTheCli() throws Exception {
        HttpResponse<String> r = postJson(json(java.util.Map.of("id", "d1", "text", PHONE_POST)));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body).isEqualTo(JsonReport.result("d1", PHONE_POST, checker.check(PHONE_POST), false));
        assertThat(body.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(body.get("findings").get(0).get("ruleId").asText()).isEqualTo("phi.phone");
        assertThat(r.body()).doesNotContain(PHONE);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "verdict", "findings", "redacted");
    }

    @Test
    void checkUsesTheDraftContextAndCanShowMatches() throws Exception {
        String text = "So glad your knee surgery went well, see you at your follow-up!";
        HttpResponse<String> r = postJson("{\"text\":" + json(text) + ",\"replyTo\":\"@kay_runs\",\"platform\":\"x\","
                + "\"mentions\":[\"@kay_runs\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        Draft draft = Draft.builder(text).replyTo("@kay_runs").platform("x").mention("@kay_runs").build();
        JsonNode expected = JsonReport.result("ignored", text, checker.check(draft), false);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("verdict")).isEqualTo(expected.get("verdict"));
        assertThat(body.get("findings")).isEqualTo(expected.get("findings"));
        assertThat(body.get("id").asText()).startsWith("request-");

        HttpResponse<String> shown = send(at("/v1/check?showMatches=true").header("Content-Type",
                "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(
                        json(java.util.Map.of("text", PHONE_POST)))));
        assertThat(JSON.readTree(shown.body()).get("findings").get(0).get("match").asText()).isEqualTo(PHONE);
    }

    @Test
    void badJsonIsA400WithWhere() throws Exception {
        HttpResponse<String> r = postJson("{\"text\": \"unterminated");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo("malformed_json");
        assertThat(body.get("message").asText()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void wrongShapesAre400sNamingTheField() throws Exception {
        assertThat(JSON.readTree(postJson("{\"body\":\"x\"}").body()).get("message").asText())
                .isEqualTo("text: missing");
        assertThat(JSON.readTree(postJson("{\"text\":42}").body()).get("message").asText())
                .isEqualTo("text: expected a string");
        assertThat(JSON.readTree(postJson("[1,2]").body()).get("message").asText())
                .contains("expected a JSON object");
        HttpResponse<String> r = postJson("{\"text\":\"x\",\"mentions\":\"@a\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("invalid_request");
        assertThat(JSON.readTree(r.body()).get("message").asText()).isEqualTo("mentions: expected a list of strings");
        assertThat(postJson("{\"text\":\"x\",\"id\":{}}").statusCode()).isEqualTo(400);
    }

    @Test
    void wrongMethodContentTypeAndPathAreClear4xx() throws Exception {
        HttpResponse<String> get = send(at("/v1/check").GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(JSON.readTree(get.body()).get("error").asText()).isEqualTo("method_not_allowed");

        HttpResponse<String> plain = send(at("/v1/check").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(PHONE_POST)));
        assertThat(plain.statusCode()).isEqualTo(415);

        assertThat(send(at("/v2/check").GET()).statusCode()).isEqualTo(404);
        assertThat(send(at("/v1/check/extra").GET()).statusCode()).isEqualTo(404);
        assertThat(send(at("/healthz").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(405);
    }

    @Test
    void bodiesOverTheLimitAre413WithOrWithoutALength() throws Exception {
        String big = json(java.util.Map.of("text", "a".repeat(LIMIT + 10)));
        HttpResponse<String> sized = postJson(big);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(sized.body()).get("error").asText()).isEqualTo("payload_too_large");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(at("/v1/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertThat(chunked.statusCode()).isEqualTo(413);

        String fits = json(java.util.Map.of("text", "b".repeat(LIMIT - 100)));
        assertThat(postJson(fits).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentRequestsShareOneChecker() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String text = i % 2 == 0 ? PHONE_POST : "Flu shots are available at the pharmacy from Monday.";
            calls.add(client.sendAsync(at("/v1/check").header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json(java.util.Map.of("id", "c" + i, "text", text))))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).get();
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("id").asText()).isEqualTo("c" + i);
            assertThat(body.get("verdict").asText()).isEqualTo(i % 2 == 0 ? "BLOCK" : "PASS");
        }
    }

    @Test
    void playgroundIsOneSelfContainedPage() throws Exception {
        HttpResponse<String> r = send(at("/").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("form[method=post][action=/] textarea[name=text]")).hasSize(1);
        assertThat(doc.select("script[src], link, img")).isEmpty();
        assertThat(doc.select("article.post")).isEmpty();
    }

    @Test
    void playgroundHighlightsFindingsLikeTheHtmlReport() throws Exception {
        String form = "text=" + URLEncoder.encode(PHONE_POST + " <b>bold?</b>", StandardCharsets.UTF_8)
                + "&replyTo=%40kay%22x";
        HttpResponse<String> r = send(at("/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(r.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.selectFirst("textarea[name=text]").wholeText()).isEqualTo(PHONE_POST + " <b>bold?</b>");
        assertThat(doc.selectFirst("input[name=replyTo]").val()).isEqualTo("@kay\"x");
        Element article = doc.selectFirst("article.post");
        assertThat(article.attr("data-verdict")).isEqualTo("BLOCK");
        Element mark = article.selectFirst("mark.hl.cat-phi.sev-block");
        assertThat(mark.wholeText()).isEqualTo(PHONE);
        assertThat(mark.attr("title")).contains("phi.phone");
        assertThat(article.select("li.finding[data-rule=phi.phone]")).hasSize(1);
        assertThat(article.selectFirst(".text").wholeText()).isEqualTo(PHONE_POST + " <b>bold?</b>");
        assertThat(article.select(".text b")).isEmpty(); // the draft's markup is shown, never run

        HttpResponse<String> empty = send(at("/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.body()).select(".error").text()).contains("Paste a draft");
    }

    @Test
    void formParsingDecodesAndSkipsBadEscapes() {
        assertThat(CheckService.parseForm("text=a+b%26c&replyTo=%40kay&bad=%zz&x"))
                .containsEntry("text", "a b&c").containsEntry("replyTo", "@kay").containsEntry("x", "")
                .doesNotContainKey("bad");
        assertThat(URI.create("http://127.0.0.1:1/").resolve("/healthz").getPath()).isEqualTo("/healthz");
    }
}
