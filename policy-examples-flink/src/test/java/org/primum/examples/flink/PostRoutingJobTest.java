package org.primum.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job on Flink's local environment (an embedded mini cluster) on a small queue. */
class PostRoutingJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The JSON lines written under one route. */
    private static List<JsonNode> routed(Path out, String route) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        Path d = out.resolve(route);
        if (!Files.isDirectory(d)) {
            return nodes;
        }
        try (Stream<Path> files = Files.walk(d)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }

    @Test
    void routesAQueueByVerdictWithOneCheckerPerTask() throws Exception {
        // phone numbers only need review under this policy; the deny term blocks
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "name: pipeline\nrules:\n  phi.phone: warn\ndeny:\n  - project nightingale\n");
        Path queue = dir.resolve("queue");
        Files.createDirectories(queue);
        Files.writeString(queue.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"c1\",\"text\":\"Flu shots are available at all our clinics from Monday.\"}",
                "{\"id\":\"c2\",\"text\":\"Statins lower LDL cholesterol in most trials.\"}",
                "{\"id\":\"r1\",\"text\":\"my pt called from 312-555-0148 after her visit today\"}",
                "",
                "{\"id\":\"x1\",\"text\":\"Internal: Project Nightingale launches next week\"}",
                "{\"id\":\"bad\",\"text\": oops}") + "\n");
        Files.writeString(queue.resolve("b.jsonl"), String.join("\n",
                "{\"id\":\"c3\",\"text\":\"Our team presents new data at the congress on Friday.\"}",
                "{\"id\":\"r2\",\"text\":\"Pt called from 312-555-0177 after her visit today, call her back\"}",
                "{\"id\":\"no-text\",\"body\":\"wrong field\"}") + "\n");
        Path out = dir.resolve("routed");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        Map<String, Integer> counts = PostRoutingJob.run(env, PostRoutingJob.Options.parse(
                "--input", queue.toString(), "--output", out.toString(), "--policy", policy.toString(),
                "--parallelism", "2"));

        assertThat(counts).containsEntry("allowed", 3).containsEntry("needs-review", 2).containsEntry("blocked", 1)
                .containsEntry("invalid", 2).containsEntry("checkers-built", 2);
        assertThat(routed(out, "allowed")).extracting(n -> n.get("id").asText())
                .containsExactlyInAnyOrder("c1", "c2", "c3");
        List<JsonNode> review = routed(out, "needs-review");
        assertThat(review).extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(review).allSatisfy(n -> {
            assertThat(n.get("verdict").asText()).isEqualTo("WARN");
            assertThat(n.get("findings").get(0).get("ruleId").asText()).isEqualTo("phi.phone");
            assertThat(n.toString()).doesNotContain("312-555-01"); // results carry the redacted text only
        });
        List<JsonNode> blocked = routed(out, "blocked");
        assertThat(blocked).singleElement().satisfies(n -> {
            assertThat(n.get("id").asText()).isEqualTo("x1");
            assertThat(n.get("verdict").asText()).isEqualTo("BLOCK");
        });
        assertThat(routed(out, "invalid")).extracting(n -> n.get("error").asText())
                .anySatisfy(e -> assertThat(e).startsWith("malformed JSON"))
                .anySatisfy(e -> assertThat(e).isEqualTo("text: missing"));
    }

    @Test
    void generatedStreamGivesARepeatableMix() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        Path out = dir.resolve("gen");
        Map<String, Integer> counts = PostRoutingJob.run(env, PostRoutingJob.Options.parse(
                "--generate", "60", "--output", out.toString()));
        int total = counts.get("allowed") + counts.get("needs-review") + counts.get("blocked");
        assertThat(total).isEqualTo(60);
        assertThat(counts.get("invalid")).isZero();
        assertThat(counts.get("blocked")).as("the phone template blocks").isGreaterThanOrEqualTo(10);
        assertThat(counts.get("allowed")).as("education and news pass").isGreaterThanOrEqualTo(30);
        assertThat(routed(out, "allowed").size() + routed(out, "needs-review").size() + routed(out, "blocked").size())
                .isEqualTo(60);
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> PostRoutingJob.Options.parse()).hasMessageContaining("either --input or --generate");
        assertThatThrownBy(() -> PostRoutingJob.Options.parse("--generate", "x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> PostRoutingJob.Options.parse("--generate", "5", "--watch", "3"))
                .hasMessageContaining("--watch needs --input");
        assertThatThrownBy(() -> PostRoutingJob.Options.parse("--bogus", "1")).hasMessageContaining("unknown option");
    }
}
