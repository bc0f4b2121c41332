package org.s2s4j.corpora.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.s2s4j.corpora.io.CloseableIterator;

/** Shared look-ahead logic of the line-based readers: subclasses compute the next pair or null. */
abstract class LineIterator implements CloseableIterator<SentencePair> {

  private SentencePair next;
  private boolean done;

  /** The next pair, or {@code null} at the end. */
  abstract SentencePair read() throws IOException;

  abstract void closeInputs() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final SentencePair next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SentencePair pair = next;
    next = null;
    return pair;
  }

  @Override
  public final void close() {
    try {
      closeInputs();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
