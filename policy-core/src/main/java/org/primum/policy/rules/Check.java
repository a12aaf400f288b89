package org.primum.policy.rules;

import java.util.List;
import java.util.Map;

/** What a declarative rule's kind does with a post: report hits. Implementations are immutable. */
interface Check {

    /**
     * A span the check found, in normalised-text offsets, with the values its message can use
     * (besides {@code match}) and the reasons it fired. {@code stopped} marks a check that gave up
     * (a pattern over its step limit): the rule reports that instead of its own message.
     */
    record Hit(int start, int end, Map<String, String> values, List<String> reasons, boolean stopped) {
        Hit(int start, int end, Map<String, String> values, List<String> reasons) {
            this(start, end, values, reasons, false);
        }
    }

    void run(PostView post, java.util.function.Consumer<Hit> out);

    /** Kind-specific settings, for {@code primum rules explain}. */
    Map<String, String> describe();
}
