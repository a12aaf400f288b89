package org.primum.examples;

import java.io.PrintStream;
import java.util.List;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.PostChecker;

/**
 * The smallest useful integration: a scheduling or social app builds one checker at start-up,
 * shares it across request threads, and checks each draft before it is queued for publishing.
 *
 * <p>Run: {@code mvn -q -pl policy-examples -am package -DskipTests && java -cp
 * "policy-examples/target/classes:policy-cli/target/primum.jar" org.primum.examples.EmbedChecker}
 */
public final class EmbedChecker {

    private final PostChecker checker = PostChecker.withDefaults(); // build once: immutable, thread-safe

    /** What the app does before queuing a post: publish, ask for review, or refuse with reasons. */
    public String decide(Draft draft, PrintStream log) {
        CheckResult result = checker.check(draft);
        for (Finding f : result.findings()) {
            log.printf("  %-5s %-22s %s%n", f.severity(), f.ruleId(), f.message());
            f.suggestedFix().ifPresent(fix -> log.printf("        fix: %s%n", fix));
        }
        return switch (result.verdict()) {
            case PASS -> "queued for publishing";
            case WARN -> "held for review: " + result.redactedText();
            case BLOCK -> "refused; a safe version would read: " + result.redactedText();
        };
    }

    public static void main(String[] args) {
        EmbedChecker app = new EmbedChecker();
        List<Draft> drafts = List.of(
                Draft.of("Dr. Ana Ruiz presents our trial at #ASH2026 on Dec 7. Come say hi!"),
                Draft.of("Saw Ana Ruiz (DOB 3/4/61) in clinic today, call her back at 312-555-0148"),
                Draft.builder("stop your statin and take 81 mg aspirin instead").replyTo("@kay_runs").build());
        for (Draft d : drafts) {
            System.out.println(d.text());
            System.out.println("  -> " + app.decide(d, System.out));
        }
    }
}
