/**
 * Benchmarks of the translation metrics: JMH throughput of the in-process scorers
 * ({@link org.s2s4j.bench.evaluation.TranslationMetricsBenchmark}) and whole runs of
 * {@code s2s score bleu} on 100,000 lines ({@code bench/evaluation/score-bleu-100k.sh}). Results
 * are recorded in {@code docs/benchmarks.md}.
 */
package org.s2s4j.bench.evaluation;
