package org.s2s4j.decoding.corpus;

import java.io.IOException;

/** Where {@link CorpusDecoder} writes output lines, in input order. */
public interface LineSink {

  /** Writes {@code text} and a newline. */
  void writeLine(String text) throws IOException;

  /** Everything written so far covers the first {@code lines} input lines: make it durable. */
  void checkpoint(long lines) throws IOException;
}
