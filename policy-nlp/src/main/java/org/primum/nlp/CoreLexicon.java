package org.primum.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primum.policy.internal.LexiconFile;

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
        List<LexiconFile.Entry> entries = LexiconFile.read(res)
                .orElseThrow(() -> new IllegalStateException("missing core lexicon " + res));
        for (LexiconFile.Entry e : entries) {
            if (section == null || section.equals(e.section())) {
                for (String v : e.variants()) {
                    out.add(v.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
