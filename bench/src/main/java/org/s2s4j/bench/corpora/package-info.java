/** Whole-run benchmarks of the corpora module (results in docs/benchmarks.md, section Corpora). */
package org.s2s4j.bench.corpora;
