package org.primum.nlp.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;

/**
 * Start-up and throughput of a checker with and without the NLP detector. Run in a fresh JVM:
 *
 * <pre>java -cp ... org.primum.nlp.train.Benchmark ../policy-core/src/test/resources/corpus/dev.jsonl [seconds]</pre>
 *
 * Start-up: a core-only checker is built and checks one post first (so core's own class loading
 * is not counted); then a checker that discovers the NLP detector is built and checks one post:
 * that time is what the module adds. Throughput: posts per second over the corpus texts, on one
 * thread and on as many threads as there are processors.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (DevEval.Doc d : DevEval.read(Path.of(args[0]))) {
            texts.add(d.text());
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;

        long t0 = System.nanoTime();
        PostChecker core = PostChecker.builder().useEntityDetectors(false).build();
        core.check(Draft.of(texts.get(0)));
        long t1 = System.nanoTime();
        PostChecker nlp = PostChecker.builder().build();
        long t2 = System.nanoTime();
        nlp.check(Draft.of(texts.get(0)));
        long t3 = System.nanoTime();
        nlp.check(Draft.of("Recuerden vacunarse contra la gripe esta semana, nuestras clínicas abren todos los días."));
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "core checker build + first check: %.0f ms%n", (t1 - t0) / 1e6);
        System.out.printf(Locale.ROOT, "NLP checker build: %.0f ms, + first check (waits for models): %.0f ms "
                + "-> added start-up %.0f ms (detectors: %s)%n", (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t1) / 1e6,
                nlp.detectorNames());
        System.out.printf(Locale.ROOT, "then a first non-English post (waits for the language model): %.0f ms%n",
                (t4 - t3) / 1e6);

        int threads = Runtime.getRuntime().availableProcessors();
        for (int n : new int[] {1, threads}) {
            double withNlp = throughput(nlp, texts, seconds, n);
            double without = throughput(core, texts, seconds, n);
            System.out.printf(Locale.ROOT, "%d thread(s): %.0f posts/s without NLP, %.0f posts/s with NLP%n", n,
                    without, withNlp);
        }
    }

    private static double throughput(PostChecker checker, List<String> texts, double seconds, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // each worker warms up as long as it measures, so the JIT has compiled the hot paths
            long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
            long end = warmEnd + (long) (seconds * 1e9);
            List<Future<Long>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                futures.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        boolean measuring = System.nanoTime() >= warmEnd;
                        for (String t : texts) {
                            checker.check(Draft.of(t));
                        }
                        if (measuring) {
                            n += texts.size();
                        }
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : futures) {
                total += f.get();
            }
            return total / (seconds + (System.nanoTime() - end) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
