package org.s2s4j.corpora.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Input that cannot be used as it is: names the file, the 1-based line (0 when the problem is not
 * tied to one line) and the problem, as {@code FILE:LINE: problem}.
 */
public class InputFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /** @param source a file name, or {@code <stdin>} */
  public InputFormatException(String source, long line, String problem) {
    super((line > 0 ? source + ":" + line : source) + ": " + problem);
    this.source = source;
    this.line = line;
  }

  public InputFormatException(Path file, long line, String problem) {
    this(file.toString(), line, problem);
  }

  /** The file name, or {@code <stdin>}. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0. */
  public long line() {
    return line;
  }
}
