package org.primum.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;

/** Renders a checked post for failure messages: the text with findings marked, then the findings. */
final class Marked {

    private Marked() {}

    /**
     * The post and its findings, e.g. {@code Pt called from «312-555-0148»[phi.phone]} followed by
     * one line per finding. Without the text (only a result to hand), the redacted text is shown.
     */
    static String describe(CheckResult result, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append("verdict ").append(result.verdict()).append(", ").append(result.findings().size())
                .append(result.findings().size() == 1 ? " finding" : " findings").append('\n');
        if (text != null) {
            sb.append("post (findings marked «like this»[rule]):\n").append(indent(marked(text, result.findings())));
        } else {
            sb.append("redacted post (original text unknown; use assertThatPost(...) to see it):\n")
                    .append(indent(result.redactedText()));
        }
        for (Finding f : result.findings()) {
            sb.append("  ").append(String.format(Locale.ROOT, "%-5s", f.severity())).append(' ').append(f.ruleId())
                    .append(' ').append(f.type()).append(" [").append(f.start()).append(',').append(f.end())
                    .append(')');
            if (text != null && f.end() <= text.length()) {
                sb.append(" \"").append(f.matchedText(text)).append('"');
            }
            sb.append(String.format(Locale.ROOT, " confidence %.2f: ", f.confidence())).append(f.message())
                    .append('\n');
        }
        for (String note : result.notes()) {
            sb.append("  note: ").append(note).append('\n');
        }
        return sb.toString();
    }

    /** {@code text} with each finding wrapped in {@code «»} and followed by its rule id; nested findings are listed, not marked. */
    static String marked(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder sb = new StringBuilder(text.length() + findings.size() * 24);
        int pos = 0;
        for (Finding f : sorted) {
            if (f.start() < pos || f.end() > text.length() || f.end() == f.start()) {
                continue;
            }
            sb.append(text, pos, f.start()).append('«').append(text, f.start(), f.end()).append("»[")
                    .append(f.ruleId()).append(']');
            pos = f.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\r\n|\r|\n", -1)) {
            sb.append("  | ").append(line).append('\n');
        }
        return sb.toString();
    }
}
