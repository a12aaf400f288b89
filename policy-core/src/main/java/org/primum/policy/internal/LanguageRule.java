package org.primum.policy.internal;

import java.util.List;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;

/** A post in a language the policy does not cover is never passed silently. */
final class LanguageRule implements Rule {

    static final LanguageRule INSTANCE = new LanguageRule();

    @Override
    public String id() {
        return "lang.unsupported";
    }

    @Override
    public Category category() {
        return Category.CUSTOM;
    }

    @Override
    public String summary() {
        return "Warns when a post is in a language the policy's context and advice rules do not cover.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARN;
    }

    @Override
    public void check(Post post, Consumer<Detection> out) {
        // applied by the pipeline once the language is known
    }

    static Detection detection(Post post, String language, Policy policy) {
        return new Detection(FindingType.LANGUAGE, 0, post.normalized().length(), 0.9,
                "This post looks like it is in '" + language + "', which policy " + policy.name()
                        + " does not cover: identifiers were checked, patient context and advice were not. "
                        + "Have a reader of that language review it.",
                "Ask a colleague who reads this language to review the post before publishing.",
                List.of("language guess: " + language, "policy languages: " + policy.languages()));
    }
}
