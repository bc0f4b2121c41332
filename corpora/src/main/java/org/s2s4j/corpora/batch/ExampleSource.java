package org.s2s4j.corpora.batch;

import java.io.IOException;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * A corpus that can be streamed any number of times, in the same order every time.
 *
 * <p>Each {@link #open()} starts again at the first example, with indices 0, 1, 2, ...
 * {@link Batcher} opens each epoch with {@link #open(int)}, so a source may give different
 * examples in different epochs (for instance BPE-dropout, which segments every epoch afresh).
 */
@FunctionalInterface
public interface ExampleSource {

  /** Opens a fresh stream over every example, in corpus order. */
  CloseableIterator<Example> open() throws IOException;

  /**
   * Opens a fresh stream over every example of {@code epoch}, in corpus order. For sources whose
   * examples change per epoch, such as BPE-dropout; the same epoch must always give the same
   * examples, so that a resumed run replays it. By default every epoch is {@link #open()}.
   */
  default CloseableIterator<Example> open(int epoch) throws IOException {
    return open();
  }
}
