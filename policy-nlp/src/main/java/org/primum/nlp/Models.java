package org.primum.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The OpenNLP models, loaded once per JVM from the class path. Loading starts, on two daemon
 * threads, the first time this class is touched (when a detector is constructed) so that the two
 * models load in parallel while the rest of the checker is built; the first call that needs a
 * model waits for it. Models are immutable and shared by every thread.
 */
final class Models {

    /** The name finder trained by this project (see {@code org.primum.nlp.train.TrainNer}). */
    static final String NER_RESOURCE = "org/primum/nlp/en-ner-primum.bin";
    /** Apache OpenNLP's language detector, from {@code opennlp-models-langdetect} on Maven Central. */
    static final String LANGDETECT_RESOURCE = "langdetect-183.bin";

    private static final FutureTask<TokenNameFinderModel> NER = start(NER_RESOURCE, TokenNameFinderModel::new);
    private static final FutureTask<LanguageDetectorModel> LANG = start(LANGDETECT_RESOURCE, LanguageDetectorModel::new);

    private Models() {}

    /** Makes sure loading has started (class initialisation does it). */
    static void preload() {
        // touching the class is enough
    }

    static TokenNameFinderModel ner() {
        return get(NER, NER_RESOURCE);
    }

    static LanguageDetectorModel languages() {
        return get(LANG, LANGDETECT_RESOURCE);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> FutureTask<T> start(String resource, Loader<T> loader) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try (InputStream in = open(resource)) {
                return loader.load(in);
            }
        });
        Thread t = new Thread(task, "primum-load-" + resource);
        t.setDaemon(true);
        t.start();
        return task;
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
