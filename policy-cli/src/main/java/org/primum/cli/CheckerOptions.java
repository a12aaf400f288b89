package org.primum.cli;

import java.nio.file.Path;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;
import picocli.CommandLine.Option;

/** Options that choose how posts are checked: the policy and whether entity detectors run. */
final class CheckerOptions {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (YAML or JSON). Default: the policy shipped with primum.")
    Path policyFile;

    @Option(names = "--no-nlp", description = "Use pattern rules only: no entity detectors (faster, fewer names found).")
    boolean noNlp;

    /** The policy in force; a bad file throws a located {@link org.primum.policy.PolicyException}. */
    Policy policy() {
        return policyFile == null ? Policy.defaults() : Policy.load(policyFile);
    }

    /** A checker for the policy, with entity detectors unless {@code --no-nlp}. */
    PostChecker checker() {
        return checker(policy(), !noNlp);
    }

    static PostChecker checker(Policy policy, boolean detectors) {
        return PostChecker.builder().policy(policy).useEntityDetectors(detectors).build();
    }
}
