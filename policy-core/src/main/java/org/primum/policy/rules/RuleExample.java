package org.primum.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One example a rule carries: a text it must fire on (with the expected spans marked
 * {@code [[like this]]}) or a text it must stay silent on.
 *
 * @param fire true for a text the rule must fire on, false for one it must pass
 * @param text the example with its marks removed
 * @param spans the marked spans in {@link #text()}; empty for pass examples, and for fire
 *     examples that only require the rule to fire somewhere
 * @param source the file the example was written in, or {@code null}
 * @param line 1-based line of the example in that file, or 0
 */
public record RuleExample(boolean fire, String text, List<Span> spans, String source, int line) {

    /** A span {@code [start, end)} of an example's text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        /** The span's characters in {@code text}. */
        public String of(String text) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return "[" + start + "," + end + ")";
        }
    }

    public RuleExample {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        if (!fire && !spans.isEmpty()) {
            throw new IllegalArgumentException("a pass example has no marked spans");
        }
    }

    /** A text the rule must fire on; {@code [[...]]} marks where (no marks: anywhere). */
    public static RuleExample fires(String marked) {
        Marked m = unmark(marked);
        return new RuleExample(true, m.text(), m.spans(), null, 0);
    }

    /** A text the rule must not fire on. {@code [[} is not allowed: pass examples mark nothing. */
    public static RuleExample passes(String text) {
        Marked m = unmark(text);
        if (!m.spans().isEmpty()) {
            throw new IllegalArgumentException("a pass example cannot mark a span: " + text);
        }
        return new RuleExample(false, m.text(), List.of(), null, 0);
    }

    /** The example written back with its spans marked, for messages. */
    public String marked() {
        StringBuilder sb = new StringBuilder(text.length() + 4 * spans.size());
        int pos = 0;
        for (Span s : spans) {
            sb.append(text, pos, s.start()).append("[[").append(text, s.start(), s.end()).append("]]");
            pos = s.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** Where the example was written, {@code file:line}, or {@code null} when unknown. */
    public String where() {
        if (source == null) {
            return null;
        }
        return line > 0 ? source + ":" + line : source;
    }

    /** A text with its {@code [[...]]} marks removed, and the spans they marked. */
    public record Marked(String text, List<Span> spans) {}

    /**
     * Removes {@code [[...]]} marks. Marks do not nest and must close; {@code [[]]} (an empty mark)
     * is an error.
     *
     * @throws IllegalArgumentException naming the character index of the problem
     */
    public static Marked unmark(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        List<Span> spans = new ArrayList<>();
        int open = -1;
        int openAt = -1;
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("[[", i)) {
                if (open >= 0) {
                    throw new IllegalArgumentException("'[[' at index " + i + " inside the mark opened at index "
                            + openAt + " (marks do not nest)");
                }
                open = out.length();
                openAt = i;
                i += 2;
            } else if (marked.startsWith("]]", i) && open >= 0) {
                if (out.length() == open) {
                    throw new IllegalArgumentException("empty mark '[[]]' at index " + openAt);
                }
                spans.add(new Span(open, out.length()));
                open = -1;
                i += 2;
            } else {
                out.append(marked.charAt(i++));
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException("'[[' at index " + openAt + " is never closed with ']]'");
        }
        return new Marked(out.toString(), spans);
    }
}
