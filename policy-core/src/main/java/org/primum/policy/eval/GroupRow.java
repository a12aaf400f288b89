package org.primum.policy.eval;

/**
 * Verdict counts for one corpus group.
 *
 * @param group the group name
 * @param n posts in the group
 * @param blocked posts with verdict BLOCK
 * @param warned posts with verdict WARN
 * @param passed posts with verdict PASS
 */
public record GroupRow(String group, int n, int blocked, int warned, int passed) {}
