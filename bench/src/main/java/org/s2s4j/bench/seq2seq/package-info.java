/** Whole-run benchmarks of seq2seq training speed and memory; results in docs/benchmarks.md. */
package org.s2s4j.bench.seq2seq;
