/**
 * Validation of parallel corpora: {@link org.s2s4j.corpora.check.ParallelChecker} reads two files
 * to the end and reports every problem (line counts, invalid UTF-8, empty and over-long lines).
 */
package org.s2s4j.corpora.check;
