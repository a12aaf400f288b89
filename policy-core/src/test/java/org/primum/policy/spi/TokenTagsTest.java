package org.primum.policy.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;

class TokenTagsTest {

    /** A detector that finds nothing and answers the SPI's defaults for language and tags. */
    private static final class Silent implements EntityDetector {
        @Override
        public String name() {
            return "silent";
        }

        @Override
        public List<Entity> detect(Post post) {
            return List.of();
        }
    }

    /** Records what the checker asks; tags every token NOUN. */
    private static final class Recording implements EntityDetector {
        final List<String> languages = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public List<Entity> detect(Post post) {
            return List.of();
        }

        @Override
        public Optional<TokenTags> tags(Post post, String language) {
            languages.add(language);
            int n = post.tokens().size();
            List<PartOfSpeech> pos = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (Token t : post.tokens()) {
                pos.add(PartOfSpeech.NOUN);
                lemmas.add(t.text().toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(pos).hasSize(n);
            return Optional.of(new TokenTags(pos, lemmas));
        }
    }

    @Test
    void aDetectorGivesNoTagsByDefaultAndTheCheckerWorksWithout() {
        Silent silent = new Silent();
        PostChecker checker = PostChecker.builder().discoverServices(false).entityDetector(silent).build();
        Post post = checker.analyze(Draft.of("@dee_lifts you really should stop the naproxen"));
        assertThat(silent.tags(post, "en")).isEmpty();
        assertThat(post.tags()).isEmpty();
        PostChecker bare = PostChecker.builder().discoverServices(false).useEntityDetectors(false).build();
        assertThat(bare.analyze(Draft.of("stop the naproxen")).tags()).isEmpty();
        String text = "Pt Ana called from 312-555-0148 after her visit today";
        assertThat(checker.check(text).findings()).isEqualTo(bare.check(text).findings());
    }

    @Test
    void tagsAreAlignedCopiesAndMustMatchLemmas() {
        PartOfSpeech[] pos = {PartOfSpeech.VERB, PartOfSpeech.NOUN};
        String[] lemmas = {"stop", "statin"};
        TokenTags tags = TokenTags.of(pos, lemmas);
        pos[0] = PartOfSpeech.X;
        lemmas[0] = "changed";
        assertThat(tags.size()).isEqualTo(2);
        assertThat(tags.pos(0)).isEqualTo(PartOfSpeech.VERB);
        assertThat(tags.lemma(0)).isEqualTo("stop");
        assertThat(tags.is(1, PartOfSpeech.NOUN)).isTrue();
        assertThatThrownBy(() -> tags.pos().add(PartOfSpeech.X)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TokenTags.of(new PartOfSpeech[] {PartOfSpeech.X}, new String[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsAreAskedForOnlyWhenARuleNeedsThemWithTheResolvedLanguage() {
        Recording recording = new Recording();
        PostChecker checker = PostChecker.builder().discoverServices(false).entityDetector(recording).build();
        checker.check("Great turnout at the 5K this morning, thank you all");
        assertThat(recording.languages).isEmpty();
        checker.check(Draft.builder("@dee_lifts you really should stop the naproxen").language("en-GB").build());
        assertThat(recording.languages).containsExactly("en-gb");
        Post post = checker.analyze(Draft.of("the quick brown fox"));
        assertThat(post.tags()).get().extracting(TokenTags::size).isEqualTo(post.tokens().size());
    }
}
