package org.s2s4j.seq2seq.train;

/** The parameter update rule. */
public enum OptimizerKind {
  ADAM,
  SGD
}
