package org.s2s4j.corpora.check;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ParallelChecker} found: the line count of each file, how many problems of each
 * kind (every kind present, zero when none), and the first problems in file order.
 */
public record CheckReport(String source, String target, long sourceLines, long targetLines,
    Map<Problem.Kind, Long> counts, List<Problem> problems) {

  public CheckReport {
    counts = Map.copyOf(counts);
    problems = List.copyOf(problems);
  }

  /** Problems of every kind, including those not listed in {@link #problems()}. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** True when nothing is wrong. */
  public boolean ok() {
    return total() == 0;
  }
}
