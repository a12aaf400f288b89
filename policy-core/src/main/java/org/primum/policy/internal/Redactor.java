package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primum.policy.Finding;
import org.primum.policy.FindingType;
import org.primum.policy.Redaction;
import org.primum.policy.Severity;

/** Replaces identifier spans at WARN or above with {@code [TYPE]} or a mask; the rest stays intact. */
final class Redactor {

    private static final char MASK = '\u2588';

    private Redactor() {}

    static String redact(String text, List<Finding> findings, Redaction mode) {
        List<Finding> spans = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO && f.length() > 0 && redactable(f.type()) && f.end() <= text.length()) {
                spans.add(f);
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.comparingInt(Finding::start));
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : spans) {
            if (f.start() < pos) {
                continue;
            }
            sb.append(text, pos, f.start());
            if (mode == Redaction.MASK) {
                int cps = text.codePointCount(f.start(), f.end());
                sb.append(String.valueOf(MASK).repeat(cps));
            } else {
                sb.append('[').append(f.type().name()).append(']');
            }
            pos = f.end();
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }

    private static boolean redactable(FindingType type) {
        return type.isIdentifier() || type == FindingType.CUSTOM;
    }
}
