package org.primum.examples.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;

/**
 * A worked example of a Java rule: what a declarative rule cannot express. A {@code limit} rule
 * in a rule file has one fixed maximum; this rule reads the platform the draft is meant for
 * ({@link org.primum.policy.Draft#platform()}) and counts the way that platform does (X counts
 * every link as 23 characters, whatever its length), then marks the part that would not fit.
 *
 * <p>It is registered in {@code META-INF/services/org.primum.policy.spi.Rule}, so a checker built
 * with this jar on the class path runs it: turn it off or change its severity in a policy with
 * {@code rules: {example.platform_length: off}}. Its tests use
 * {@link org.primum.policy.rules.RuleTester}, the same example-driven tester as rule files.
 *
 * <p>Like every rule it is immutable and thread-safe, and finds candidates from the tokens the
 * checker already made: no regular expressions, one pass over the text.
 */
public final class PlatformLengthRule implements Rule {

    /** Character limits of a post body, by platform name as a scheduling app would pass it. */
    static final Map<String, Integer> LIMITS = Map.of(
            "x", 280, "twitter", 280, "bluesky", 300, "threads", 500, "mastodon", 500, "linkedin", 3000);
    /** Platforms that count every link as a fixed number of characters. */
    static final Map<String, Integer> LINK_WEIGHT = Map.of("x", 23, "twitter", 23);

    @Override
    public String id() {
        return "example.platform_length";
    }

    @Override
    public Category category() {
        return Category.CUSTOM;
    }

    @Override
    public String summary() {
        return "Posts longer than the character limit of the platform they are drafted for (X counts links as 23).";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARN;
    }

    @Override
    public void check(Post post, Consumer<Detection> out) {
        String platform = post.draft().platform();
        if (platform == null || !post.text().equals(post.draft().text())) {
            return; // no platform given, or an alt text (alt texts have limits of their own)
        }
        String key = platform.toLowerCase(Locale.ROOT);
        Integer limit = LIMITS.get(key);
        if (limit == null) {
            return;
        }
        Integer linkWeight = LINK_WEIGHT.get(key);
        String s = post.normalized();
        List<Token> tokens = post.tokens();
        int weight = 0;
        int cut = -1;
        int t = 0;
        int i = 0;
        while (i < s.length()) {
            while (t < tokens.size() && tokens.get(t).end() <= i) {
                t++;
            }
            Token token = t < tokens.size() ? tokens.get(t) : null;
            if (linkWeight != null && token != null && token.kind() == Token.Kind.URL && token.start() == i) {
                weight += linkWeight;
                if (weight > limit && cut < 0) {
                    cut = i;
                }
                i = token.end();
                continue;
            }
            weight++;
            if (weight > limit && cut < 0) {
                cut = i;
            }
            i += Character.charCount(s.codePointAt(i));
        }
        if (cut < 0) {
            return;
        }
        String name = platform.substring(0, 1).toUpperCase(Locale.ROOT) + platform.substring(1);
        out.accept(new Detection(FindingType.CUSTOM, cut, s.length(), 1.0,
                "This post counts " + weight + " characters on " + name + ", which allows " + limit
                        + "; the marked part would not fit.",
                "Shorten the post or split it into a thread, and check that each part still stands on its own.",
                linkWeight == null ? List.of(weight + " characters > " + limit)
                        : List.of(weight + " characters > " + limit, "links count as " + linkWeight + " characters")));
    }
}
