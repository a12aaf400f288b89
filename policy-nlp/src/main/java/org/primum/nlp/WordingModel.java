package org.primum.nlp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A wording model: a maximum-entropy classifier over a text's words and word pairs that says how
 * likely the text is to have one property. Two are trained by {@link WordingModelTrainer} during
 * every build from the project's labelled corpora: the patient-story model (is the post about a
 * specific patient?, the corpora's {@code phi} label) and the advice model (does it tell a
 * specific person what to do about their own health?, their {@code advice} label). They carry no
 * text of their own beyond feature strings. {@link MaxentModel#eval} allocates its own buffers, so
 * one instance serves every thread.
 */
final class WordingModel {

    /** Where the build puts the trained patient-story model on the class path. */
    static final String STORY_RESOURCE = "org/primum/nlp/en-story-primum.bin";
    /** Where the build puts the trained advice model on the class path. */
    static final String ADVICE_RESOURCE = "org/primum/nlp/en-advice-primum.bin";
    static final String YES = "yes";
    static final String NO = "no";

    private final MaxentModel model;
    private final int yes;

    WordingModel(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
        if (yes < 0 || model.getNumOutcomes() != 2) {
            throw new IllegalStateException("a wording model must have the outcomes yes and no");
        }
    }

    static WordingModel read(InputStream in) throws IOException {
        return new WordingModel(new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel());
    }

    /** The probability that a text whose lower-cased, normalised form is {@code lower} has the model's property. */
    double score(String lower) {
        return model.eval(features(lower))[yes];
    }

    /**
     * Every word ({@code w=}) and every pair of neighbouring words ({@code b=}) of {@code lower}. A
     * word is a run of letters and digits, with an apostrophe and letters after it kept ("pt's",
     * "don't"); digits are folded to 0 so that numbers count by shape, not value.
     */
    static String[] features(String lower) {
        List<String> out = new ArrayList<>();
        String prev = null;
        int n = lower.length();
        int i = 0;
        StringBuilder w = new StringBuilder(16);
        while (i < n) {
            int c = lower.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            w.setLength(0);
            while (i < n && Character.isLetterOrDigit(c = lower.codePointAt(i))) {
                w.appendCodePoint(Character.isDigit(c) ? '0' : c);
                i += Character.charCount(c);
            }
            if (i + 1 < n && (lower.charAt(i) == '\'' || lower.charAt(i) == '\u2019')
                    && Character.isLetter(lower.codePointAt(i + 1))) {
                w.append('\'');
                i++;
                while (i < n && Character.isLetter(c = lower.codePointAt(i))) {
                    w.appendCodePoint(c);
                    i += Character.charCount(c);
                }
            }
            String word = w.toString();
            out.add("w=" + word);
            if (prev != null) {
                out.add("b=" + prev + "_" + word);
            }
            prev = word;
        }
        return out.toArray(String[]::new);
    }
}
