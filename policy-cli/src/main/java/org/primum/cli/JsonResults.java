package org.primum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.primum.cli.report.JsonReport;
import org.primum.cli.report.ReportedPost;
import org.primum.policy.CheckResult;

/**
 * The machine-readable form of a check result, shared by {@code --format json} and {@code jsonl};
 * the public form is {@link JsonReport}, which the example service uses too.
 */
final class JsonResults {

    static final ObjectMapper MAPPER = JsonReport.MAPPER;

    private JsonResults() {}

    /** See {@link JsonReport#result(ReportedPost, boolean)}. */
    static ObjectNode result(String id, String text, CheckResult r, boolean showMatches) {
        return JsonReport.result(id, text, r, showMatches);
    }

    static ObjectNode result(ReportedPost post, boolean showMatches) {
        return JsonReport.result(post, showMatches);
    }
}
