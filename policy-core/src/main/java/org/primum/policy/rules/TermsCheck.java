package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code kind: terms}: words and phrases, on token boundaries or anywhere in the text. */
final class TermsCheck implements Check {

    private final PhraseList terms;
    private final PhraseList exceptions;
    private final boolean wordBoundaries;
    private final boolean caseSensitive;
    private final List<String> raw;
    private final String origin;
    private final boolean quiet;

    /**
     * @param raw the terms, for matching without word boundaries
     * @param origin where the terms came from, for explanations ("12 terms from surnames.txt")
     * @param quiet true for PHI rules: reasons never repeat the matched text
     */
    TermsCheck(PhraseList terms, List<String> raw, PhraseList exceptions, boolean wordBoundaries,
            boolean caseSensitive, String origin, boolean quiet) {
        this.terms = terms;
        this.raw = List.copyOf(raw);
        this.exceptions = exceptions;
        this.wordBoundaries = wordBoundaries;
        this.caseSensitive = caseSensitive;
        this.origin = origin;
        this.quiet = quiet;
    }

    @Override
    public void run(PostView v, Consumer<Hit> out) {
        List<int[]> spans = new ArrayList<>();
        if (wordBoundaries) {
            for (PhraseList.Match m : terms.findAll(v, 0, v.size())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        } else {
            String hay = caseSensitive ? v.text : v.post.lower();
            for (String t : raw) {
                String needle = caseSensitive ? t : PostView.lowerSameLength(t);
                for (int at = hay.indexOf(needle); at >= 0 && !needle.isEmpty(); at = hay.indexOf(needle, at + 1)) {
                    spans.add(new int[] {at, at + needle.length()});
                }
            }
            spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> kept = new ArrayList<>();
            int reach = -1;
            for (int[] s : spans) {
                if (s[0] >= reach) {
                    kept.add(s);
                    reach = s[1];
                }
            }
            spans = kept;
        }
        List<PhraseList.Match> excepted = exceptions == null ? List.of() : exceptions.findAll(v, 0, v.size());
        for (int[] s : spans) {
            if (inside(s[0], s[1], excepted)) {
                continue;
            }
            String reason = quiet ? "matched a term of this rule (" + origin + ")"
                    : "matched '" + v.slice(s[0], s[1]) + "' (" + origin + ")";
            out.accept(new Hit(s[0], s[1], Map.of(), List.of(reason)));
        }
    }

    static boolean inside(int start, int end, List<PhraseList.Match> spans) {
        for (PhraseList.Match m : spans) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("terms", origin);
        d.put("match", (caseSensitive ? "case-sensitive" : "any case")
                + (wordBoundaries ? ", whole words" : ", anywhere in the text"));
        if (exceptions != null) {
            d.put("exceptions", String.join(", ", exceptions.phrases()));
        }
        return d;
    }
}
