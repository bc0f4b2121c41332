package org.s2s4j.seq2seq.train;

import java.io.IOException;
import org.s2s4j.seq2seq.Seq2SeqModel;

/** Writes the checkpoints a {@link TrainingRun} asks for: parameters, optimizer moments, state. */
final class CheckpointWriter implements TrainingListener {

  private final Checkpoints checkpoints;
  private final Seq2SeqModel model;
  private final Optimizer optimizer;
  private final int keepLast;

  CheckpointWriter(Checkpoints checkpoints, Seq2SeqModel model, Optimizer optimizer, int keepLast) {
    this.checkpoints = checkpoints;
    this.model = model;
    this.optimizer = optimizer;
    this.keepLast = keepLast;
  }

  @Override
  public void checkpoint(TrainingState state, boolean best) throws IOException {
    checkpoints.save(Checkpoints.name(state.step()), model, optimizer.state(), optimizer.steps(), state, best,
        keepLast);
  }
}
