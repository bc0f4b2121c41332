package org.s2s4j.evaluation.mt;

import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.Signature;

/** A chrF score (0–100) named as sacreBLEU names it: {@code chrF2}, {@code chrF2++}. */
public record ChrfScore(String name, double score, Signature signature) implements MetricResult {

  /** {@code chrF2 = 55.76}. */
  @Override
  public String toString() {
    return name + " = " + PyFormat.fixed(score, 2);
  }
}
