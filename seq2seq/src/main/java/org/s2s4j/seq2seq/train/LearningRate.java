package org.s2s4j.seq2seq.train;

/**
 * Linear warm-up to the peak rate, then decay by a factor whenever the dev metric has not improved
 * for {@code decayPatience} evaluations, never below the minimum. Immutable: each method returns
 * the next state, which is what checkpoints record.
 *
 * @param scale current multiplier of the peak rate after decays
 * @param best best dev metric so far (NaN before the first evaluation)
 * @param badEvaluations evaluations since the last improvement or decay
 */
public record LearningRate(double scale, double best, int badEvaluations) {

  /** The state at the start of training. */
  public static LearningRate initial() {
    return new LearningRate(1.0, Double.NaN, 0);
  }

  /** The learning rate for 0-based step {@code step}. */
  public float at(long step, TrainingOptions o) {
    double warm = o.warmupSteps() == 0 ? 1.0 : Math.min(1.0, (step + 1.0) / o.warmupSteps());
    return (float) Math.max(o.minLearningRate(), o.learningRate() * scale * warm);
  }

  /** The state after a dev evaluation that gave {@code metric}. */
  public LearningRate afterEvaluation(double metric, TrainingOptions o) {
    if (Double.isNaN(best) || o.stopMetric().better(metric, best)) {
      return new LearningRate(scale, metric, 0);
    }
    if (badEvaluations + 1 >= o.decayPatience()) {
      return new LearningRate(scale * o.decayFactor(), best, 0);
    }
    return new LearningRate(scale, best, badEvaluations + 1);
  }
}
