package org.primum.examples.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CI examples in {@code policy-examples/ci} for real: the GitHub Actions workflow's check
 * step with bash as Actions would, and the pre-commit hook in a scratch git repository. The CLI is
 * this build's, started with the test class path.
 */
class CiExamplesTest {

    private static final Path CI = Path.of("ci").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int code, String out) {}

    /** The command that runs this build's CLI. */
    private static String primum() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return java + " -cp " + System.getProperty("java.class.path") + " org.primum.cli.Main";
    }

    private static Result run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("PRIMUM");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static boolean has(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void workflowCheckStepWritesTheReportsAndRecordsTheExitCode() throws Exception {
        assumeTrue(has("bash"), "bash is needed to run the workflow step");
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(CI.resolve("github-actions/primum.yml").toFile());
        assertThat(workflow.get("permissions").get("security-events").asText()).isEqualTo("write");
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").get("check-posts").get("steps").forEach(steps::add);
        JsonNode check = steps.stream().filter(s -> "check".equals(s.path("id").asText())).findFirst().orElseThrow();
        JsonNode upload = steps.stream().filter(s -> s.path("uses").asText().contains("upload-sarif")).findFirst()
                .orElseThrow();
        assertThat(upload.get("if").asText()).contains("always()");
        assertThat(upload.get("with").get("sarif_file").asText()).isEqualTo("primum.sarif");
        assertThat(steps.get(steps.size() - 1).get("if").asText()).isEqualTo("steps.check.outputs.exit-code == '1'");

        Path script = dir.resolve("check.sh");
        Files.writeString(script, check.get("run").asText());
        Path output = dir.resolve("github_output");
        Files.writeString(output, "");
        Path work = Files.createDirectories(dir.resolve("work"));
        Result r = run(work, Map.of("PRIMUM", primum(), "POSTS", CI.resolve("sample-posts").toString(),
                "FAIL_ON", workflow.get("env").get("FAIL_ON").asText(), "GITHUB_OUTPUT", output.toString()),
                "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());

        assertThat(r.code()).as(r.out()).isZero();
        assertThat(Files.readString(output)).isEqualTo("exit-code=1\n");
        JsonNode sarif = JSON.readTree(work.resolve("primum.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        List<String> flagged = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(res -> flagged.add(res.get("ruleId").asText() + " "
                + res.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
                .replaceAll(".*/sample-posts/", "")));
        assertThat(flagged).contains("phi.phone clinic-day.md", "advice.personal queue/replies.jsonl");
        assertThat(Files.readString(work.resolve("primum-junit.xml"))).startsWith("<?xml")
                .contains("<testsuites name=\"primum\" tests=\"6\"");
        assertThat(Files.readString(work.resolve("primum-report.html"))).contains("<mark class=\"hl cat-phi");
        assertThat(r.out()).contains("Checked 6 posts");
    }

    private Path gitRepo() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Map<String, String> env = Map.of();
        assertThat(run(repo, env, "git", "init", "-q").code()).isZero();
        run(repo, env, "git", "config", "user.email", "test@example.org");
        run(repo, env, "git", "config", "user.name", "Test");
        run(repo, env, "git", "config", "commit.gpgsign", "false");
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.copy(CI.resolve("pre-commit"), hook, StandardCopyOption.REPLACE_EXISTING);
        assertThat(hook.toFile().setExecutable(true)).isTrue();
        return repo;
    }

    private static int commits(Path repo) throws Exception {
        Result r = run(repo, Map.of(), "git", "rev-list", "--count", "--all");
        return r.code() == 0 ? Integer.parseInt(r.out().strip()) : 0;
    }

    @Test
    void preCommitHookStopsABlockedStagedPost() throws Exception {
        assumeTrue(has("git") && has("bash"), "git and bash are needed for the hook");
        Path repo = gitRepo();
        Map<String, String> env = Map.of("PRIMUM", primum());
        Files.createDirectories(repo.resolve("posts"));

        Files.writeString(repo.resolve("posts/flu.md"), "---\ntitle: Flu\n---\nFlu shots are available from Monday.\n");
        Files.writeString(repo.resolve("app.py"), "print('not a post')\n");
        run(repo, env, "git", "add", "-A");
        Result ok = run(repo, env, "git", "commit", "-q", "-m", "clean post");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("PASS");
        assertThat(commits(repo)).isEqualTo(1);

        Files.writeString(repo.resolve("posts/callback.md"),
                "---\ntitle: Callback\n---\nmy pt called from 312-555-0148 after her visit today\n");
        run(repo, env, "git", "add", "posts/callback.md");
        // fixing the file without staging the fix does not help: the staged version is checked
        Files.writeString(repo.resolve("posts/callback.md"), "---\ntitle: Callback\n---\nA patient called today\n");
        Result blocked = run(repo, env, "git", "commit", "-q", "-m", "leaks a number");
        assertThat(blocked.code()).isNotZero();
        assertThat(blocked.out()).contains("posts/callback.md:4:19  BLOCK  phi.phone")
                .contains("commit stopped");
        assertThat(commits(repo)).isEqualTo(1);

        run(repo, env, "git", "add", "posts/callback.md");
        Result fixed = run(repo, env, "git", "commit", "-q", "-m", "fixed");
        assertThat(fixed.code()).as(fixed.out()).isZero();
        assertThat(commits(repo)).isEqualTo(2);
    }

    @Test
    void preCommitHookSkipsCommitsWithoutPostsAndHonoursPaths() throws Exception {
        assumeTrue(has("git") && has("bash"), "git and bash are needed for the hook");
        Path repo = gitRepo();
        // 'false' as the CLI: any call to it would fail the commit
        Files.writeString(repo.resolve("Main.java"), "class Main {}\n");
        run(repo, Map.of(), "git", "add", "-A");
        assertThat(run(repo, Map.of("PRIMUM", "false"), "git", "commit", "-q", "-m", "code only").code()).isZero();

        Files.writeString(repo.resolve("NOTES.md"), "my pt called from 312-555-0148\n");
        run(repo, Map.of(), "git", "add", "-A");
        Result outside = run(repo, Map.of("PRIMUM", "false", "PRIMUM_PATHS", "posts/"), "git", "commit", "-q", "-m",
                "notes outside posts/");
        assertThat(outside.code()).as(outside.out()).isZero();

        Files.createDirectories(repo.resolve("posts"));
        Files.writeString(repo.resolve("posts/q.csv"), "id,text\nq1,my pt called from 312-555-0148 after her visit\n");
        run(repo, Map.of(), "git", "add", "-A");
        Result csv = run(repo, Map.of("PRIMUM", primum(), "PRIMUM_PATHS", "posts/"), "git", "commit", "-q", "-m", "csv");
        assertThat(csv.code()).isNotZero();
        assertThat(csv.out()).contains("posts/q.csv:2:");
    }
}
