package org.primum.policy.spi;

import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.Severity;

/**
 * A check that answers one question about a post. Built-in and user rules implement this;
 * user rules are found with {@link java.util.ServiceLoader} or added to the checker's builder.
 *
 * <p>The rule says what it finds; the policy says how much it matters. Implementations must be
 * immutable and thread-safe: one instance checks many posts at once.
 */
public interface Rule {

    /** Stable id, lower case with dots, e.g. {@code phi.phone}. */
    String id();

    Category category();

    /** One line on what the rule finds. */
    String summary();

    /** Severity used when the policy does not set one. */
    default Severity defaultSeverity() {
        return Severity.BLOCK;
    }

    /** Reports every detection in {@code post} to {@code out}. */
    void check(Post post, Consumer<Detection> out);
}
