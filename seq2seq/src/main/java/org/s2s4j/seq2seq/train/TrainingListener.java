package org.s2s4j.seq2seq.train;

import java.io.IOException;

/**
 * Follows a {@link TrainingRun}: the checkpoints, the JSON-lines log, the plots and the progress
 * bar are listeners. Called on the training thread, in the order the listeners were added; every
 * method does nothing by default.
 */
public interface TrainingListener {

  /** An epoch starts (or resumes) at {@code state.position()}; {@code expectedBatches} 0 if unknown. */
  default void epochStarted(TrainingState state, long expectedBatches) {}

  /** A step ended; {@code state} counts it. */
  default void stepEnded(TrainingState state, TrainingStep.Result result, double epsilon) {}

  /** The epoch's batches are done (or training stops inside it). */
  default void epochEnded(TrainingState state) {}

  /** A checkpoint of {@code state} is due; {@code best} if its evaluation is the best so far. */
  default void checkpoint(TrainingState state, boolean best) throws IOException {}

  /** An evaluation's checkpoint was written; {@code state.history()} ends with {@code record}. */
  default void evaluated(EvaluationRecord record, TrainingState state) throws IOException {}

  /** Training stopped; {@code state.stopReason()} says why. */
  default void stopped(TrainingState state) {}
}
