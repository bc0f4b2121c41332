package org.s2s4j.corpora.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics of one side of a corpus; lengths are in whitespace-separated tokens.
 *
 * @param file the file the lines came from
 * @param lines number of lines (empty ones included)
 * @param tokens number of tokens
 * @param types number of distinct tokens
 * @param lengthCounts {@code lengthCounts.get(n)} lines have {@code n} tokens; its last element is
 *     that of the longest line
 */
public record CorpusStats(String file, long lines, long tokens, long types,
    List<Long> lengthCounts) {

  /** Lines of {@code from} to {@code to} tokens (both inclusive). */
  public record Bin(int from, int to, long count) {}

  public CorpusStats {
    lengthCounts = List.copyOf(lengthCounts);
  }

  /** The longest line, in tokens (0 for an empty corpus). */
  public int maxLength() {
    return Math.max(0, lengthCounts.size() - 1);
  }

  /** Mean tokens per line (0 for an empty corpus). */
  public double meanLength() {
    return lines == 0 ? 0 : (double) tokens / lines;
  }

  /** The smallest length n such that at least a fraction {@code q} of the lines are no longer. */
  public int lengthQuantile(double q) {
    if (q < 0 || q > 1) {
      throw new IllegalArgumentException("q must be in [0, 1]: " + q);
    }
    long needed = (long) Math.ceil(q * lines);
    long seen = 0;
    for (int n = 0; n < lengthCounts.size(); n++) {
      seen += lengthCounts.get(n);
      if (seen >= needed) {
        return n;
      }
    }
    return maxLength();
  }

  /**
   * The length histogram in bins of {@code width} lengths: {@code 0}, then {@code 1..width},
   * {@code width+1..2·width}, ... up to the longest line; empty bins are kept.
   */
  public List<Bin> histogram(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1: " + width);
    }
    List<Bin> bins = new ArrayList<>();
    if (lengthCounts.isEmpty()) {
      return bins;
    }
    bins.add(new Bin(0, 0, lengthCounts.get(0)));
    for (int from = 1; from <= maxLength(); from += width) {
      int to = from + width - 1;
      long count = 0;
      for (int n = from; n <= Math.min(to, maxLength()); n++) {
        count += lengthCounts.get(n);
      }
      bins.add(new Bin(from, to, count));
    }
    return bins;
  }
}
