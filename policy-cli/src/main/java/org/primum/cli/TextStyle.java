package org.primum.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.primum.policy.Finding;
import org.primum.policy.Severity;
import org.primum.policy.Verdict;

/** Text output for people: findings marked inline, with ANSI colour only when asked for. */
final class TextStyle {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";

    private final boolean ansi;

    TextStyle(boolean ansi) {
        this.ansi = ansi;
    }

    private String paint(String color, String s) {
        return ansi ? color + s + RESET : s;
    }

    String bold(String s) {
        return paint(BOLD, s);
    }

    String dim(String s) {
        return paint(DIM, s);
    }

    String severity(Severity s) {
        return paint(color(s), String.format(Locale.ROOT, "%-5s", s.name()));
    }

    String verdict(Verdict v) {
        return paint(BOLD + switch (v) {
            case PASS -> GREEN;
            case WARN -> YELLOW;
            case BLOCK -> RED;
        }, v.name());
    }

    private static String color(Severity s) {
        return switch (s) {
            case BLOCK -> RED;
            case WARN -> YELLOW;
            case INFO -> CYAN;
        };
    }

    /**
     * The text with findings marked: {@code «312-555-0148»[PHONE]}, or coloured with ANSI. Findings
     * that cover the whole text or overlap an earlier mark are not marked (they are still listed).
     */
    String marked(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder sb = new StringBuilder(text.length() + 16 * findings.size());
        int pos = 0;
        for (Finding f : sorted) {
            boolean whole = f.start() == 0 && f.end() >= text.length();
            if (whole || f.start() < pos || f.end() > text.length() || f.length() == 0) {
                continue;
            }
            sb.append(text, pos, f.start());
            String span = text.substring(f.start(), f.end());
            if (ansi) {
                sb.append(color(f.severity())).append(BOLD).append(span).append(RESET)
                        .append(DIM).append('[').append(f.type().name()).append(']').append(RESET);
            } else {
                sb.append('«').append(span).append("»[").append(f.type().name()).append(']');
            }
            pos = f.end();
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }

    /** {@code text} with every line indented by {@code indent}. */
    static String indent(String text, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            sb.append(indent).append(line).append('\n');
        }
        return sb.toString();
    }

    static String confidence(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }
}
