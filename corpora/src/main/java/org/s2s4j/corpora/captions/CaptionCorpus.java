package org.s2s4j.corpora.captions;

import java.io.IOException;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * A caption dataset that can be streamed any number of times in file order. Problems found while
 * streaming surface as {@link java.io.UncheckedIOException} wrapping an
 * {@link org.s2s4j.corpora.io.InputFormatException} that names the file and line.
 */
@FunctionalInterface
public interface CaptionCorpus {

  /** Opens a fresh stream from the first caption. */
  CloseableIterator<Caption> open() throws IOException;
}
