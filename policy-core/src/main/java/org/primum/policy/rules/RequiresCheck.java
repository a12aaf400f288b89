package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code kind: requires}: a post that matches {@code when} must also match {@code require}. */
final class RequiresCheck implements Check {

    private final PhraseList when;
    private final PhraseList require;
    private final boolean quiet;

    RequiresCheck(PhraseList when, PhraseList require, boolean quiet) {
        this.when = when;
        this.require = require;
        this.quiet = quiet;
    }

    @Override
    public void run(PostView v, Consumer<Hit> out) {
        PhraseList.Match trigger = when.first(v, 0, v.size());
        if (trigger == null || require.first(v, 0, v.size()) != null) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(quiet ? "matched a 'when' term" : "'" + v.slice(trigger.start(), trigger.end()) + "' is a 'when' term");
        reasons.add("none of the required terms is in the post: " + required());
        out.accept(new Hit(trigger.start(), trigger.end(), Map.of("required", required()), reasons));
    }

    /** The required alternatives, for messages: {@code #ad, #sponsored or a link}. */
    String required() {
        List<String> parts = new ArrayList<>();
        List<String> p = require.phrases();
        for (int i = 0; i < Math.min(4, p.size()); i++) {
            parts.add(p.get(i));
        }
        for (org.primum.policy.spi.Token.Kind k : org.primum.policy.spi.Token.Kind.values()) {
            if (require.kinds().contains(k)) {
                parts.add("a " + switch (k) {
                    case URL -> "link";
                    case MENTION -> "mention";
                    case HASHTAG -> "hashtag";
                    default -> k.name().toLowerCase(java.util.Locale.ROOT);
                });
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("when", NearCheck.summary(when));
        d.put("require", NearCheck.summary(require));
        return d;
    }
}
