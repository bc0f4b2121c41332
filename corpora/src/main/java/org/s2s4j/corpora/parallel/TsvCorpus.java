package org.s2s4j.corpora.parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * A parallel corpus as one UTF-8 (optionally gzip-compressed) file of tab-separated columns, one
 * pair per line. Columns are numbered from 1; fields are taken as they are (no quoting or
 * escapes), so a field cannot hold a tab. A line with too few columns is an error naming it.
 */
public final class TsvCorpus implements ParallelCorpus {

  private final Path file;
  private final int sourceColumn;
  private final int targetColumn;

  /** Source in column {@code sourceColumn}, target in {@code targetColumn} (1-based, distinct). */
  public TsvCorpus(Path file, int sourceColumn, int targetColumn) {
    if (sourceColumn < 1 || targetColumn < 1 || sourceColumn == targetColumn) {
      throw new IllegalArgumentException("columns must be distinct and >= 1: " + sourceColumn
          + ", " + targetColumn);
    }
    this.file = Objects.requireNonNull(file, "file");
    this.sourceColumn = sourceColumn;
    this.targetColumn = targetColumn;
  }

  /** Source in column 1, target in column 2. */
  public TsvCorpus(Path file) {
    this(file, 1, 2);
  }

  @Override
  public CloseableIterator<SentencePair> open() throws IOException {
    Utf8LineReader in = Utf8LineReader.open(file);
    int needed = Math.max(sourceColumn, targetColumn);
    return new LineIterator() {
      @Override
      SentencePair read() throws IOException {
        String line = in.readLine();
        if (line == null) {
          return null;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < needed) {
          throw new InputFormatException(in.source(), in.lineNumber(), "expected at least "
              + needed + " tab-separated columns, found " + fields.length);
        }
        return new SentencePair(in.lineNumber(), fields[sourceColumn - 1], fields[targetColumn - 1]);
      }

      @Override
      void closeInputs() throws IOException {
        in.close();
      }
    };
  }
}
