package org.s2s4j.decoding.corpus;

/**
 * What a corpus decoding run did.
 *
 * @param lines input lines in the output, resumed ones included
 * @param resumed lines that an earlier run had already written
 * @param empty empty input lines (written as empty output)
 * @param truncated lines longer than the limit, truncated before translation
 * @param sourceTokens source tokens translated in this run (after truncation)
 * @param seconds wall time of this run
 */
public record DecodeSummary(long lines, long resumed, long empty, long truncated,
    long sourceTokens, double seconds) {

  /** Lines translated per second in this run. */
  public double linesPerSecond() {
    return seconds > 0 ? (lines - resumed) / seconds : 0.0;
  }
}
