package org.s2s4j.seq2seq.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.time.Duration;
import org.s2s4j.corpora.batch.Batcher;
import org.s2s4j.corpora.batch.BatchingOptions;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.report.TrainingPlots;
import org.s2s4j.seq2seq.sampling.LinearSchedule;

/**
 * A training run in its own JVM for {@link TrainingRunTest}: args are run directory, engine,
 * "resume" or "fresh", and the step after whose checkpoint to hang (0: never) so the parent can
 * kill it there. The batches stream from the corpora batcher (windows of 64 of the 160 pairs, 16
 * pairs a batch: 10 batches an epoch); dev evaluation every 6 steps, checkpoints every 4.
 */
public final class ResumeChild {

  static final int MAX_STEPS = 24;
  static final int EVAL_EVERY = 6;

  public static void main(String[] args) throws Exception {
    Path runDir = Path.of(args[0]);
    boolean resume = args[2].equals("resume");
    long hangAt = Long.parseLong(args[3]);
    try (NDManager m = Engine.getEngine(args[1]).newBaseManager()) {
      TrainingRun run = create(m, runDir);
      run.addListener(new TrainingListener() {
        @Override
        public void checkpoint(TrainingState s, boolean best) {
          if (s.step() == hangAt) {
            System.out.println("checkpoint " + s.step());
            System.out.flush();
            try {
              Thread.sleep(600_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
      });
      run.run(resume);
    }
  }

  static TrainingRun create(NDManager m, Path runDir) {
    ModelConfig config = new ModelConfig(16, 16, 16, 16, 2, 32, 2, AttentionType.BAHDANAU, true, false, 0.2f);
    m.getEngine().setRandomSeed(11);
    Seq2SeqModel model = new Seq2SeqModel(config);
    model.initialize(m);
    ReverseTask train = new ReverseTask(1, 160, 12, 2, 6, 16);
    ReverseTask dev = new ReverseTask(2, 20, 12, 2, 6, 16);
    TrainingOptions options = new TrainingOptions(OptimizerKind.ADAM, 0.01f, 0.9f, 0.999f, 3, 0.5f, 1, 1e-5f,
        1f, 0.1f, 100, MAX_STEPS, Duration.ZERO, StopMetric.PERPLEXITY, 0, 4, EVAL_EVERY, 2, 5, 20, 0f);
    SamplingOptions sampling = new SamplingOptions(new LinearSchedule(1.0, 0.03, 0.3), ScheduleUnit.STEP,
        SamplingScope.TOKEN, TokenSampler.MULTINOMIAL);
    DevSet devSet = DevSet.perplexityOnly(dev.sources, dev.targets);
    Batcher batcher = new Batcher(train.examples(), new BatchingOptions(Integer.MAX_VALUE, 16, 64, true, 5));
    return new TrainingRun(model, m, runDir, options, sampling, new CorporaBatchSource(batcher), devSet)
        .addListener(new TrainingLog(runDir))
        .addListener(new TrainingPlots(runDir));
  }
}
