package org.s2s4j.seq2seq.train;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per epoch on standard error: batches done (of the previous epoch's count, once
 * known), rate and ETA, training tokens/s, loss and eps.
 */
public final class ProgressDisplay implements TrainingListener {

  private ProgressBar bar;

  @Override
  public void epochStarted(TrainingState state, long expectedBatches) {
    close();
    bar = new ProgressBarBuilder().setTaskName("epoch " + state.epoch())
        .setInitialMax(expectedBatches > 0 ? Math.max(expectedBatches, state.batchInEpoch()) : -1)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .startsFrom(state.batchInEpoch(), Duration.ZERO).build();
  }

  @Override
  public void stepEnded(TrainingState state, TrainingStep.Result result, double epsilon) {
    if (bar == null) {
      return;
    }
    if (bar.getMax() > 0 && state.batchInEpoch() > bar.getMax()) {
      bar.maxHint(state.batchInEpoch());
    }
    bar.stepTo(state.batchInEpoch());
    bar.setExtraMessage(String.format(Locale.ROOT, "%.0f tok/s loss %.3f eps %.3f",
        state.tokens() * 1000.0 / Math.max(1, state.millis()), result.loss(), epsilon));
  }

  @Override
  public void epochEnded(TrainingState state) {
    close();
  }

  @Override
  public void stopped(TrainingState state) {
    close();
  }

  private void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
