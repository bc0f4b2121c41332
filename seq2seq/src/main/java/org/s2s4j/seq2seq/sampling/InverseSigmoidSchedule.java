package org.s2s4j.seq2seq.sampling;

/** Inverse sigmoid decay: eps_i = k / (k + exp(i / k)) with {@code k >= 1} (Bengio et al., 2015). */
public record InverseSigmoidSchedule(double k) implements SamplingSchedule {

  /** Validates {@code k >= 1}. */
  public InverseSigmoidSchedule {
    if (!(k >= 1) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("inverse_sigmoid schedule: k must be a finite number >= 1, got " + k);
    }
  }

  @Override
  public double epsilon(long i) {
    double e = Math.exp(i / k);
    return Double.isInfinite(e) ? 0.0 : k / (k + e);
  }
}
