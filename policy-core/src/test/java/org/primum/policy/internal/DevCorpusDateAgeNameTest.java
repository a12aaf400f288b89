package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Rule;

/**
 * Span recall of the date, age and name rules on the labelled dev corpus, and their false
 * positives on posts that hold no PHI (clean, near-miss, education). Prints a report (run with
 * {@code -Ddev.debug=true} to see detections under the threshold too); asserts floors at the
 * levels the rules reach, so a regression fails. Tune on dev only, never on the held-out test set.
 */
class DevCorpusDateAgeNameTest {

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_]+):(.*?)]]");
    private static final Set<FindingType> TYPES = Set.of(FindingType.DATE, FindingType.AGE, FindingType.NAME);
    private static final Set<String> NO_PHI_GROUPS = Set.of("clean", "near_miss", "education");

    private record Gold(FindingType type, int start, int end, String surface) {}

    private record Post(String id, String group, String text, List<Gold> gold) {}

    private static final List<Post> POSTS = new ArrayList<>();
    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DevCorpusDateAgeNameTest.class.getResourceAsStream("/corpus/dev.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String marked = n.get("text").asText();
                StringBuilder text = new StringBuilder();
                List<Gold> gold = new ArrayList<>();
                Matcher m = MARK.matcher(marked);
                int last = 0;
                while (m.find()) {
                    text.append(marked, last, m.start());
                    int start = text.length();
                    text.append(m.group(2));
                    gold.add(new Gold(FindingType.valueOf(m.group(1)), start, text.length(), m.group(2)));
                    last = m.end();
                }
                text.append(marked.substring(last));
                POSTS.add(new Post(n.get("id").asText(), n.get("group").asText(), text.toString(), gold));
            }
        }
    }

    @Test
    void recallAndFalsePositivesOnDev() {
        Map<FindingType, int[]> counts = new EnumMap<>(FindingType.class); // found, total
        Map<FindingType, Integer> falsePositives = new EnumMap<>(FindingType.class);
        StringBuilder report = new StringBuilder();
        for (Post p : POSTS) {
            CheckResult r = CHECKER.check(p.text);
            if (Boolean.getBoolean("dev.debug")) { // -Ddev.debug=true: every detection, under the threshold too
                for (Rule rule : List.of(new DateRule(), new AgeRule(), new NameRule())) {
                    for (RuleTesting.Hit h : RuleTesting.hits(rule, p.text)) {
                        report.append("  dbg ").append(p.id).append(' ').append(p.group).append(' ').append(rule.id())
                                .append(" '").append(h.text()).append("' ").append(h.confidence()).append(' ')
                                .append(h.reasons()).append('\n');
                    }
                }
            }
            List<Finding> mine = r.findings().stream().filter(f -> TYPES.contains(f.type())).toList();
            for (Gold g : p.gold) {
                if (!TYPES.contains(g.type)) {
                    continue;
                }
                boolean hit = mine.stream().anyMatch(f -> f.type() == g.type && f.start() < g.end && g.start < f.end());
                int[] c = counts.computeIfAbsent(g.type, k -> new int[2]);
                c[1]++;
                if (hit) {
                    c[0]++;
                } else {
                    report.append("MISS ").append(p.id).append(' ').append(g.type).append(" '").append(g.surface)
                            .append("'\n");
                }
            }
            for (Finding f : mine) {
                boolean gold = p.gold.stream().anyMatch(g -> g.type == f.type() && f.start() < g.end && g.start < f.end());
                if (!gold) {
                    report.append(NO_PHI_GROUPS.contains(p.group) ? "FALSE+ " : "extra  ").append(p.id).append(' ')
                            .append(p.group).append(' ').append(f.type()).append(" '").append(f.matchedText(p.text))
                            .append("' ").append(f.confidence()).append(' ').append(f.reasons()).append('\n');
                    if (NO_PHI_GROUPS.contains(p.group)) {
                        falsePositives.merge(f.type(), 1, Integer::sum);
                    }
                }
            }
        }
        for (FindingType t : List.of(FindingType.DATE, FindingType.AGE, FindingType.NAME)) {
            int[] c = counts.getOrDefault(t, new int[2]);
            report.append(String.format("%s recall %d/%d = %.2f, false positives in clean/near_miss/education: %d%n",
                    t, c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1], falsePositives.getOrDefault(t, 0)));
        }
        System.out.println(report);

        assertThat(recall(counts, FindingType.DATE)).isGreaterThanOrEqualTo(0.95);
        assertThat(recall(counts, FindingType.AGE)).isGreaterThanOrEqualTo(0.9);
        // strong patterns only; names without a pattern (and review replies) wait for the NLP module
        assertThat(recall(counts, FindingType.NAME)).isGreaterThanOrEqualTo(0.6);
        assertThat(falsePositives).isEmpty();
    }

    private static double recall(Map<FindingType, int[]> counts, FindingType t) {
        int[] c = counts.getOrDefault(t, new int[2]);
        return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }
}
