package org.s2s4j.seq2seq.sampling;

/** eps_i = eps for every i; {@code new ConstantSchedule(1.0)} is plain teacher forcing. */
public record ConstantSchedule(double eps) implements SamplingSchedule {

  /** Validates {@code 0 <= eps <= 1}. */
  public ConstantSchedule {
    Checks.probability("eps", eps);
  }

  @Override
  public double epsilon(long i) {
    return eps;
  }
}
