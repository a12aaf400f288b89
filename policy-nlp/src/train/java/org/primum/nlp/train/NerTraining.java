package org.primum.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.primum.nlp.NerInput;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Token;

/**
 * Everything that turns generated posts into a {@link TokenNameFinderModel}: the encoding of a post
 * as name samples (through core's own tokenizer and {@link NerInput}), the feature set, the
 * "common word" dictionary, the training parameters and the hashes that tie a committed model to
 * the code that made it.
 */
public final class NerTraining {

    /** Posts generated for training (about 1.3 sentences each). */
    public static final int TRAIN_POSTS = 36_000;
    /** Posts in the held-out set of the model test. */
    public static final int HELD_OUT_POSTS = 2_000;
    public static final int ITERATIONS = 120;
    public static final int CUTOFF = 5;
    /** Key of the common-word dictionary inside the model. */
    public static final String COMMON_DICT = "common.dict";

    /**
     * OpenNLP's default name-finder features plus 4-character prefixes and suffixes and a flag for
     * tokens in the common-word dictionary.
     */
    public static final String FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
                  <str name="dict">common.dict</str>
                </generator>
              </generator>
            </featureGenerators>
            """;

    private static final Pattern WORD = Pattern.compile("[a-z]+(?:['-][a-z]+)*");
    private static final Pattern TEMPLATE_MARKUP = Pattern.compile("\\{[A-Z]+\\}|[\\[\\]|]");

    private NerTraining() {}

    /** A checker used only for its analysis (core's normaliser and tokenizer); no detectors. */
    private static final PostChecker ANALYZER =
            PostChecker.builder().discoverServices(false).useEntityDetectors(false).build();

    /** Encodes generated posts as name samples, one per core sentence. */
    public static List<NameSample> samples(List<TrainingDataGenerator.Example> examples) {
        List<NameSample> out = new ArrayList<>(examples.size() * 3 / 2);
        for (TrainingDataGenerator.Example ex : examples) {
            Post post = ANALYZER.analyze(Draft.of(ex.text()));
            boolean first = true;
            for (NerInput.Chunk chunk : NerInput.of(post)) {
                out.add(new NameSample(chunk.words(), spans(post, chunk, ex.spans()), first));
                first = false;
            }
        }
        return out;
    }

    /** Token spans of the chunk that overlap a labelled character span; masked tokens are never inside. */
    private static Span[] spans(Post post, NerInput.Chunk chunk, List<TrainingDataGenerator.Span> gold) {
        List<Span> out = new ArrayList<>();
        int[] idx = chunk.tokenIndex();
        int open = -1;
        TrainingDataGenerator.Span openGold = null;
        for (int k = 0; k <= idx.length; k++) {
            TrainingDataGenerator.Span g = null;
            if (k < idx.length) {
                Token t = post.tokens().get(idx[k]);
                if (!NerInput.masked(t)) {
                    int s = post.toOriginal(t.start());
                    int e = post.toOriginal(t.end() - 1) + 1;
                    for (TrainingDataGenerator.Span sp : gold) {
                        if (s < sp.end() && sp.start() < e) {
                            g = sp;
                            break;
                        }
                    }
                }
            }
            if (g != openGold) {
                if (openGold != null) {
                    out.add(new Span(open, k, openGold.type()));
                }
                open = k;
                openGold = g;
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Lower-case words that are not names: datafaker's English word and verb lists, every word of
     * core's lexicons and of the templates, and a list of function words.
     */
    public static Dictionary commonWords() {
        TreeSet<String> words = new TreeSet<>(TrainingDataGenerator.functionWords());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String res : List.of("en/words.yml", "en/verbs.yml", "en/adjective.yml")) {
            try (InputStream in = NerTraining.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("datafaker resource missing: " + res);
                }
                collect(yaml.readTree(in), words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String lex : List.of("advice_directives.txt", "dose_units.txt", "drugs.txt", "family_roles.txt",
                "non_patient_context.txt", "occupations.txt", "patient_context.txt", "schedules.txt",
                "stopwords_capitalized.txt", "symptoms_conditions.txt", "tests_procedures.txt", "timing.txt",
                "treatment_verbs.txt", "unusual_events.txt")) {
            for (String entry : TrainingDataGenerator.lexicon(lex)) {
                addWords(entry, words);
            }
        }
        for (String t : TrainingDataGenerator.readTemplates()) {
            addWords(TEMPLATE_MARKUP.matcher(t).replaceAll(" "), words);
        }
        Dictionary d = new Dictionary(false);
        for (String w : words) {
            d.put(new StringList(w));
        }
        return d;
    }

    private static void collect(JsonNode n, TreeSet<String> out) {
        if (n.isTextual()) {
            addWords(n.asText(), out);
        } else {
            n.forEach(c -> collect(c, out));
        }
    }

    private static void addWords(String text, TreeSet<String> out) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
    }

    public static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 2);
        return p;
    }

    public static TokenNameFinderModel train(List<NameSample> samples, Dictionary common) throws IOException {
        Map<String, Object> resources = new TreeMap<>();
        resources.put(COMMON_DICT, common);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
                FEATURES.getBytes(StandardCharsets.UTF_8), resources, new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters(), factory);
    }

    /**
     * SHA-256 of the generated posts (text and labelled spans): changes when the generator, its
     * templates, its lexicon snapshot or datafaker's data change. Checked by the normal build.
     */
    public static String generatorHash(List<TrainingDataGenerator.Example> posts) {
        MessageDigest md = sha256();
        for (TrainingDataGenerator.Example ex : posts) {
            md.update(ex.text().getBytes(StandardCharsets.UTF_8));
            for (TrainingDataGenerator.Span s : ex.spans()) {
                md.update(("\u0000" + s.start() + ":" + s.end() + ":" + s.type()).getBytes(StandardCharsets.UTF_8));
            }
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * SHA-256 of everything that goes into training: the samples, the common words, the feature
     * descriptor and the parameters. Besides everything {@link #generatorHash} covers, this changes
     * when core's normaliser or tokenizer splits the posts differently. Checked by {@code -Pverify-models}.
     */
    public static String inputHash(List<NameSample> samples, Dictionary common) {
        MessageDigest md = sha256();
        for (NameSample s : samples) {
            md.update(s.toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) (s.isClearAdaptiveDataSet() ? '1' : '0'));
            md.update((byte) '\n');
        }
        for (StringList e : common) {
            md.update(e.toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        md.update(FEATURES.getBytes(StandardCharsets.UTF_8));
        md.update(new TreeMap<>(parameters().getObjectSettings()).toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * SHA-256 of a serialised model's contents: every zip entry except the manifest (which holds a
     * training timestamp), in name order. Two trainings on the same input give the same hash.
     */
    public static String modelHash(byte[] model) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().equals("manifest.properties")) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        MessageDigest md = sha256();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update(e.getValue());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static byte[] serialize(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
