package org.s2s4j.seq2seq.sampling;

/** Linear decay: eps_i = max(eps_min, k - c * i), capped at 1 (Bengio et al., 2015). */
public record LinearSchedule(double k, double c, double epsMin) implements SamplingSchedule {

  /** Validates {@code 0 <= k <= 1}, {@code c >= 0} and {@code 0 <= epsMin <= 1}. */
  public LinearSchedule {
    Checks.probability("k", k);
    Checks.probability("eps_min", epsMin);
    if (!(c >= 0) || Double.isInfinite(c)) {
      throw new IllegalArgumentException("linear schedule: c must be a finite number >= 0, got " + c);
    }
  }

  @Override
  public double epsilon(long i) {
    return Math.min(1.0, Math.max(epsMin, k - c * i));
  }
}
