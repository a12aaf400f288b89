package org.primum.examples.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.primum.cli.report.DraftJson;
import org.primum.cli.report.JsonReport;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;

/**
 * Checks posts (one JSON object per element, as in a JSONL queue: {@code id}, {@code text} and
 * optionally {@code replyTo}, {@code mentions}, ...) and routes each result by verdict: PASS to the
 * main output, WARN to {@link #NEEDS_REVIEW}, BLOCK to {@link #BLOCKED}, unreadable elements to
 * {@link #INVALID}. Results are the CLI's JSON result objects (no matched text, redacted text
 * included).
 *
 * <p>The function carries only the policy text across the wire; each parallel task builds its own
 * {@link PostChecker} once, in {@link #open}, and reuses it for every element.
 */
public final class CheckPosts extends ProcessFunction<String, String> {

    private static final long serialVersionUID = 1L;

    /** Posts a person should look at before publishing (verdict WARN). */
    public static final OutputTag<String> NEEDS_REVIEW = new OutputTag<>("needs-review", Types.STRING);
    /** Posts that must not be published as written (verdict BLOCK). */
    public static final OutputTag<String> BLOCKED = new OutputTag<>("blocked", Types.STRING);
    /** Elements that are not a post (bad JSON, no text): {@code {"error", "input"}}. */
    public static final OutputTag<String> INVALID = new OutputTag<>("invalid", Types.STRING);

    /** Accumulator names: how many posts went each way, and how many checkers were built. */
    public static final String ALLOWED_COUNT = "allowed";
    public static final String REVIEW_COUNT = "needs-review";
    public static final String BLOCKED_COUNT = "blocked";
    public static final String INVALID_COUNT = "invalid";
    public static final String CHECKERS_BUILT = "checkers-built";

    private final String policyText;
    private final String policyName;

    private transient PostChecker checker;
    private transient IntCounter allowed;
    private transient IntCounter review;
    private transient IntCounter blocked;
    private transient IntCounter invalid;

    /**
     * @param policyText the policy file's content (YAML or JSON), or {@code null} for the default policy
     * @param policyName the policy's name in error messages (e.g. its file name)
     */
    public CheckPosts(String policyText, String policyName) {
        this.policyText = policyText;
        this.policyName = policyName == null ? "policy" : policyName;
    }

    @Override
    public void open(OpenContext context) {
        Policy policy = policyText == null ? Policy.defaults() : Policy.parse(policyText, policyName);
        checker = PostChecker.builder().policy(policy).build();
        allowed = counter(ALLOWED_COUNT);
        review = counter(REVIEW_COUNT);
        blocked = counter(BLOCKED_COUNT);
        invalid = counter(INVALID_COUNT);
        counter(CHECKERS_BUILT).add(1);
    }

    private IntCounter counter(String name) {
        IntCounter c = new IntCounter();
        getRuntimeContext().addAccumulator(name, c);
        return c;
    }

    @Override
    public void processElement(String element, Context ctx, Collector<String> out) {
        if (element == null || element.isBlank()) {
            return;
        }
        JsonNode node;
        Draft draft;
        try {
            node = JsonReport.MAPPER.readTree(element);
            draft = DraftJson.read(node, "text");
        } catch (JsonProcessingException e) {
            reject(ctx, element, "malformed JSON: " + e.getOriginalMessage());
            return;
        } catch (IllegalArgumentException e) {
            reject(ctx, element, e.getMessage());
            return;
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? "" : idNode.asText();
        CheckResult result = checker.check(draft);
        String json = JsonReport.result(id, draft.text(), result, false).toString();
        switch (result.verdict()) {
            case PASS -> {
                allowed.add(1);
                out.collect(json);
            }
            case WARN -> {
                review.add(1);
                ctx.output(NEEDS_REVIEW, json);
            }
            case BLOCK -> {
                blocked.add(1);
                ctx.output(BLOCKED, json);
            }
        }
    }

    private void reject(Context ctx, String element, String error) {
        invalid.add(1);
        ObjectNode o = JsonReport.MAPPER.createObjectNode();
        o.put("error", error);
        o.put("input", element);
        ctx.output(INVALID, o.toString());
    }
}
