package org.s2s4j.seq2seq.sampling;

/**
 * The probability eps_i of feeding the gold previous token at training step (or epoch) {@code i}
 * in scheduled sampling (Bengio et al., 2015); with probability {@code 1 - eps_i} the model's own
 * prediction is fed instead. Implementations are immutable and thread-safe.
 */
public interface SamplingSchedule {

  /** eps_i in [0, 1] for {@code i >= 0}. */
  double epsilon(long i);
}
