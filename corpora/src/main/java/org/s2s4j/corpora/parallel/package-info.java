/**
 * Streaming readers of parallel corpora: two aligned text files or one TSV file, yielding
 * {@link org.s2s4j.corpora.parallel.SentencePair}s with their line numbers.
 */
package org.s2s4j.corpora.parallel;
