package org.primum.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;

/**
 * The OpenNLP models, loaded once per JVM from the class path. Loading starts on a daemon thread
 * the first time this class is touched (when a detector is constructed), so it overlaps with the
 * rest of checker building: the name finder first, then the part-of-speech tagger and the
 * lemmatizer, then the language detector. The first call that needs a model waits for it. Models
 * are immutable and shared by every thread.
 */
final class Models {

    /** The name finder trained by this project (see {@code org.primum.nlp.train.TrainNer}). */
    static final String NER_RESOURCE = "org/primum/nlp/en-ner-primum.bin";
    /** Apache OpenNLP's language detector, from {@code opennlp-models-langdetect} on Maven Central. */
    static final String LANGDETECT_RESOURCE = "langdetect-183.bin";
    /** Universal Dependencies English POS tagger, from {@code opennlp-models-pos-en} on Maven Central. */
    static final String POS_RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Universal Dependencies English lemmatizer, from {@code opennlp-models-lemmatizer-en} on Maven Central. */
    static final String LEMMA_RESOURCE = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final FutureTask<TokenNameFinderModel> NER = task(NER_RESOURCE, TokenNameFinderModel::new);
    private static final FutureTask<WordingModel> STORY = task(WordingModel.STORY_RESOURCE, WordingModel::read);
    private static final FutureTask<WordingModel> ADVICE = task(WordingModel.ADVICE_RESOURCE, WordingModel::read);
    private static final FutureTask<LanguageDetectorModel> LANG = task(LANGDETECT_RESOURCE, LanguageDetectorModel::new);
    private static final FutureTask<POSModel> POS = task(POS_RESOURCE, in -> greedy(new POSModel(in)));
    private static final FutureTask<LemmatizerModel> LEMMA = task(LEMMA_RESOURCE, LemmatizerModel::new);

    static {
        // one loader thread, name finder first: every post needs it; then the small wording models
        // (patient story, asked on posts with names; advice, asked on every English post); then the tagger and lemmatizer,
        // which English posts need when a rule asks for tags; the language model last, as it is only
        // needed for posts that are not plainly English (see LanguageSignal)
        Thread t = new Thread(() -> {
            NER.run();
            STORY.run();
            ADVICE.run();
            POS.run();
            LEMMA.run();
            LANG.run();
        }, "primum-nlp-model-loader");
        t.setDaemon(true);
        t.start();
    }

    private Models() {}

    /** Makes sure loading has started (class initialisation does it). */
    static void preload() {
        // touching the class is enough
    }

    static TokenNameFinderModel ner() {
        return get(NER, NER_RESOURCE);
    }

    /** The patient-story model the build trains (see {@link WordingModelTrainer}). */
    static WordingModel story() {
        return get(STORY, WordingModel.STORY_RESOURCE);
    }

    /** The advice model the build trains (see {@link WordingModelTrainer}). */
    static WordingModel advice() {
        return get(ADVICE, WordingModel.ADVICE_RESOURCE);
    }

    static LanguageDetectorModel languages() {
        return get(LANG, LANGDETECT_RESOURCE);
    }

    static POSModel pos() {
        return get(POS, POS_RESOURCE);
    }

    static LemmatizerModel lemmas() {
        return get(LEMMA, LEMMA_RESOURCE);
    }

    /**
     * The same tagger decoding greedily (beam 1 instead of the model's 3): on the 45,528 tokens of
     * the dev corpora it gives exactly the same tags, about twice as fast.
     */
    private static POSModel greedy(POSModel model) {
        Object weights = model.getArtifact("pos.model");
        if (!(weights instanceof MaxentModel maxent)) {
            return model; // another kind of model: keep its own decoding
        }
        return new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory());
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> FutureTask<T> task(String resource, Loader<T> loader) {
        return new FutureTask<>(() -> {
            try (InputStream in = open(resource)) {
                return loader.load(in);
            }
        });
    }

    private static InputStream open(String resource) {
        InputStream in = Models.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("model " + resource + " is not on the class path");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static <T> T get(FutureTask<T> task, String resource) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot load model " + resource, io);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot load model " + resource, cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("loading of model " + resource + " was cancelled", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
