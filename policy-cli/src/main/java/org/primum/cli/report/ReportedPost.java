package org.primum.cli.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.primum.policy.CheckResult;
import org.primum.policy.Finding;

/**
 * One checked post as the reports see it: its id, its text, the result, and, when it was read
 * from a file, where the post and each of its findings sit in that file.
 *
 * @param id the post's id (a JSON or CSV id, or where the post came from)
 * @param text the text that was checked; finding offsets index into it
 * @param result the check result
 * @param path the file as the user named it (for people), or {@code null} when not from a file
 * @param uri the file as a URI reference relative to the report's base directory (for SARIF), or {@code null}
 * @param postRegion where the post's text sits in the file, or {@code null}
 * @param regions where each finding sits in the file, in the order of {@code result.findings()};
 *     empty when the post is not from a file
 */
public record ReportedPost(String id, String text, CheckResult result, String path, String uri, Region postRegion,
        List<Region> regions) {

    public ReportedPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(result, "result");
        regions = List.copyOf(regions);
        if (!regions.isEmpty() && regions.size() != result.findings().size()) {
            throw new IllegalArgumentException(regions.size() + " regions for " + result.findings().size() + " findings");
        }
    }

    /** A post that was not read from a file (typed text, standard input, an HTTP request). */
    public static ReportedPost of(String id, String text, CheckResult result) {
        return new ReportedPost(id, text, result, null, null, null, List.of());
    }

    /** Where the {@code index}-th finding sits in the file, if the post came from one. */
    public Optional<Region> region(int index) {
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(index));
    }

    /** {@code path:line:column} of a finding, or {@code null} when the post is not from a file. */
    public String where(int findingIndex) {
        return path == null || regions.isEmpty() ? null : path + ":" + regions.get(findingIndex).start();
    }

    /** {@code path:line} of the post, or {@code null} when the post is not from a file. */
    public String where() {
        if (path == null) {
            return null;
        }
        return postRegion == null ? path : path + ":" + postRegion.startLine();
    }

    /** The matched text of a finding (for reports that were asked to show it). */
    public String matched(Finding f) {
        return f.end() <= text.length() ? f.matchedText(text) : "";
    }
}
