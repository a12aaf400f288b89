package org.primum.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post that has not been published yet, with the context a checker can use.
 *
 * @param text the post body, as typed
 * @param platform where it will be published (e.g. {@code x}, {@code instagram}), or {@code null}
 * @param authorHandles the author's own handles; mentioning them is never a disclosure
 * @param replyTo the handle this post replies to, or {@code null}
 * @param mentions handles the platform will notify, beyond those written in the text
 * @param altTexts alternative texts of attached images, checked like the body
 * @param language BCP 47 language tag the author declared, or {@code null} to detect it
 */
public record Draft(
        String text,
        String platform,
        List<String> authorHandles,
        String replyTo,
        List<String> mentions,
        List<String> altTexts,
        String language) {

    public Draft {
        Objects.requireNonNull(text, "text");
        authorHandles = List.copyOf(authorHandles);
        mentions = List.copyOf(mentions);
        altTexts = List.copyOf(altTexts);
    }

    /** A draft with text only. */
    public static Draft of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public Optional<String> replyToHandle() {
        return Optional.ofNullable(replyTo);
    }

    public Optional<String> declaredLanguage() {
        return Optional.ofNullable(language);
    }

    /** Builds a {@link Draft}; every field but the text is optional. */
    public static final class Builder {
        private final String text;
        private String platform;
        private final List<String> authorHandles = new ArrayList<>();
        private String replyTo;
        private final List<String> mentions = new ArrayList<>();
        private final List<String> altTexts = new ArrayList<>();
        private String language;

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder authorHandle(String handle) {
            authorHandles.add(Objects.requireNonNull(handle));
            return this;
        }

        public Builder replyTo(String handle) {
            this.replyTo = handle;
            return this;
        }

        public Builder mention(String handle) {
            mentions.add(Objects.requireNonNull(handle));
            return this;
        }

        public Builder altText(String altText) {
            altTexts.add(Objects.requireNonNull(altText));
            return this;
        }

        public Builder language(String languageTag) {
            this.language = languageTag;
            return this;
        }

        public Draft build() {
            return new Draft(text, platform, authorHandles, replyTo, mentions, altTexts, language);
        }
    }
}
