package org.s2s4j.seq2seq.train;

/** The dev metric that picks the best checkpoint, decays the learning rate and stops early. */
public enum StopMetric {
  /** Corpus BLEU of greedy decoding (higher is better). */
  BLEU,
  /** Teacher-forced perplexity (lower is better). */
  PERPLEXITY;

  /** True if {@code a} is strictly better than {@code b}. */
  public boolean better(double a, double b) {
    return this == BLEU ? a > b : a < b;
  }
}
