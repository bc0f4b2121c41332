package org.s2s4j.seq2seq.train;

/** The dev metric that picks the best checkpoint, decays the learning rate and stops early. */
public enum StopMetric {
  /** Corpus BLEU of greedy decoding (higher is better). */
  BLEU,
  /** Teacher-forced perplexity (lower is better). */
  PERPLEXITY,
  /** CIDEr-D of the dev images' decoded captions (captioning runs; higher is better). */
  CIDER;

  /** True if {@code a} is strictly better than {@code b}. */
  public boolean better(double a, double b) {
    return this == PERPLEXITY ? a < b : a > b;
  }
}
