package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.primum.policy.Draft;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Rule;

/** Runs one rule over a text, for rule unit tests. */
final class RuleTesting {

    /** The default policy's threshold: detections under it never become findings. */
    static final double THRESHOLD = 0.5;

    private RuleTesting() {}

    /** Every detection, including those under the threshold. */
    static List<Detection> detect(Rule rule, String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        List<Detection> out = new ArrayList<>();
        rule.check(post, out::add);
        for (Detection d : out) {
            if (d.confidence() < 0 || d.confidence() > 1 || d.reasons().isEmpty() || d.suggestion() == null) {
                throw new AssertionError("malformed detection " + d);
            }
        }
        return out;
    }

    /** The text of every detection at or above the threshold. */
    static List<String> found(Rule rule, String text) {
        List<String> out = new ArrayList<>();
        for (Detection d : detect(rule, text)) {
            if (d.confidence() >= THRESHOLD) {
                out.add(text.substring(d.start(), d.end()));
            }
        }
        return out;
    }

    /** The single detection covering exactly {@code surface}. */
    static Detection only(Rule rule, String text, String surface) {
        List<Detection> all = detect(rule, text);
        Detection match = null;
        for (Detection d : all) {
            if (text.substring(d.start(), d.end()).equals(surface)) {
                match = d;
            }
        }
        if (match == null) {
            throw new AssertionError("no detection of '" + surface + "' in '" + text + "': " + all);
        }
        return match;
    }

    /** A detection's covered text, confidence and reasons. */
    record Hit(String text, double confidence, List<String> reasons) {
        boolean reported() {
            return confidence >= THRESHOLD;
        }
    }

    /** Every detection as a {@link Hit}, including those under the threshold. */
    static List<Hit> hits(Rule rule, String text) {
        List<Hit> out = new ArrayList<>();
        for (Detection d : detect(rule, text)) {
            out.add(new Hit(text.substring(d.start(), d.end()), d.confidence(), d.reasons()));
        }
        return out;
    }
}
