package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.primum.policy.Draft;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Rule;

/** Runs one rule on a text and shows what it reported, for rule tests. */
final class RuleProbe {

    /** A detection's covered text and confidence. */
    record Hit(String text, double confidence, List<String> reasons) {
        boolean reported() {
            return confidence >= 0.5;
        }
    }

    private RuleProbe() {}

    static List<Hit> run(Rule rule, String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        List<Hit> out = new ArrayList<>();
        rule.check(post, (Detection d) -> out.add(
                new Hit(post.normalized().substring(d.start(), d.end()), d.confidence(), d.reasons())));
        return out;
    }

    /** Texts of the detections at or above the default threshold (0.5). */
    static List<String> reported(Rule rule, String text) {
        return run(rule, text).stream().filter(Hit::reported).map(Hit::text).toList();
    }
}
