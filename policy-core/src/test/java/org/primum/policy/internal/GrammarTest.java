package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.PartOfSpeech;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.TokenTags;

/**
 * The rules' part-of-speech hooks, with tags written by hand (as a Universal Dependencies tagger
 * would give them), so that they are tested without policy-nlp: what the tags add, what they
 * correct, and that an untagged post is judged by the lexicons alone.
 */
class GrammarTest {

    private final AdviceRule advice = new AdviceRule();
    private final ContextualEntityRule names = new ContextualEntityRule(FindingType.NAME);

    /**
     * {@code text} analysed, with one tag per token: {@code VERB}, or {@code VERB:stop} to give a
     * lemma (the default lemma is the token in lower case).
     */
    static AnalyzedPost tagged(String text, String tags) {
        AnalyzedPost post = untagged(text);
        String[] spec = tags.trim().split("\\s+");
        List<String> tokens = post.tokens().stream().map(t -> t.text()).toList();
        assertThat(spec).as("one tag per token of %s", tokens).hasSize(tokens.size());
        List<PartOfSpeech> pos = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            String[] parts = spec[i].split(":", 2);
            pos.add(PartOfSpeech.valueOf(parts[0]));
            lemmas.add(parts.length > 1 ? parts[1] : tokens.get(i).toLowerCase(Locale.ROOT));
        }
        TokenTags given = new TokenTags(pos, lemmas);
        return post.withTags(() -> Optional.of(given));
    }

    static AnalyzedPost untagged(String text) {
        return AnalyzedPost.analyze(Draft.of(text), text);
    }

    private static List<String> found(Rule rule, AnalyzedPost post) {
        List<Detection> out = new ArrayList<>();
        rule.check(post, out::add);
        return out.stream().filter(d -> d.confidence() >= RuleTesting.THRESHOLD)
                .map(d -> post.normalized().substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a softener the lexicon does not list
        "@dee_lifts tbh quit the naproxen until your stomach settles | X INTJ VERB DET NOUN SCONJ PRON NOUN VERB:settle",
        // a vocative with no comma
        "@dee_lifts Dee quit the naproxen until your stomach settles | X PROPN VERB DET NOUN SCONJ PRON NOUN VERB:settle",
        // a treatment verb as a gerund
        "@dee_lifts consider stopping the naproxen before the procedure | X VERB VERB:stop DET NOUN ADP DET NOUN",
        // an adverb between the reader and the modal
        "@dee_lifts you really should stop the naproxen | X PRON ADV AUX VERB DET NOUN",
        // an inflected treatment verb, known by its lemma
        "@dee_lifts you should've stopped the naproxen days ago | X PRON AUX:should VERB:stop DET NOUN NOUN ADV",
        // an obligation with its own verb
        "@dee_lifts you'll want to switch off the naproxen now | X PRON:you VERB PART VERB ADP DET NOUN ADV",
    })
    void tagsFindDirectivesTheLexiconsMiss(String text, String tags) {
        assertThat(found(advice, untagged(text))).isEmpty();
        assertThat(found(advice, tagged(text, tags))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // in a reply the lexicons read the verb as an order; the tags show it has its own subject
        "@dee_lifts the runners on my team stop taking naproxen because of stomach cramps"
                + " | X DET NOUN ADP PRON NOUN VERB:stop VERB:take NOUN SCONJ ADP NOUN NOUN:cramp",
    })
    void tagsCorrectLexiconDirectivesThatAreStatementsOrConditions(String text, String tags) {
        assertThat(found(advice, untagged(text))).as("the lexicons alone read it as advice").isNotEmpty();
        assertThat(found(advice, tagged(text, tags))).isEmpty();
    }

    /** A quantified group before the verb is its subject, read from the words alone: tagged or not, no order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@dee_lifts lots of people stop taking statins because of muscle aches"
                + " | X NOUN ADP NOUN VERB:stop VERB:take NOUN:statin SCONJ ADP NOUN NOUN:ache",
        "@dee_lifts plenty of runners stop taking naproxen because of stomach cramps"
                + " | X NOUN ADP NOUN VERB:stop VERB:take NOUN SCONJ ADP NOUN NOUN:cramp",
    })
    void aQuantifiedGroupIsTheVerbsSubjectWithOrWithoutTags(String text, String tags) {
        assertThat(found(advice, untagged(text))).isEmpty();
        assertThat(found(advice, tagged(text, tags))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Always take antibiotics exactly as prescribed, even when you feel better"
                + " | ADV VERB NOUN ADV SCONJ VERB:prescribe PUNCT ADV SCONJ PRON VERB ADJ",
        "@dee_lifts I stopped the naproxen last week and my stomach settled"
                + " | X PRON VERB:stop DET NOUN ADJ NOUN CCONJ PRON NOUN VERB:settle",
        "When you stop taking prednisone, your adrenal glands need weeks to catch up"
                + " | ADV PRON VERB VERB:take NOUN PUNCT PRON ADJ NOUN VERB NOUN PART VERB ADP",
        // a verb joined by "and" inside the condition, and a purpose after "so"
        "If you have a cold and take 2 tablets of ibuprofen, drink water"
                + " | SCONJ PRON VERB DET NOUN CCONJ VERB NUM NOUN ADP NOUN PUNCT VERB NOUN",
        "Check the label so you don't double up on acetaminophen"
                + " | VERB DET NOUN SCONJ PRON AUX:do VERB ADP ADP NOUN",
    })
    void tagsFindNoDirectiveInRulesNarrativeOrConditions(String text, String tags) {
        assertThat(found(advice, tagged(text, tags))).isEmpty();
    }

    @Test
    void aFullNameOwningACareRecordIsAName() {
        // core's care-record context finds it untagged too; the tags must not lose it
        String text = "Fax machine jammed again and ate Tobias Lindqvist's discharge paperwork";
        String tags = "NOUN NOUN VERB ADV CCONJ VERB PROPN PROPN PART NOUN NOUN";
        assertThat(found(names, tagged(text, tags))).containsExactly("Tobias Lindqvist");
        assertThat(found(names, untagged(text))).containsExactly("Tobias Lindqvist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // owns no care
        "Loved reading Atul Gawande's essay on checklists | VERB VERB PROPN PROPN PART NOUN ADP NOUN",
        // a relative, but nothing in the post is about care
        "Congrats to Priya Raman's daughter on her graduation! | INTJ ADP PROPN PROPN PART NOUN ADP PRON NOUN PUNCT",
        // a colleague
        "Dr. Priya Raman's surgery schedule is full again | PROPN PUNCT PROPN PROPN PART NOUN NOUN AUX ADJ ADV",
        // not proper nouns
        "Hard Day's labs are back | ADJ NOUN PART NOUN AUX ADV",
    })
    void otherPossessivesAreNotPatients(String text, String tags) {
        assertThat(found(names, tagged(text, tags))).isEmpty();
    }

    @Test
    void tagsOfTheWrongLengthAreRefused() {
        AnalyzedPost post = untagged("stop the naproxen");
        TokenTags two = TokenTags.of(new PartOfSpeech[] {PartOfSpeech.VERB, PartOfSpeech.DET}, new String[] {"stop", "the"});
        AnalyzedPost bad = post.withTags(() -> Optional.of(two));
        org.assertj.core.api.Assertions.assertThatThrownBy(bad::tags).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void untaggedPostsAreNeverTagged() {
        AnalyzedPost post = untagged("@dee_lifts you really should stop the naproxen");
        assertThat(post.tags()).isEmpty();
        assertThat(Grammar.imperative(post, 0, post.tokens().size(), java.util.Set.of())).isEqualTo(-1);
        assertThat(Grammar.notDirective(post, 0, 3)).isFalse();
        assertThat(Grammar.possessiveProperNouns(post)).isEmpty();
    }
}
