/** Benchmarks of decoding: search and corpus decoding throughput, memory and resume. */
package org.s2s4j.bench.decoding;
