package org.primum.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;

/**
 * The machine-readable form of a check result: what {@code primum check --format json|jsonl}
 * prints for each post and what the example service answers.
 */
public final class JsonReport {

    /** A plain Jackson mapper; share it. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    /**
     * {@code {"id", "verdict", "findings": [...], "redacted"}}, with {@code "file"} after the id
     * and {@code "line"}/{@code "column"} in each finding when the post was read from a file, and
     * {@code "notes"} at the end when there are any. A finding has ruleId, category, type,
     * severity, start, end, message, confidence, then suggestion when it has one and the matched
     * text ({@code match}) only when {@code showMatches}: machine output lands in widely read logs,
     * so it does not echo identifiers unless asked to.
     */
    public static ObjectNode result(ReportedPost post, boolean showMatches) {
        CheckResult r = post.result();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", post.id());
        if (post.path() != null) {
            o.put("file", post.path());
        }
        o.put("verdict", r.verdict().name());
        ArrayNode findings = o.putArray("findings");
        List<Finding> list = r.findings();
        for (int i = 0; i < list.size(); i++) {
            Finding f = list.get(i);
            ObjectNode j = findings.addObject();
            j.put("ruleId", f.ruleId());
            j.put("category", f.category().name());
            j.put("type", f.type().name());
            j.put("severity", f.severity().name());
            j.put("start", f.start());
            j.put("end", f.end());
            int index = i;
            post.region(i).ifPresent(region -> {
                j.put("line", region.startLine());
                j.put("column", region.startColumn());
            });
            j.put("message", f.message());
            j.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
            if (f.suggestion() != null) {
                j.put("suggestion", f.suggestion());
            }
            if (showMatches) {
                j.put("match", post.matched(list.get(index)));
            }
        }
        o.put("redacted", r.redactedText());
        if (!r.notes().isEmpty()) {
            ArrayNode notes = o.putArray("notes");
            r.notes().forEach(notes::add);
        }
        return o;
    }

    /** The result of a post that was not read from a file. */
    public static ObjectNode result(String id, String text, CheckResult r, boolean showMatches) {
        return result(ReportedPost.of(id, text, r), showMatches);
    }
}
