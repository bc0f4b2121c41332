/** Whole-run timings of tokenization and BPE on Multi30k (a plain main class, not JMH). */
package org.s2s4j.bench.tokenization;
