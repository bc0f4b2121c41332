/** Load test of {@code s2s serve} over loopback. */
package org.s2s4j.bench.serve;
