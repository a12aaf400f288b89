package org.primum.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.EntityDetector;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.TokenTags;

/**
 * Person, place and organisation names, and the post's language, from Apache OpenNLP.
 *
 * <p>The name finder is a maxent model trained by this project on generated social and clinical
 * posts (see the module README). It reads core's own social-aware tokens, sentence by sentence,
 * with mentions, hashtags, URLs, e-mails and emoji masked ({@link NerInput}); its spans are mapped
 * back through the token offsets into {@link Post#normalized()} and passed through
 * {@link EntityFilter}. It is tuned for recall: a PERSON entity is a candidate, and core's
 * patient-context rules decide whether it matters.
 *
 * <p>For English posts it also gives Universal Dependencies part-of-speech tags and lemmas
 * ({@link #tags}), which core's advice and name rules use where they help.
 *
 * <p>Thread-safe: the models are immutable and loaded once per JVM; the OpenNLP {@code *ME}
 * objects, which are not thread-safe, are kept one per thread.
 */
public final class OpenNlpEntityDetector implements EntityDetector {

    /** The name used in explanations. */
    public static final String NAME = "opennlp";

    private static final ThreadLocal<NameFinderME> FINDER =
            ThreadLocal.withInitial(() -> new NameFinderME(Models.ner()));

    private static final class FilterHolder {
        static final EntityFilter FILTER = new EntityFilter(commonWords());
    }

    /** Starts loading the models in the background; the first {@link #detect} waits for them. */
    public OpenNlpEntityDetector() {
        Models.preload();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Entity> detect(Post post) {
        List<NerInput.Chunk> chunks = NerInput.of(post);
        if (chunks.isEmpty()) {
            return List.of();
        }
        NameFinderME finder = FINDER.get();
        EntityFilter filter = FilterHolder.FILTER;
        List<Entity> out = new ArrayList<>();
        try {
            for (NerInput.Chunk chunk : chunks) {
                for (Span s : finder.find(chunk.words())) {
                    Entity.Label label = label(s.getType());
                    if (label == null) {
                        continue;
                    }
                    int first = chunk.tokenIndex()[s.getStart()];
                    int end = chunk.tokenIndex()[s.getEnd() - 1] + 1;
                    Entity e = filter.apply(post, label, first, end, s.getProb(), NAME);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<String> language(Post post) {
        return LanguageSignal.detect(post);
    }

    /**
     * Universal Dependencies tags and lemmas from OpenNLP's English models ({@link TokenTagger}),
     * for posts in English, or in no language the checker could tell (short posts without
     * function words are almost always English fragments); none for any other language.
     */
    @Override
    public Optional<TokenTags> tags(Post post, String language) {
        return english(language) ? Optional.of(TokenTagger.tag(post)) : Optional.empty();
    }

    /**
     * The patient-story model's score ({@link WordingModel}: words and word pairs of the whole post,
     * trained on the project's labelled corpora), for the same languages as {@link #tags}.
     */
    @Override
    public OptionalDouble patientStory(Post post, String language) {
        return english(language) ? OptionalDouble.of(Models.story().score(post.lower())) : OptionalDouble.empty();
    }

    /**
     * The advice model's score ({@link WordingModel}, trained on the corpora's {@code advice} label)
     * of the text between {@code start} and {@code end}, for the same languages as {@link #tags}.
     */
    @Override
    public OptionalDouble personalAdvice(Post post, int start, int end, String language) {
        return english(language) ? OptionalDouble.of(Models.advice().score(post.lower().substring(start, end)))
                : OptionalDouble.empty();
    }

    /** English, or no language the checker could tell. */
    private static boolean english(String language) {
        String primary = language.toLowerCase(java.util.Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        return primary.equals("en") || primary.equals("und");
    }

    private static Entity.Label label(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "person" -> Entity.Label.PERSON;
            case "location" -> Entity.Label.LOCATION;
            case "organization" -> Entity.Label.ORGANIZATION;
            default -> null;
        };
    }

    /** The common-word list the model was trained with (stored inside the model). */
    private static Set<String> commonWords() {
        Object dict = Models.ner().getArtifact("common.dict");
        Set<String> out = new HashSet<>();
        if (dict instanceof Dictionary d) {
            for (StringList e : d) {
                if (e.size() == 1) {
                    out.add(e.getToken(0));
                }
            }
        }
        return out;
    }
}
