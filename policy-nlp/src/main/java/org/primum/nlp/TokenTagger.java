package org.primum.nlp;

import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.primum.policy.spi.PartOfSpeech;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.TokenTags;

/**
 * Universal Dependencies part-of-speech tags and lemmas for a post's tokens, from OpenNLP's English
 * models trained on the UD English Web Treebank. The tagger reads the same input as the name
 * finder ({@link NerInput}: core's tokens, one array per sentence, with mentions, hashtags, URLs,
 * e-mail addresses and emoji as placeholders), so every tag belongs to exactly one core token.
 *
 * <p>Only verbs and auxiliaries are lemmatised, each on its own (word and tag, in lower case): the
 * lemmatizer costs about ten times as much as the tagger when it reads whole sentences, and on the
 * dev corpora a verb alone got the same lemma as in its sentence 98% of the time (the rest are
 * errors either way: {@code flagge}, {@code scann}). Every other token's lemma is its lower-case
 * text. The models tag a contraction as one token with joined tags ({@code don't} is
 * {@code AUX+PART}, lemma {@code do+not}); its first part is kept. Masked tokens get
 * {@link PartOfSpeech#X} ({@link PartOfSpeech#SYM} for emoji), whatever the model said about the
 * placeholder.
 *
 * <p>Thread-safe: OpenNLP's {@code POSTaggerME} and {@code LemmatizerME} are not, so each thread
 * keeps its own.
 */
final class TokenTagger {

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.pos(), POSTagFormat.UD));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> new LemmatizerME(Models.lemmas()));

    private TokenTagger() {}

    /** Tags and lemmas for every token of {@code post}. */
    static TokenTags tag(Post post) {
        List<Token> tokens = post.tokens();
        PartOfSpeech[] pos = new PartOfSpeech[tokens.size()];
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = PartOfSpeech.X;
            lemmas[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        POSTaggerME tagger = TAGGER.get();
        LemmatizerME lemmatizer = LEMMATIZER.get();
        String[] one = new String[1];
        String[] oneTag = new String[1];
        for (NerInput.Chunk chunk : NerInput.of(post)) {
            String[] words = chunk.words();
            String[] tags = tagger.tag(words);
            for (int k = 0; k < words.length; k++) {
                int ti = chunk.tokenIndex()[k];
                Token t = tokens.get(ti);
                if (NerInput.masked(t)) {
                    pos[ti] = t.is(Token.Kind.EMOJI) ? PartOfSpeech.SYM : PartOfSpeech.X;
                    continue;
                }
                pos[ti] = partOfSpeech(tags[k]);
                if (pos[ti] == PartOfSpeech.VERB || pos[ti] == PartOfSpeech.AUX) {
                    one[0] = lemmas[ti];
                    oneTag[0] = tags[k];
                    String l = firstPart(lemmatizer.lemmatize(one, oneTag)[0]);
                    if (!l.isEmpty() && !l.equals("_") && !l.equals("O")) {
                        lemmas[ti] = l.toLowerCase(Locale.ROOT);
                    }
                }
            }
        }
        return TokenTags.of(pos, lemmas);
    }

    /** A UPOS tag, or X for anything else; {@code AUX+PART} becomes {@code AUX}. */
    static PartOfSpeech partOfSpeech(String tag) {
        if (tag == null) {
            return PartOfSpeech.X;
        }
        try {
            return PartOfSpeech.valueOf(firstPart(tag));
        } catch (IllegalArgumentException e) {
            return PartOfSpeech.X;
        }
    }

    private static String firstPart(String s) {
        int plus = s.indexOf('+');
        return plus > 0 ? s.substring(0, plus) : s;
    }
}
