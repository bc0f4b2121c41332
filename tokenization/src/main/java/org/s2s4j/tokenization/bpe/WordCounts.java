package org.s2s4j.tokenization.bpe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts words as learn-bpe reads them: each line is stripped of {@code "\r\n "} and split at
 * single spaces, and empty strings are skipped (so a tab or a no-break space stays inside a word).
 * Not thread-safe.
 */
public final class WordCounts {

  private final Map<String, Long> counts = new LinkedHashMap<>();

  /** Counts the words of one line. */
  public void addLine(String line) {
    for (String word : PyText.words(line)) {
      counts.merge(word, 1L, Long::sum);
    }
  }

  /** Word → count, in order of first occurrence (a read-only view). */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
