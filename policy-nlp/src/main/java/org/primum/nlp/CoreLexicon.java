package org.primum.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads policy-core's lexicon files from the class path (same format as core: {@code #} comments,
 * {@code # --- section ---} headers, {@code canonical|variant|...} per line). Used for the output
 * filter and, at training time, for the negative fillers.
 */
public final class CoreLexicon {

    private CoreLexicon() {}

    /** Every entry and variant of {@code file} (lower case), only under {@code section} when non-null. */
    public static Set<String> entries(String file, String section) {
        return read("/org/primum/policy/lexicon/" + file, section);
    }

    /** Like {@link #entries} for a lexicon-format file at class-path resource {@code res}. */
    public static Set<String> read(String res, String section) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = CoreLexicon.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing core lexicon " + res);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("# ---")) {
                    current = t.replace("#", "").replace("-", "").strip().toLowerCase(Locale.ROOT);
                    continue;
                }
                if (t.isEmpty() || t.startsWith("#") || (section != null && !section.equals(current))) {
                    continue;
                }
                for (String v : t.split("\\|")) {
                    String key = v.strip().toLowerCase(Locale.ROOT);
                    if (!key.isEmpty()) {
                        out.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read core lexicon " + res, e);
        }
        return out;
    }
}
