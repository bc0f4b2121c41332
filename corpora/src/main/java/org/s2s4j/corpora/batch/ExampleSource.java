package org.s2s4j.corpora.batch;

import java.io.IOException;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * A corpus that can be streamed any number of times, in the same order every time.
 *
 * <p>Each {@link #open()} starts again at the first example, with indices 0, 1, 2, ...
 */
@FunctionalInterface
public interface ExampleSource {

  /** Opens a fresh stream over every example, in corpus order. */
  CloseableIterator<Example> open() throws IOException;
}
