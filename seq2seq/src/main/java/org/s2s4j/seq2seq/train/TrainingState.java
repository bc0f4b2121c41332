package org.s2s4j.seq2seq.train;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;
import org.s2s4j.corpora.batch.BatchPosition;

/**
 * Everything besides parameters and optimizer moments that a resumed run needs to continue
 * exactly: data position, step count, schedules, early-stopping bookkeeping and history. Random
 * choices are derived from (seed, step), so the step count restores them. Immutable; each method
 * returns the next state, which is what checkpoints record ({@code state.json}).
 *
 * @param step global steps done
 * @param epoch current 1-based epoch
 * @param batchInEpoch batches of {@code epoch} already done (with {@code epoch}, the batch source's
 *     position)
 * @param trainingMillis training wall time so far
 * @param learningRate warm-up/plateau state
 * @param bestMetric best dev metric (NaN before the first evaluation)
 * @param bestCheckpoint name of the best checkpoint ("" before the first evaluation)
 * @param evaluationsWithoutImprovement for early stopping
 * @param lossSum sum of per-token losses times tokens since the last evaluation
 * @param tokens target tokens trained since the last evaluation
 * @param millis training time since the last evaluation
 * @param batchesPerEpoch batches of the last completed epoch (0 before the first), for progress
 * @param history one record per evaluation
 * @param finished true once a stopping rule ended the run
 * @param stopReason why it ended ("" while running)
 */
public record TrainingState(long step, int epoch, int batchInEpoch, long trainingMillis,
    LearningRate learningRate, double bestMetric, String bestCheckpoint, int evaluationsWithoutImprovement,
    @JsonAlias("epochLossSum") double lossSum, @JsonAlias("epochTokens") long tokens,
    @JsonAlias("epochMillis") long millis, long batchesPerEpoch, List<EvaluationRecord> history,
    boolean finished, String stopReason) {

  public TrainingState {
    history = List.copyOf(history);
  }

  /** The state before the first step. */
  public static TrainingState initial() {
    return new TrainingState(0, 1, 0, 0, LearningRate.initial(), Double.NaN, "", 0, 0, 0, 0, 0, List.of(), false,
        "");
  }

  /** Where the batch source stands. */
  public BatchPosition position() {
    return new BatchPosition(epoch, batchInEpoch);
  }

  /** The state after one more step that trained {@code stepTokens} tokens at mean loss {@code loss}. */
  TrainingState afterStep(long batchesDone, long stepMillis, double loss, long stepTokens) {
    return new TrainingState(step + 1, epoch, (int) batchesDone, trainingMillis + stepMillis, learningRate,
        bestMetric, bestCheckpoint, evaluationsWithoutImprovement, lossSum + loss * stepTokens,
        tokens + stepTokens, millis + stepMillis, batchesPerEpoch, history, false, "");
  }

  /** The state after an evaluation: its record added, the interval counters reset. */
  TrainingState afterEvaluation(EvaluationRecord record, LearningRate nextRate, double best, String bestName,
      int withoutImprovement) {
    List<EvaluationRecord> more = new java.util.ArrayList<>(history);
    more.add(record);
    return new TrainingState(step, epoch, batchInEpoch, trainingMillis, nextRate, best, bestName,
        withoutImprovement, 0, 0, 0, batchesPerEpoch, more, false, "");
  }

  /** The state at the start of the next epoch. */
  TrainingState nextEpoch() {
    return new TrainingState(step, epoch + 1, 0, trainingMillis, learningRate, bestMetric, bestCheckpoint,
        evaluationsWithoutImprovement, lossSum, tokens, millis, batchInEpoch, history, false, "");
  }

  /** This state, ended for {@code reason}. */
  TrainingState stopped(String reason) {
    return new TrainingState(step, epoch, batchInEpoch, trainingMillis, learningRate, bestMetric, bestCheckpoint,
        evaluationsWithoutImprovement, lossSum, tokens, millis, batchesPerEpoch, history, true, reason);
  }

  /** Whether the last evaluation was at this step. */
  boolean evaluatedHere() {
    return !history.isEmpty() && history.get(history.size() - 1).step() == step;
  }
}
