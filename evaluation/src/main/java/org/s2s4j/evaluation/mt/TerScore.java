package org.s2s4j.evaluation.mt;

import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.Signature;

/**
 * A TER score (0–100, can exceed 100) with the total number of edits and the total average
 * reference length it divides them by.
 */
public record TerScore(double score, long numEdits, double refLength, Signature signature)
    implements MetricResult {

  @Override
  public String name() {
    return "TER";
  }

  /** {@code TER = 64.10}. */
  @Override
  public String toString() {
    return "TER = " + PyFormat.fixed(score, 2);
  }
}
