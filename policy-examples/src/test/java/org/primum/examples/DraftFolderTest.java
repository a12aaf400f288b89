package org.primum.examples;

import static org.primum.testing.PrimumAssertions.assertThat;
import static org.primum.testing.PrimumAssertions.assertThatPost;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.testing.CheckResultAssert;

/**
 * The pattern for a team's own tests: a folder of drafts, each in a sub-folder named for the
 * verdict it must get ({@code allowed}, {@code review}, {@code blocked}), optionally named
 * {@code RULE--slug.txt} for a rule that must fire, all checked under the team's policy. Adding a
 * draft adds a test case; a failure prints the draft with its findings marked.
 */
class DraftFolderTest {

    private static final Path DRAFTS = resource("/drafts");
    private static final PostChecker CHECKER = PostChecker.builder()
            .policy(Policy.load(DRAFTS.resolve("policy.yaml")))
            .build();

    private static Path resource(String name) {
        try {
            return Path.of(DraftFolderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> drafts() throws IOException {
        try (Stream<Path> files = Files.walk(DRAFTS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return list.stream().map(p -> Arguments.of(DRAFTS.relativize(p).toString(), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void eachDraftGetsTheVerdictOfItsFolder(String name, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        CheckResultAssert result = assertThatPost(text).as(name).checkedBy(CHECKER);
        switch (file.getParent().getFileName().toString()) {
            case "allowed" -> result.isAllowed();
            case "review" -> result.needsReview();
            case "blocked" -> result.isBlocked();
            default -> throw new IllegalArgumentException("unknown verdict folder for " + name);
        }
        String fileName = file.getFileName().toString();
        int rule = fileName.indexOf("--");
        if (rule > 0) {
            result.hasFinding(fileName.substring(0, rule));
        }
    }

    @Test
    void theFolderCoversEveryVerdict() throws IOException {
        assertThat(drafts().map(a -> ((Path) a.get()[1]).getParent().getFileName().toString()).distinct())
                .containsExactlyInAnyOrder("allowed", "review", "blocked");
    }
}
