package org.s2s4j.corpora.stats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Collects {@link CorpusStats} line by line. Memory grows with the vocabulary (the set of distinct
 * tokens), not with the number of lines. Not thread-safe.
 */
public final class StatsCollector {

  private final String file;
  private final Set<String> types = new HashSet<>();
  private long[] lengthCounts = new long[64];
  private int maxLength = -1;
  private long lines;
  private long tokens;

  public StatsCollector(String file) {
    this.file = file;
  }

  /** Reads every line of {@code file} ({@code .gz} transparent); {@code progress} gets lines read. */
  public static CorpusStats of(Path file, LongConsumer progress) throws IOException {
    StatsCollector collector = new StatsCollector(file.toString());
    try (Utf8LineReader in = Utf8LineReader.open(file)) {
      for (String line; (line = in.readLine()) != null; ) {
        collector.add(line);
        if (in.lineNumber() % 10_000 == 0) {
          progress.accept(in.lineNumber());
        }
      }
      progress.accept(in.lineNumber());
    }
    return collector.stats();
  }

  /** Counts one line. */
  public void add(String line) {
    List<String> lineTokens = WhitespaceTokenizer.split(line);
    types.addAll(lineTokens);
    int length = lineTokens.size();
    if (length >= lengthCounts.length) {
      lengthCounts = Arrays.copyOf(lengthCounts, Math.max(length + 1, 2 * lengthCounts.length));
    }
    lengthCounts[length]++;
    maxLength = Math.max(maxLength, length);
    lines++;
    tokens += length;
  }

  /** The statistics of the lines added so far. */
  public CorpusStats stats() {
    List<Long> counts = new ArrayList<>(maxLength + 1);
    for (int n = 0; n <= maxLength; n++) {
      counts.add(lengthCounts[n]);
    }
    return new CorpusStats(file, lines, tokens, types.size(), counts);
  }
}
