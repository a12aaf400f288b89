package org.primum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;

/** The machine-readable form of a check result, shared by {@code --format json} and {@code jsonl}. */
final class JsonResults {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResults() {}

    /**
     * {@code {"id", "verdict", "findings": [...], "redacted"}}. A finding has ruleId, category, type,
     * severity, start, end, message, confidence, then suggestion when it has one and the matched
     * text ({@code match}) only when {@code showMatches}: machine output lands in widely read CI
     * logs, so it does not echo identifiers unless asked to.
     */
    static ObjectNode result(String id, String text, CheckResult r, boolean showMatches) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("verdict", r.verdict().name());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode j = findings.addObject();
            j.put("ruleId", f.ruleId());
            j.put("category", f.category().name());
            j.put("type", f.type().name());
            j.put("severity", f.severity().name());
            j.put("start", f.start());
            j.put("end", f.end());
            j.put("message", f.message());
            j.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
            if (f.suggestion() != null) {
                j.put("suggestion", f.suggestion());
            }
            if (showMatches) {
                j.put("match", f.matchedText(text));
            }
        }
        o.put("redacted", r.redactedText());
        return o;
    }
}
