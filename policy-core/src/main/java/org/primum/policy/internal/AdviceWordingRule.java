package org.primum.policy.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Sentence;

/**
 * A second opinion on advice from a model of post wording ({@code advice.wording}). The advice rule
 * looks for the shapes it knows (a directive aimed at a drug, dose or test, a diagnosis of
 * described symptoms); readers get told what to do in many other words. When a detector
 * (policy-nlp) rates the post as a whole at or above the threshold as telling a specific person
 * what to do about their own health, this rule flags the sentence that reads most like it, with
 * the score as confidence. The pipeline drops its finding when another rule found advice in the
 * post: it only adds what the rules missed.
 *
 * <p>Without a detector that scores advice this rule finds nothing. The threshold is the policy's
 * {@code personalAdvice.flagAt}: lower catches more advice and flags more posts that are not.
 */
final class AdviceWordingRule implements Rule {

    static final String ID = "advice.wording";
    /** The built-in rule whose blocks a low score turns into warnings. */
    static final String DOUBTED = "advice.personal";
    /** Sentences scored one by one to place the finding; past these the first one stands for the rest. */
    static final int MAX_SENTENCES = 256;

    private final double threshold;
    private final String atThreshold;

    AdviceWordingRule(Policy policy) {
        this.threshold = policy.personalAdvice().flagAt();
        this.atThreshold = String.format(Locale.ROOT, "(threshold %.2f)", threshold);
    }

    /** The reason every finding the advice model makes or changes gives first: its score, then {@code why}. */
    static String reason(double score, String why) {
        return String.format(Locale.ROOT, "wording model: %.2f that the post gives personal advice %s", score, why);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Category category() {
        return Category.ADVICE;
    }

    @Override
    public String summary() {
        return "A post a wording model reads as telling one person what to do about their own health (needs "
                + "policy-nlp)";
    }

    @Override
    public void check(Post post, Consumer<Detection> out) {
        OptionalDouble advice = post.personalAdvice();
        if (advice.isEmpty() || advice.getAsDouble() < threshold || post.sentences().isEmpty()) {
            return;
        }
        double p = advice.getAsDouble();
        // the sentence that reads most like advice; ties go to the first
        List<Sentence> sentences = post.sentences();
        Sentence best = sentences.get(0);
        double bestScore = -1;
        if (sentences.size() > 1) {
            for (int i = 0; i < Math.min(sentences.size(), MAX_SENTENCES); i++) {
                Sentence s = sentences.get(i);
                double score = post.personalAdvice(s.start(), s.end()).orElse(0);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        out.accept(new Detection(FindingType.ADVICE, best.start(), best.end(), p,
                "The post reads as telling a specific person what to do about their own health, and this sentence"
                        + " most of all. Individual advice needs an examination and a care relationship, and a public"
                        + " post cannot give either.",
                AdviceRule.SUGGESTION, List.of(reason(p, atThreshold))));
    }
}
