package org.s2s4j.evaluation;

import java.util.List;

/**
 * A corpus metric split into two steps: sufficient statistics per segment, then one reduction of
 * their sums to a score. Corpus scores, sentence scores and resampling tests all reuse the first
 * step.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <R> the result type
 */
public interface Metric<R extends MetricResult> {

  /**
   * The statistics of every segment: row {@code i} belongs to {@code hypotheses.get(i)}.
   *
   * @param referenceStreams one list per reference stream, each as long as {@code hypotheses}
   * @throws IllegalArgumentException if the streams differ in length or there is none
   */
  double[][] segmentStatistics(List<String> hypotheses, List<List<String>> referenceStreams);

  /** The result for statistics already summed over the segments of interest. */
  R scoreOf(double[] summedStatistics, int referenceCount);

  /**
   * The score of statistics that were cast to 32-bit floats and summed in that precision, the
   * way sacreBLEU scores its bootstrap resamples (only the score, for speed).
   */
  double scoreOfFloat32(float[] summedStatistics);

  /**
   * Sums the statistics of all segments and reduces them to one corpus-level result.
   *
   * @throws IllegalArgumentException if there are no segments or the streams differ in length
   */
  default R corpusScore(List<String> hypotheses, List<List<String>> referenceStreams) {
    if (hypotheses.isEmpty()) {
      throw new IllegalArgumentException("no segments to score");
    }
    double[][] stats = segmentStatistics(hypotheses, referenceStreams);
    return scoreOf(Statistics.sum(stats), referenceStreams.size());
  }

  /** The score of one segment against its references. */
  default R sentenceScore(String hypothesis, List<String> references) {
    List<List<String>> streams = references.stream().map(List::of).toList();
    return scoreOf(segmentStatistics(List.of(hypothesis), streams)[0], references.size());
  }
}
