package org.s2s4j.seq2seq.report;

import java.io.IOException;
import java.nio.file.Path;
import org.s2s4j.seq2seq.train.EvaluationRecord;
import org.s2s4j.seq2seq.train.TrainingListener;
import org.s2s4j.seq2seq.train.TrainingState;

/**
 * Redraws {@code loss.png}, {@code bleu.png} and {@code eps.png} in the run directory after every
 * evaluation, against epochs or, when evaluating every N steps, against steps.
 */
public final class TrainingPlots implements TrainingListener {

  private final Path runDir;

  public TrainingPlots(Path runDir) {
    this.runDir = runDir;
  }

  @Override
  public void evaluated(EvaluationRecord record, TrainingState state) throws IOException {
    TrainingCurves.draw(runDir, "%s.png", state.history(), TrainingCurves.progressAxis(state.history()));
  }
}
