package org.s2s4j.corpora.io;

import java.util.Iterator;

/**
 * An iterator over a resource (usually open files) that must be closed.
 *
 * <p>Input problems found while iterating surface as {@link java.io.UncheckedIOException} whose
 * cause is an {@link InputFormatException} naming the file and line.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

  /** Releases the resource; never throws a checked exception. */
  @Override
  void close();
}
