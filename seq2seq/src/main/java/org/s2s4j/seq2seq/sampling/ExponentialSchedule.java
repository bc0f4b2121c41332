package org.s2s4j.seq2seq.sampling;

/** Exponential decay: eps_i = k^i with {@code 0 < k < 1} (Bengio et al., 2015). */
public record ExponentialSchedule(double k) implements SamplingSchedule {

  /** Validates {@code 0 < k < 1}. */
  public ExponentialSchedule {
    if (!(k > 0 && k < 1)) {
      throw new IllegalArgumentException("exponential schedule: k must be in (0, 1), got " + k);
    }
  }

  @Override
  public double epsilon(long i) {
    return Math.pow(k, i);
  }
}
