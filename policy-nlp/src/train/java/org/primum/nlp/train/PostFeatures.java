package org.primum.nlp.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features for the post-level categoriser of {@link PostClassifierExperiment}: bag of words, word bigrams,
 * and the rules' findings (tokens starting with {@link #MARK}) as they are. Top-level and public because
 * OpenNLP's model loader instantiates feature generators by class name.
 */
public final class PostFeatures implements FeatureGenerator {

    /** Marks a token that is a rule feature, not a word. */
    public static final String MARK = "§";

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extra) {
        List<String> out = new ArrayList<>(text.length * 2);
        String prev = null;
        for (String t : text) {
            if (t.startsWith(MARK)) {
                out.add(t);
                prev = null;
                continue;
            }
            out.add("w=" + t);
            if (prev != null) {
                out.add("b=" + prev + "_" + t);
            }
            prev = t;
        }
        return out;
    }
}
