package org.s2s4j.evaluation.mt;

import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.Signature;

/**
 * A BLEU score with its statistics, as sacreBLEU's {@code BLEUScore}: matched n-gram counts and
 * totals per order, precisions (0–100), brevity penalty and lengths. Counts and totals are the
 * unsmoothed ones.
 */
public final class BleuScore implements MetricResult {

  private final double score;
  private final long[] counts;
  private final long[] totals;
  private final double[] precisions;
  private final double bp;
  private final long sysLen;
  private final long refLen;
  private final Signature signature;

  BleuScore(double score, long[] counts, long[] totals, double[] precisions, double bp,
      long sysLen, long refLen, Signature signature) {
    this.score = score;
    this.counts = counts.clone();
    this.totals = totals.clone();
    this.precisions = precisions.clone();
    this.bp = bp;
    this.sysLen = sysLen;
    this.refLen = refLen;
    this.signature = signature;
  }

  @Override
  public String name() {
    return "BLEU";
  }

  @Override
  public double score() {
    return score;
  }

  /** Matched n-grams per order (1-based order at index order-1). */
  public long[] counts() {
    return counts.clone();
  }

  /** Hypothesis n-grams per order. */
  public long[] totals() {
    return totals.clone();
  }

  /** n-gram precisions per order, 0–100 (smoothed where the method says so). */
  public double[] precisions() {
    return precisions.clone();
  }

  /** The brevity penalty. */
  public double bp() {
    return bp;
  }

  /** Total hypothesis length in tokens. */
  public long sysLen() {
    return sysLen;
  }

  /** Total effective reference length (closest reference per segment, shorter on ties). */
  public long refLen() {
    return refLen;
  }

  /** The hypothesis/reference length ratio (0 when the reference length is 0). */
  public double ratio() {
    return refLen == 0 ? 0 : (double) sysLen / refLen;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  /** The statistics after the score, as sacreBLEU prints them: {@code 57.9/31.9/... (BP = ...)}. */
  public String verbose() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < precisions.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(PyFormat.fixed(precisions[i], 1));
    }
    return sb.append(" (BP = ").append(PyFormat.fixed(bp, 3))
        .append(" ratio = ").append(PyFormat.fixed(ratio(), 3))
        .append(" hyp_len = ").append(sysLen)
        .append(" ref_len = ").append(refLen).append(')').toString();
  }

  /** {@code BLEU = 26.08 57.9/31.9/19.7/12.7 (BP = 1.000 ratio = 1.023 ...)}. */
  @Override
  public String toString() {
    return "BLEU = " + PyFormat.fixed(score, 2) + " " + verbose();
  }
}
