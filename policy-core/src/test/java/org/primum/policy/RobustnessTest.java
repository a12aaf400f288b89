package org.primum.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs: odd characters never break the checker, spans always point into the
 * original text, redaction keeps everything outside the findings, and a shared checker gives the
 * same answers from many threads as from one.
 */
class RobustnessTest {

    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();
    private static final String[] PIECES = {
        "pt", "came in", "today", "with chest pain", "my patient", "DOB", "3/4/61", "312-555-0148", "Ana Ruiz",
        "@kay_runs", "#MedTwitter", "https://example.org/a", "take 2 tabs", "MRN 00482913", "\u200B", "\u202E",
        "\uFF13\uFF11\uFF12", "\u00A0", "\uD83D\uDE02", "\uD83D", "\uDE02", "\u0000", "\u0007", "\r\n", "e\u0301",
        "\u0430\u0435", "Mr.", "Dr.", ",", ".", "!", "?", "'s", " ", "  ", "\t", "94 y/o", "1EG4-TE5-MK73"};

    private static String randomPost(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            if (rnd.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void randomPostsNeverBreakTheCheckerAndSpansStayInTheText() {
        Random rnd = new Random(20261126L);
        for (int i = 0; i < 3000; i++) {
            String text = randomPost(rnd);
            CheckResult r = CHECKER.check(text);
            for (Finding f : r.findings()) {
                assertThat(f.start()).as(text).isBetween(0, text.length());
                assertThat(f.end()).as(text).isBetween(f.start(), text.length());
            }
            assertThat(r.verdict()).isNotNull();
        }
    }

    @Test
    void anInjectedPhoneIsFoundAtItsExactOffsetsWhateverSurroundsIt() {
        Random rnd = new Random(7L);
        for (int i = 0; i < 500; i++) {
            String before = "my pt " + randomPost(rnd) + " her cell ";
            String text = before + "312-555-0148" + " " + randomPost(rnd);
            CheckResult r = CHECKER.check(text);
            assertThat(r.findings()).as(text)
                    .anySatisfy(f -> assertThat(f.matchedText(text)).isEqualTo("312-555-0148"));
        }
    }

    @Test
    void redactionKeepsTheTextOutsideFindings() {
        Random rnd = new Random(11L);
        for (int i = 0; i < 500; i++) {
            String text = randomPost(rnd);
            CheckResult r = CHECKER.check(text);
            StringBuilder kept = new StringBuilder();
            int pos = 0;
            for (Finding f : r.findings()) {
                if (f.severity() != Severity.INFO && f.type().isIdentifier() && f.start() >= pos) {
                    kept.append(text, pos, f.start());
                    pos = f.end();
                }
            }
            kept.append(text.substring(pos));
            String redacted = r.redactedText();
            String withoutTags = redacted.replaceAll("\\[(" + String.join("|", typeNames()) + ")\\]", "");
            assertThat(withoutTags).as(text).isEqualTo(kept.toString());
        }
    }

    private static List<String> typeNames() {
        List<String> out = new ArrayList<>();
        for (FindingType t : FindingType.values()) {
            out.add(t.name());
        }
        return out;
    }

    @Test
    void oneCheckerGivesTheSameAnswersFromManyThreads() throws Exception {
        Random rnd = new Random(3L);
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            posts.add(randomPost(rnd));
        }
        Map<String, CheckResult> expected = new java.util.HashMap<>();
        for (String p : posts) {
            expected.put(p, CHECKER.check(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (String p : posts) {
                        if (!CHECKER.check(p).equals(expected.get(p))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMegabyteOfTextIsRefusedWithAClearFindingNotCut() {
        String big = "a".repeat(1_000_000);
        CheckResult r = CHECKER.check(big);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("input.too_long");
            assertThat(f.message()).contains("1000000 characters").contains("200000");
        });
        assertThat(r.redactedText()).isEqualTo(big);
    }

    @org.junit.jupiter.api.Test
    void aRuleThatThrowsFailsClosedInsteadOfPassingThePost() {
        org.primum.policy.spi.Rule broken = new org.primum.policy.spi.Rule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public Category category() {
                return Category.PHI;
            }

            @Override
            public String summary() {
                return "always throws";
            }

            @Override
            public void check(org.primum.policy.spi.Post post,
                    java.util.function.Consumer<org.primum.policy.spi.Detection> out) {
                throw new IllegalStateException("boom");
            }
        };
        PostChecker checker = PostChecker.builder().discoverServices(false).rule(broken).build();
        CheckResult result = checker.check("Great turnout at the 5k this morning!");
        org.assertj.core.api.Assertions.assertThat(result.verdict()).isNotEqualTo(Verdict.PASS);
        org.assertj.core.api.Assertions.assertThat(result.findings())
                .anySatisfy(f -> {
                    org.assertj.core.api.Assertions.assertThat(f.ruleId()).isEqualTo("test.broken");
                    org.assertj.core.api.Assertions.assertThat(f.message()).contains("IllegalStateException", "boom");
                });
    }
}
