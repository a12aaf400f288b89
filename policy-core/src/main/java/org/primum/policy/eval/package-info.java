/**
 * Measuring a checker against a labelled corpus.
 *
 * <p>{@link org.primum.policy.eval.Corpus} reads JSON Lines posts whose PHI spans are marked
 * {@code [[TYPE:surface]]}; {@link org.primum.policy.eval.Evaluation} runs a
 * {@link org.primum.policy.PostChecker} over them and returns an
 * {@link org.primum.policy.eval.EvalReport} with recall, precision, false-alarm and throughput figures,
 * which renders itself as a text table or as JSON.
 *
 * <pre>{@code
 * List<LabelledPost> posts = Corpus.read(Path.of("dev.jsonl"));
 * EvalReport report = Evaluation.run(PostChecker.withDefaults(), posts);
 * System.out.println(report.toText());
 * }</pre>
 */
package org.primum.policy.eval;
