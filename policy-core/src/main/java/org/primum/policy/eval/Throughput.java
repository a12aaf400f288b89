package org.primum.policy.eval;

/**
 * How fast the checker ran: wall-clock time of one pass over the corpus, measured after a
 * warm-up pass so that class loading and JIT compilation are not counted.
 *
 * @param posts posts checked in the timed pass
 * @param nanos wall-clock nanoseconds of the timed pass
 */
public record Throughput(int posts, long nanos) {

    /** Posts per second, or 0 when nothing was timed. */
    public double postsPerSecond() {
        return nanos <= 0 ? 0 : posts / (nanos / 1e9);
    }

    /** Mean milliseconds per post, or 0 when nothing was checked. */
    public double millisPerPost() {
        return posts == 0 ? 0 : nanos / 1e6 / posts;
    }
}
