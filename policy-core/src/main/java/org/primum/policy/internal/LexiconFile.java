package org.primum.policy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reader of Primum's lexicon format: UTF-8, {@code #} comments, {@code # --- section ---}
 * headers, one entry per line as {@code canonical|variant|...}. Used by the built-in rules, by
 * declarative {@code lexicon:} terms, and by policy-nlp's filter and training data.
 */
public final class LexiconFile {

    /**
     * One line of a lexicon.
     *
     * @param section the section it is under (lower case, without the dashes), or {@code null}
     * @param canonical the first form, lower case
     * @param variants every form on the line, stripped, as written (the canonical one first)
     */
    public record Entry(String section, String canonical, List<String> variants) {}

    /**
     * Shipped files, parsed once per JVM: rules read several sections of one file (each language of
     * the non-English lexicons, say), and re-parsing it for each was most of the checker's build time.
     */
    private static final Map<String, List<Entry>> SHIPPED = new ConcurrentHashMap<>();

    private LexiconFile() {}

    /** The entries of the class-path resource {@code resource}, or empty if there is no such resource. */
    public static Optional<List<Entry>> read(String resource) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            String section = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("# ---")) {
                    section = t.replace("#", "").replace("-", "").strip().toLowerCase(Locale.ROOT);
                    continue;
                }
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                List<String> variants = new ArrayList<>();
                for (String v : t.split("\\|")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
                if (!variants.isEmpty()) {
                    out.add(new Entry(section, variants.get(0).toLowerCase(Locale.ROOT), List.copyOf(variants)));
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** Like {@link #read}, for a file shipped in {@code org/primum/policy/lexicon/}; missing is an error. */
    public static List<Entry> shipped(String file) {
        return SHIPPED.computeIfAbsent(file, f -> {
            String res = "/org/primum/policy/lexicon/" + f;
            return List.copyOf(read(res).orElseThrow(() -> new IllegalStateException("missing lexicon " + res)));
        });
    }
}
