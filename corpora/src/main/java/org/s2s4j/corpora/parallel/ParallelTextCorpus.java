package org.s2s4j.corpora.parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * A parallel corpus as two line-aligned UTF-8 files (each may be gzip-compressed): line i of the
 * source file translates to line i of the target file.
 *
 * <p>If one file ends first, the other is read to its end and the stream fails with both file names
 * and both line counts. Holds one line of each file at a time.
 */
public final class ParallelTextCorpus implements ParallelCorpus {

  private final Path source;
  private final Path target;

  public ParallelTextCorpus(Path source, Path target) {
    this.source = Objects.requireNonNull(source, "source");
    this.target = Objects.requireNonNull(target, "target");
  }

  public Path source() {
    return source;
  }

  public Path target() {
    return target;
  }

  @Override
  public CloseableIterator<SentencePair> open() throws IOException {
    Utf8LineReader src = Utf8LineReader.open(source);
    Utf8LineReader tgt;
    try {
      tgt = Utf8LineReader.open(target);
    } catch (IOException | RuntimeException e) {
      src.close();
      throw e;
    }
    return new LineIterator() {
      @Override
      SentencePair read() throws IOException {
        String s = src.readLine();
        String t = tgt.readLine();
        if (s != null && t != null) {
          return new SentencePair(src.lineNumber(), s, t);
        }
        if (s != null || t != null) {
          throw countMismatch(s != null ? src : tgt, s != null ? tgt : src);
        }
        return null;
      }

      @Override
      void closeInputs() throws IOException {
        try (src; tgt) {
          // closes both
        }
      }
    };
  }

  /** Reads {@code longer} to its end and names both files and both counts. */
  static InputFormatException countMismatch(Utf8LineReader longer, Utf8LineReader shorter)
      throws IOException {
    long firstUnpaired = longer.lineNumber();
    while (longer.readLine() != null) {
      // count the rest
    }
    return new InputFormatException(longer.source(), firstUnpaired,
        "line counts differ: " + longer.source() + " has " + longer.lineNumber() + " lines but "
            + shorter.source() + " has " + shorter.lineNumber());
  }
}
