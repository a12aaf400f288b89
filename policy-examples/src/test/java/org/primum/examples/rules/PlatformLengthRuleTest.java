package org.primum.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.rules.RuleTester;

/** The example Java rule, tested the same way as a rule file's examples. */
class PlatformLengthRuleTest {

    private static final String FITS_X = "a".repeat(280);
    private static final String LINK = "https://www.example.org/guidelines/2026/heart-failure/full-text-with-tables";

    @Test
    void marksWhatDoesNotFitOnThePlatform() {
        RuleTester.of(new PlatformLengthRule())
                .passes(FITS_X + "bcd")                                   // no platform: nothing to measure
                .draft(d -> d.platform("x"))
                .passes(FITS_X)
                .fires(FITS_X + "[[bcd]]")
                .fires("a".repeat(270) + " \uD83D\uDE00 " + "b".repeat(7) + "[[cd]]") // an emoji counts once
                .passes("a".repeat(250) + " " + LINK)                     // the link counts as 23 on X
                .draft(d -> d.platform("Bluesky"))
                .passes(FITS_X + "bcd")
                .fires("a".repeat(300) + "[[b]]")
                .draft(d -> d.platform("myspace"))
                .passes("a".repeat(5000))
                .verify();
    }

    @Test
    void altTextsAreNotMeasuredAgainstThePostLimit() {
        RuleTester.of(new PlatformLengthRule())
                .draft(d -> d.platform("x").altText("a".repeat(400)))
                .passes("short post")
                .verify();
    }

    @Test
    void serviceLoaderFindsItAndAPolicyCanTuneIt() {
        Draft longPost = Draft.builder("a".repeat(300)).platform("x").build();
        CheckResult r = PostChecker.builder().useEntityDetectors(false).build().check(longPost);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("example.platform_length")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.start()).isEqualTo(280);
                    assertThat(f.end()).isEqualTo(300);
                    assertThat(f.message()).contains("300 characters on X, which allows 280");
                });
        Policy off = Policy.parse("rules:\n  example.platform_length: off\n", "p.yaml");
        assertThat(PostChecker.builder().policy(off).useEntityDetectors(false).build().check(longPost).findings())
                .extracting(Finding::ruleId).doesNotContain("example.platform_length");
    }
}
