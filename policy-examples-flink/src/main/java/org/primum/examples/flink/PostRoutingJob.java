package org.primum.examples.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;

/**
 * A Flink job that checks a stream of posts and routes them to allowed, needs-review and blocked
 * sinks (plus invalid, for elements that are not posts).
 *
 * <pre>
 * --input PATH        JSONL file or directory of them (one post per line: id, text, replyTo, ...)
 * --generate N        or: N generated posts (a repeatable mix of clean, PHI and advice posts)
 * --output DIR        write DIR/allowed, DIR/needs-review, DIR/blocked, DIR/invalid (JSONL part files);
 *                     without it, results are printed
 * --policy FILE       policy (YAML or JSON) read where the job is submitted; default: the shipped policy
 * --parallelism N     parallel checker tasks (default: the environment's)
 * --watch SECONDS     keep watching --input for new files (an unbounded stream; checkpoints every 10 s)
 * </pre>
 *
 * <p>Run it embedded (a local mini cluster in one JVM):
 * {@code mvn -q -pl policy-examples-flink exec:java -Dexec.args="--generate 1000 --output /tmp/routed"};
 * on a cluster the same jar runs unchanged:
 * {@code flink run policy-examples-flink/target/primum-flink-job.jar --input s3://bucket/queue/ --output s3://bucket/routed/}.
 */
public final class PostRoutingJob {

    /** The four routed streams; {@code allowed} is the checker's main output. */
    public record Routes(DataStream<String> allowed, DataStream<String> needsReview, DataStream<String> blocked,
            DataStream<String> invalid) {

        /** Route name (allowed, needs-review, blocked, invalid) to stream, in that order. */
        public Map<String, DataStream<String>> byName() {
            Map<String, DataStream<String>> m = new LinkedHashMap<>();
            m.put(CheckPosts.ALLOWED_COUNT, allowed);
            m.put(CheckPosts.REVIEW_COUNT, needsReview);
            m.put(CheckPosts.BLOCKED_COUNT, blocked);
            m.put(CheckPosts.INVALID_COUNT, invalid);
            return m;
        }
    }

    /** Parsed command-line options. */
    public record Options(String input, long generate, String output, String policyFile, int parallelism,
            int watchSeconds) {

        public static Options parse(String... args) {
            String input = null;
            long generate = -1;
            String output = null;
            String policy = null;
            int parallelism = -1;
            int watch = 0;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    throw new IllegalArgumentException(USAGE);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
                }
                String v = args[++i];
                switch (a) {
                    case "--input" -> input = v;
                    case "--generate" -> generate = number(a, v);
                    case "--output" -> output = v;
                    case "--policy" -> policy = v;
                    case "--parallelism" -> parallelism = (int) number(a, v);
                    case "--watch" -> watch = (int) number(a, v);
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                }
            }
            if ((input == null) == (generate < 0)) {
                throw new IllegalArgumentException("give either --input or --generate\n" + USAGE);
            }
            if (watch > 0 && input == null) {
                throw new IllegalArgumentException("--watch needs --input\n" + USAGE);
            }
            return new Options(input, generate, output, policy, parallelism, watch);
        }

        private static long number(String option, String v) {
            try {
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": expected a whole number, got '" + v + "'");
            }
        }
    }

    static final String USAGE = """
            Usage: PostRoutingJob (--input PATH | --generate N) [--output DIR] [--policy FILE]
                                  [--parallelism N] [--watch SECONDS]""";

    private PostRoutingJob() {}

    /** Checks {@code posts} (JSON lines) with one checker per task and splits the results by verdict. */
    public static Routes route(DataStream<String> posts, String policyText, String policyName) {
        SingleOutputStreamOperator<String> checked = posts
                .process(new CheckPosts(policyText, policyName), Types.STRING)
                .name("check posts").uid("check-posts");
        return new Routes(checked, checked.getSideOutput(CheckPosts.NEEDS_REVIEW),
                checked.getSideOutput(CheckPosts.BLOCKED), checked.getSideOutput(CheckPosts.INVALID));
    }

    /** Builds the whole job on {@code env}: source, checking, routing and sinks. */
    public static void build(StreamExecutionEnvironment env, Options o) throws IOException {
        if (o.parallelism() > 0) {
            env.setParallelism(o.parallelism());
        }
        DataStream<String> posts;
        if (o.input() != null) {
            FileSource.FileSourceBuilder<String> source =
                    FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(o.input()));
            if (o.watchSeconds() > 0) {
                source.monitorContinuously(Duration.ofSeconds(o.watchSeconds()));
                env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
                env.enableCheckpointing(10_000); // the file sink commits its files on checkpoints
            } else {
                env.setRuntimeMode(RuntimeExecutionMode.BATCH);
            }
            posts = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "posts");
        } else {
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
            posts = env.fromSequence(0, o.generate() - 1).map(new SyntheticPosts()).returns(Types.STRING)
                    .name("generated posts");
        }
        String policyText = null;
        String policyName = null;
        if (o.policyFile() != null) {
            java.nio.file.Path p = java.nio.file.Path.of(o.policyFile());
            policyText = Files.readString(p, StandardCharsets.UTF_8);
            policyName = p.toString();
            org.primum.policy.Policy.parse(policyText, policyName); // fail at submission, not in the tasks
        }
        Routes routes = route(posts, policyText, policyName);
        for (Map.Entry<String, DataStream<String>> e : routes.byName().entrySet()) {
            if (o.output() != null) {
                FileSink<String> sink = FileSink
                        .forRowFormat(new Path(o.output(), e.getKey()), new SimpleStringEncoder<String>("UTF-8"))
                        .withBucketAssigner(new BasePathBucketAssigner<>()) // files directly under DIR/route
                        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("posts")
                                .withPartSuffix(".jsonl").build())
                        .build();
                e.getValue().sinkTo(sink).name(e.getKey() + " sink").uid(e.getKey() + "-sink");
            } else {
                e.getValue().print(e.getKey()).name(e.getKey() + " print").uid(e.getKey() + "-print");
            }
        }
    }

    /** Builds and runs the job; returns how many posts went each way. */
    public static Map<String, Integer> run(StreamExecutionEnvironment env, Options o) throws Exception {
        build(env, o);
        JobExecutionResult result = env.execute("primum: check and route posts");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : new String[] {CheckPosts.ALLOWED_COUNT, CheckPosts.REVIEW_COUNT, CheckPosts.BLOCKED_COUNT,
                CheckPosts.INVALID_COUNT, CheckPosts.CHECKERS_BUILT}) {
            Integer n = result.getAccumulatorResult(name);
            counts.put(name, n == null ? 0 : n);
        }
        return counts;
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // On a cluster ('flink run') this is the cluster's environment; elsewhere an embedded mini cluster.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Map<String, Integer> counts = run(env, o);
        if (o.watchSeconds() == 0) {
            StringBuilder sb = new StringBuilder("Routed:");
            counts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %d,", k, v)));
            System.out.println(sb.substring(0, sb.length() - 1) + (o.output() != null ? " (written under "
                    + o.output() + ")" : ""));
        }
    }
}
