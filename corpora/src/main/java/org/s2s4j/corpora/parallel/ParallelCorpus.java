package org.s2s4j.corpora.parallel;

import java.io.IOException;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * A parallel corpus that can be streamed any number of times, one pair at a time, in file order.
 * Problems found while streaming surface as {@link java.io.UncheckedIOException} wrapping an
 * {@link org.s2s4j.corpora.io.InputFormatException} that names the file and line.
 */
@FunctionalInterface
public interface ParallelCorpus {

  /** Opens a fresh stream from the first pair. */
  CloseableIterator<SentencePair> open() throws IOException;
}
