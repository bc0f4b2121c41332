/**
 * Benchmarks of the COCO captioning metrics: JMH throughput of tokenization and of each metric,
 * and the input files for timing {@code s2s score coco} as a whole process. Results are recorded
 * in {@code docs/benchmarks.md}.
 */
package org.s2s4j.bench.caption;
