package org.primum.policy.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** {@code kind: near}: a phrase of list A within N tokens of a phrase of list B. */
final class NearCheck implements Check {

    /** Which part of a pair the finding covers. */
    enum Span { A, B, BOTH }

    private final PhraseList a;
    private final PhraseList b;
    private final int within;
    private final boolean aFirst;
    private final boolean sameSentence;
    private final Span span;
    private final boolean quiet;

    NearCheck(PhraseList a, PhraseList b, int within, boolean aFirst, boolean sameSentence, Span span, boolean quiet) {
        this.a = a;
        this.b = b;
        this.within = within;
        this.aFirst = aFirst;
        this.sameSentence = sameSentence;
        this.span = span;
        this.quiet = quiet;
    }

    @Override
    public void run(PostView v, Consumer<Hit> out) {
        List<PhraseList.Match> as = a.findAll(v, 0, v.size());
        if (as.isEmpty()) {
            return;
        }
        List<PhraseList.Match> bs = b.findAll(v, 0, v.size());
        Set<Long> seen = new HashSet<>();
        for (PhraseList.Match x : as) {
            PhraseList.Match best = null;
            int bestGap = Integer.MAX_VALUE;
            for (PhraseList.Match y : bs) {
                boolean after = y.firstToken() >= x.endToken();
                boolean before = y.endToken() <= x.firstToken();
                if (!after && !before) {
                    continue; // the same words cannot be both halves of a pair
                }
                if (aFirst && !after) {
                    continue;
                }
                if (sameSentence && v.token(x.firstToken()).sentence() != v.token(y.firstToken()).sentence()) {
                    continue;
                }
                int gap = after ? y.firstToken() - x.endToken() : x.firstToken() - y.endToken();
                if (gap <= within && gap < bestGap) {
                    best = y;
                    bestGap = gap;
                }
            }
            if (best == null) {
                continue;
            }
            int start = switch (span) {
                case A -> x.start();
                case B -> best.start();
                case BOTH -> Math.min(x.start(), best.start());
            };
            int end = switch (span) {
                case A -> x.end();
                case B -> best.end();
                case BOTH -> Math.max(x.end(), best.end());
            };
            if (!seen.add(((long) start << 32) | end)) {
                continue;
            }
            String aText = v.slice(x.start(), x.end());
            String bText = v.slice(best.start(), best.end());
            List<String> reasons = quiet
                    ? List.of("a term of list A within " + bestGap + " words of a term of list B")
                    : List.of("'" + aText + "' within " + bestGap + " words of '" + bText + "'");
            out.accept(new Hit(start, end, Map.of("a", aText, "b", bText, "within", String.valueOf(within)), reasons));
        }
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("a", summary(a));
        d.put("b", summary(b));
        d.put("within", within + " words" + (aFirst ? ", A before B" : ", either order")
                + (sameSentence ? ", same sentence" : ""));
        d.put("span", span.name().toLowerCase(java.util.Locale.ROOT));
        return d;
    }

    static String summary(PhraseList list) {
        StringBuilder sb = new StringBuilder();
        List<String> p = list.phrases();
        for (int i = 0; i < Math.min(8, p.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(p.get(i));
        }
        if (p.size() > 8) {
            sb.append(", ... (").append(p.size()).append(" phrases)");
        }
        if (!list.kinds().isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append("any ").append(PatternCheck.lower(list.kinds()))
                    .append(" token");
        }
        return sb.toString();
    }
}
