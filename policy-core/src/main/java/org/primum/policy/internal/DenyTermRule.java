package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;

/** Terms the policy's deny list forbids, matched on word boundaries, case-insensitively. */
final class DenyTermRule implements Rule {

    static final String ID = "policy.deny_term";

    private final List<Policy.DenyTerm> terms;
    private final List<String[]> words = new ArrayList<>();

    DenyTermRule(Policy policy) {
        this.terms = policy.deny();
        for (Policy.DenyTerm t : terms) {
            words.add(PhraseSet.split(t.term().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Category category() {
        return Category.CUSTOM;
    }

    @Override
    public String summary() {
        return "Terms on the policy's deny list.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        if (terms.isEmpty()) {
            return;
        }
        AnalyzedPost post = (AnalyzedPost) p;
        int n = post.tokens().size();
        for (int i = 0; i < n; i++) {
            String first = post.lowerText(post.tokens().get(i));
            for (int t = 0; t < terms.size(); t++) {
                String[] w = words.get(t);
                if (w.length == 0 || !w[0].equals(first) || i + w.length > n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < w.length && ok; k++) {
                    ok = post.lowerText(post.tokens().get(i + k)).equals(w[k]);
                }
                if (ok) {
                    Policy.DenyTerm term = terms.get(t);
                    String message = term.message() != null ? term.message()
                            : "'" + term.term() + "' is on your organisation's deny list.";
                    out.accept(new Detection(FindingType.CUSTOM, post.tokens().get(i).start(),
                            post.tokens().get(i + w.length - 1).end(), 1.0, message, "Remove or reword this term.",
                            List.of("deny list term '" + term.term() + "' (" + term.severity() + ")")));
                }
            }
        }
    }

    /** Severity comes from each term; the policy's rule setting for this id still wins. */
    Severity severityOf(String matched) {
        String words = String.join(" ", PhraseSet.split(matched.toLowerCase(java.util.Locale.ROOT)));
        for (int t = 0; t < terms.size(); t++) {
            if (String.join(" ", this.words.get(t)).equals(words)) {
                return terms.get(t).severity();
            }
        }
        return Severity.BLOCK;
    }
}
