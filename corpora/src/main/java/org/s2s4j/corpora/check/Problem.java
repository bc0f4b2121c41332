package org.s2s4j.corpora.check;

/**
 * One problem in a corpus file, printed as {@code FILE:LINE: message} ({@code FILE: message} when
 * {@code line} is 0).
 */
public record Problem(Kind kind, String file, long line, String message) {

  /** What is wrong. */
  public enum Kind {
    /** The two files do not have the same number of lines. */
    LINE_COUNT,
    /** A line is not valid UTF-8. */
    INVALID_UTF8,
    /** A line has no tokens. */
    EMPTY,
    /** A line has more tokens than the limit. */
    TOO_LONG
  }

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }
}
