package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.Verdict;
import org.primum.policy.spi.PartOfSpeech;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.TokenTags;

class TokenTaggerTest {

    private final OpenNlpEntityDetector detector = new OpenNlpEntityDetector();

    private TokenTags tags(Post post) {
        return detector.tags(post, "en").orElseThrow();
    }

    private static int index(Post post, String token) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(token)) {
                return i;
            }
        }
        throw new AssertionError(token + " is not a token of " + post.normalized());
    }

    @Test
    void anImperativeOpensWithABaseFormVerbAndAStatementWithItsSubject() {
        Post order = Posts.analyze("Quit the naproxen until your stomach settles down");
        TokenTags t = tags(order);
        assertThat(t.pos(0)).isEqualTo(PartOfSpeech.VERB);
        assertThat(t.lemma(0)).isEqualTo("quit");

        Post statement = Posts.analyze("My neighbour quit naproxen after two weeks of heartburn");
        TokenTags s = tags(statement);
        assertThat(s.pos(0)).isEqualTo(PartOfSpeech.PRON);
        assertThat(s.pos(1)).isEqualTo(PartOfSpeech.NOUN);
        assertThat(s.pos(index(statement, "quit"))).isEqualTo(PartOfSpeech.VERB);
    }

    @Test
    void inflectedVerbsGetTheirDictionaryForm() {
        Post post = Posts.analyze("She stopped the apixaban, then restarted it, and now she skips doses and keeps "
                + "doubling them");
        TokenTags t = tags(post);
        assertThat(t.lemma(index(post, "stopped"))).isEqualTo("stop");
        assertThat(t.lemma(index(post, "restarted"))).isEqualTo("restart");
        assertThat(t.lemma(index(post, "skips"))).isEqualTo("skip");
        assertThat(t.lemma(index(post, "doubling"))).isEqualTo("double");
        assertThat(t.pos(index(post, "apixaban"))).isIn(PartOfSpeech.NOUN, PartOfSpeech.PROPN);
    }

    @Test
    void namesAreProperNounsAndSocialTokensAreNotTagged() {
        Post post = Posts.analyze("@dee_lifts Tobias Lindqvist called about his refill 🙏 https://example.org/x #pharmacy");
        TokenTags t = tags(post);
        assertThat(t.size()).isEqualTo(post.tokens().size());
        assertThat(t.pos(index(post, "Tobias"))).isEqualTo(PartOfSpeech.PROPN);
        assertThat(t.pos(index(post, "Lindqvist"))).isEqualTo(PartOfSpeech.PROPN);
        assertThat(t.pos(index(post, "called"))).isEqualTo(PartOfSpeech.VERB);
        assertThat(t.lemma(index(post, "called"))).isEqualTo("call");
        for (int i = 0; i < post.tokens().size(); i++) {
            switch (post.tokens().get(i).kind()) {
                case MENTION, URL, HASHTAG -> assertThat(t.pos(i)).isEqualTo(PartOfSpeech.X);
                case EMOJI -> assertThat(t.pos(i)).isEqualTo(PartOfSpeech.SYM);
                default -> { }
            }
        }
    }

    @Test
    void onlyEnglishOrUnknownLanguagesAreTagged() {
        Post spanish = Posts.analyze("Deje el naproxeno hasta que se le calme el estómago");
        assertThat(detector.tags(spanish, "es")).isEmpty();
        assertThat(detector.tags(spanish, "fr-CA")).isEmpty();
        Post shortPost = Posts.analyze("pls stop naproxen");
        assertThat(detector.tags(shortPost, "und")).isPresent();
        assertThat(detector.tags(shortPost, "en-US")).isPresent();
    }

    @Test
    void theCheckerUsesTheTagsForAdviceAndNames() {
        PostChecker withNlp = PostChecker.builder().discoverServices(false).entityDetector(detector).build();
        PostChecker without = PostChecker.builder().discoverServices(false).useEntityDetectors(false).build();
        // directives only the tags show: a gerund, an adverb before the modal
        for (String text : List.of("@dee_lifts consider stopping the naproxen before the procedure",
                "@dee_lifts you really should stop the naproxen")) {
            assertThat(advice(withNlp, text)).as(text).isTrue();
            assertThat(advice(without, text)).as(text).isFalse();
        }
        // a statement about patients is not a directive
        assertThat(advice(withNlp, "Patients often stop taking statins because of muscle aches")).isFalse();
        // nor in a reply, when the verb has other people for its subject (an order to the reader still is one)
        for (String text : List.of("@dee_lifts most folks just take ibuprofen for a sprain",
                "@kay runners usually take 400 mg ibuprofen after a long race",
                "@sam people usually stop the statin when the cramps start")) {
            assertThat(advice(withNlp, text)).as(text).isFalse();
            assertThat(advice(without, text)).as(text).isFalse();
        }
        assertThat(advice(withNlp, "@kay just take ibuprofen for the sprain")).isTrue();
        assertThat(advice(withNlp, "@kay take 400 mg ibuprofen after the race")).isTrue();
        String fax = "Fax machine jammed again and ate Tobias Lindqvist's discharge paperwork";
        assertThat(withNlp.check(fax).verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(withNlp.check(fax).findings()).anyMatch(f -> f.ruleId().equals("phi.name.context")
                && f.matchedText(fax).equals("Tobias Lindqvist"));
    }

    private static boolean advice(PostChecker checker, String text) {
        return checker.check(Draft.of(text)).findings().stream().anyMatch(f -> f.ruleId().equals("advice.personal"));
    }
}
