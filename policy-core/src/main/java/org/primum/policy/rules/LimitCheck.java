package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

/** {@code kind: limit}: at most {@code max} hashtags, mentions, links, ... or characters. */
final class LimitCheck implements Check {

    /** What a limit counts. */
    enum Count {
        HASHTAGS, MENTIONS, URLS, EMAILS, EMOJIS, WORDS, SENTENCES, CHARACTERS;

        String noun() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Count count;
    private final int max;

    LimitCheck(Count count, int max) {
        this.count = count;
        this.max = max;
    }

    int max() {
        return max;
    }

    LimitCheck withMax(int value) {
        return new LimitCheck(count, value);
    }

    @Override
    public void run(PostView v, Consumer<Hit> out) {
        switch (count) {
            case CHARACTERS -> {
                String t = v.text;
                int n = t.codePointCount(0, t.length());
                if (n > max) {
                    int from = t.offsetByCodePoints(0, max);
                    out.accept(hit(from, t.length(), n));
                }
            }
            case SENTENCES -> {
                List<Sentence> s = v.post.sentences();
                if (s.size() > max) {
                    out.accept(hit(s.get(max).start(), s.get(s.size() - 1).end(), s.size()));
                }
            }
            default -> {
                List<Token> items = new ArrayList<>();
                for (Token t : v.tokens) {
                    if (counts(t.kind())) {
                        items.add(t);
                    }
                }
                if (items.size() > max) {
                    out.accept(hit(items.get(max).start(), items.get(items.size() - 1).end(), items.size()));
                }
            }
        }
    }

    private boolean counts(Token.Kind k) {
        return switch (count) {
            case HASHTAGS -> k == Token.Kind.HASHTAG;
            case MENTIONS -> k == Token.Kind.MENTION;
            case URLS -> k == Token.Kind.URL;
            case EMAILS -> k == Token.Kind.EMAIL;
            case EMOJIS -> k == Token.Kind.EMOJI;
            case WORDS -> k == Token.Kind.WORD || k == Token.Kind.NUMBER || k == Token.Kind.ALNUM;
            default -> false;
        };
    }

    private Hit hit(int start, int end, int n) {
        return new Hit(start, end, Map.of("count", String.valueOf(n), "limit", String.valueOf(max)),
                List.of(n + " " + count.noun() + ", more than the limit of " + max));
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("count", count.noun());
        d.put("max", String.valueOf(max));
        return d;
    }
}
