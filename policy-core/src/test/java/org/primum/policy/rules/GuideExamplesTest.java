package org.primum.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules written out in docs/custom-rules.md parse and their examples hold, so the guide cannot rot. */
class GuideExamplesTest {

    private static final Path GUIDE = Path.of("..", "docs", "custom-rules.md");

    @TempDir
    Path dir;

    /** YAML code blocks of the guide, in order. */
    private static List<String> yamlBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(GUIDE)) {
            if (current == null && line.strip().equals("```yaml")) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void everyRuleInTheGuideParsesAndItsExamplesHold() throws IOException {
        Files.writeString(dir.resolve("patient-surnames.txt"), "Okafor\nBrennan-Smythe\n");
        List<String> all = yamlBlocks();
        // the walkthrough's first version fails one pass example until the exception shown next is added
        String exception = all.stream().filter(b -> b.strip().startsWith("exceptions:")).findFirst().orElseThrow();
        List<String> blocks = all.stream().filter(b -> b.contains("kind:")).toList();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
        String walkthrough = blocks.get(0);
        assertThat(walkthrough).startsWith("pack: acme").doesNotContain("exceptions:");
        DeclarativeRule unfixed = RulePack.parse(walkthrough, dir.resolve("acme.yaml").toString(), dir).rules().get(0);
        assertThat(RuleTester.forRule(unfixed).run()).filteredOn(r -> !r.passed()).singleElement()
                .satisfies(r -> assertThat(r.example().text()).startsWith("No treatment comes with guaranteed"));
        blocks = new ArrayList<>(blocks);
        blocks.set(0, walkthrough.replace("    variants: plural", exception.stripTrailing() + "\n    variants: plural"));
        int rules = 0;
        for (String block : blocks) {
            // a block is a pack, or one or more "- id:" list items (shown as they would sit under rules:)
            String yaml = block.startsWith("pack:") ? block : "pack: guide\nrules:\n" + block.indent(2);
            RulePack pack = RulePack.parse(yaml, dir.resolve("guide.yaml").toString(), dir);
            for (DeclarativeRule r : pack.rules()) {
                rules++;
                RuleTester.forRule(r).verify();
            }
        }
        assertThat(rules).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theRewriteTheGuideRecommendsIsAcceptedAndTheOriginalIsNot() {
        assertThat(SafeRegex.problem("\\d(?:[ -]?\\d){12,18}")).contains("nested quantifier");
        assertThat(SafeRegex.problem("\\d(?:[ -]?+\\d){12,18}")).isNull();
    }
}
