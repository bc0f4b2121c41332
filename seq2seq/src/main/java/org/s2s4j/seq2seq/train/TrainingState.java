package org.s2s4j.seq2seq.train;

import java.util.List;

/**
 * Everything besides parameters and optimizer moments that a resumed run needs to continue
 * exactly: data position, step count, schedules, early-stopping bookkeeping and history. Random
 * choices are derived from (seed, step), so the step count restores them.
 *
 * @param step global steps done
 * @param epoch current 1-based epoch
 * @param batchInEpoch batches of {@code epoch} already done
 * @param trainingMillis training wall time so far
 * @param learningRate warm-up/plateau state
 * @param bestMetric best dev metric (NaN before the first evaluation)
 * @param bestCheckpoint name of the best checkpoint ("" before the first evaluation)
 * @param evaluationsWithoutImprovement for early stopping
 * @param epochLossSum sum of per-step losses in the current epoch
 * @param epochTokens target tokens trained in the current epoch
 * @param epochMillis training time in the current epoch
 * @param history one record per evaluation
 * @param finished true once a stopping rule ended the run
 * @param stopReason why it ended ("" while running)
 */
public record TrainingState(long step, int epoch, int batchInEpoch, long trainingMillis,
    LearningRate learningRate, double bestMetric, String bestCheckpoint, int evaluationsWithoutImprovement,
    double epochLossSum, long epochTokens, long epochMillis, List<EpochRecord> history, boolean finished,
    String stopReason) {

  /** The state before the first step. */
  public static TrainingState initial() {
    return new TrainingState(0, 1, 0, 0, LearningRate.initial(), Double.NaN, "", 0, 0, 0, 0, List.of(), false, "");
  }
}
