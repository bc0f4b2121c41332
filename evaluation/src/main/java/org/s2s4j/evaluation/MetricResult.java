package org.s2s4j.evaluation;

/** A metric's value together with the signature that makes it reproducible. */
public interface MetricResult {

  /** The metric's display name, e.g. {@code BLEU}, {@code chrF2++}, {@code TER}. */
  String name();

  /** The score on the metric's own scale (0–100 for the translation metrics). */
  double score();

  /** The reproducibility signature, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|...}. */
  Signature signature();
}
