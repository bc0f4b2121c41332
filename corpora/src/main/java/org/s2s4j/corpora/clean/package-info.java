/**
 * Filtered copies of parallel corpora: {@link org.s2s4j.corpora.clean.ParallelCleaner} drops pairs
 * by the {@link org.s2s4j.corpora.clean.CleaningRules} and counts what each rule removed.
 */
package org.s2s4j.corpora.clean;
