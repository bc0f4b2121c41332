package org.s2s4j.seq2seq.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.s2s4j.seq2seq.GreedyDecoder;
import org.s2s4j.seq2seq.MaskedCrossEntropy;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.report.Charts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link Seq2SeqModel} in a run directory: epochs of batches, dev evaluation after each
 * epoch (perplexity, and greedy BLEU when a scorer is given), learning-rate plateau decay, early
 * stopping, checkpoints (best + last N), a JSON-lines log ({@code train.jsonl}) and PNG plots.
 * Stops at {@code max_epochs}, {@code max_steps} or {@code max_time}, whichever comes first.
 * {@link #run(boolean)} with {@code resume} continues exactly from the latest checkpoint.
 */
public final class TrainingRun {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
  private static final int DEV_BATCH = 64;

  private final Seq2SeqModel model;
  private final NDManager manager;
  private final List<Device> devices;
  private final Path runDir;
  private final TrainingOptions options;
  private final SamplingOptions sampling;
  private final BatchSource data;
  private final DevSet dev;
  private final Optimizer optimizer;
  private final Checkpoints checkpoints;
  private final boolean progress;
  private Consumer<TrainingState> afterCheckpoint = s -> { };

  /** A run of an initialised {@code model} whose parameters live in {@code manager}, on its device. */
  public TrainingRun(Seq2SeqModel model, NDManager manager, Path runDir, TrainingOptions options,
      SamplingOptions sampling, BatchSource data, DevSet dev, boolean progress) {
    this(model, manager, List.of(manager.getDevice()), runDir, options, sampling, data, dev, progress);
  }

  /**
   * A data-parallel run on {@code devices}, the first being {@code manager}'s, which holds the
   * parameters (see {@link TrainingStep}).
   */
  public TrainingRun(Seq2SeqModel model, NDManager manager, List<Device> devices, Path runDir,
      TrainingOptions options, SamplingOptions sampling, BatchSource data, DevSet dev, boolean progress) {
    this.model = model;
    this.manager = manager;
    this.devices = List.copyOf(devices);
    this.runDir = runDir;
    this.options = options;
    this.sampling = sampling;
    this.data = data;
    this.dev = dev;
    this.progress = progress;
    this.optimizer = options.optimizer() == OptimizerKind.ADAM
        ? new AdamOptimizer(options.beta1(), options.beta2()) : new SgdOptimizer(options.beta1());
    this.checkpoints = new Checkpoints(runDir);
  }

  /** Called after every checkpoint is written (used by tests and the metadata writer). */
  public void onCheckpoint(Consumer<TrainingState> listener) {
    this.afterCheckpoint = listener;
  }

  /** Trains until a stopping rule fires; returns the final state. */
  public TrainingState run(boolean resume) throws IOException {
    TrainingState state = resume ? restore() : TrainingState.initial();
    if (state.finished()) {
      String still = limitReached(state);
      if (still != null) {
        LOG.info("run already finished ({}); nothing to do", still);
        return state;
      }
      // A limit was raised (e.g. --set training.max_steps=...): continue where the run stopped.
      LOG.info("run had stopped ({}); continuing under the new limits", state.stopReason());
    }
    TrainingStep step = new TrainingStep(model, manager, devices, optimizer, options.labelSmoothing(),
        options.clipNorm(), options.seed(), sampling.sampler());
    while (true) {
      String reason = limitReached(state);
      if (reason != null) {
        return finish(state, reason);
      }
      List<TokenBatch> batches = data.epoch(state.epoch());
      if (batches.isEmpty()) {
        throw new IllegalArgumentException("epoch " + state.epoch() + " has no training batches");
      }
      state = runEpoch(step, state, batches);
      if (state.finished()) {
        return state;
      }
    }
  }

  private TrainingState runEpoch(TrainingStep step, TrainingState s, List<TokenBatch> batches)
      throws IOException {
    long stepAtStart = s.step();
    double lossSum = s.epochLossSum();
    long tokens = s.epochTokens();
    long epochMillis = s.epochMillis();
    long trainingMillis = s.trainingMillis();
    double eps = sampling.epsilon(s.step(), s.epoch());
    float lr = s.learningRate().at(s.step(), options);
    long stepNo = s.step();
    int i = s.batchInEpoch();
    String limit = null;
    try (ProgressBar bar = progressBar(s.epoch(), batches.size(), i)) {
      for (; i < batches.size(); i++) {
        eps = sampling.epsilon(stepNo, s.epoch());
        lr = s.learningRate().at(stepNo, options);
        long start = System.nanoTime();
        TrainingStep.Result r = step.run(batches.get(i), stepNo, lr, eps, sampling.scope());
        if (!Float.isFinite(r.loss())) {
          throw new IllegalStateException("loss is " + r.loss() + " at step " + stepNo
              + "; lower training.learning_rate or set training.clip_norm");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        stepNo++;
        epochMillis += millis;
        trainingMillis += millis;
        lossSum += r.loss() * r.targetTokens();
        tokens += r.targetTokens();
        if (bar != null) {
          bar.step();
          bar.setExtraMessage(String.format("%.0f tok/s loss %.3f eps %.3f",
              tokens * 1000.0 / Math.max(1, epochMillis), r.loss(), eps));
        }
        TrainingState now = new TrainingState(stepNo, s.epoch(), i + 1, trainingMillis, s.learningRate(),
            s.bestMetric(), s.bestCheckpoint(), s.evaluationsWithoutImprovement(), lossSum, tokens,
            epochMillis, s.history(), false, "");
        limit = limitReached(now);
        if (limit != null) {
          i++;
          break;
        }
        if (options.checkpointEvery() > 0 && stepNo % options.checkpointEvery() == 0 && i + 1 < batches.size()) {
          save(now, false);
        }
      }
    }
    LOG.debug("epoch {}: {} steps", s.epoch(), stepNo - stepAtStart);
    // End of the epoch, or a limit reached inside it: evaluate, decay, maybe stop, checkpoint.
    double trainLoss = tokens == 0 ? Double.NaN : lossSum / tokens;
    Evaluation ev = evaluate();
    double metric = options.stopMetric() == StopMetric.BLEU && !Double.isNaN(ev.bleu) ? ev.bleu : ev.perplexity;
    StopMetric metricKind = Double.isNaN(ev.bleu) ? StopMetric.PERPLEXITY : options.stopMetric();
    boolean improved = Double.isNaN(s.bestMetric()) || metricKind.better(metric, s.bestMetric());
    EpochRecord record = new EpochRecord(s.epoch(), stepNo, trainingMillis / 1000.0, trainLoss, ev.perplexity,
        ev.bleu, eps, lr, tokens * 1000.0 / Math.max(1, epochMillis));
    List<EpochRecord> history = new ArrayList<>(s.history());
    history.add(record);
    LearningRate nextLr = s.learningRate().afterEvaluation(metric, options);
    if (nextLr.scale() < s.learningRate().scale()) {
      LOG.info("dev {} did not improve for {} evaluations: learning rate x{}", metricKind.name().toLowerCase(),
          options.decayPatience(), options.decayFactor());
    }
    int bad = improved ? 0 : s.evaluationsWithoutImprovement() + 1;
    boolean completed = i >= batches.size();
    String name = Checkpoints.name(stepNo);
    TrainingState next = new TrainingState(stepNo, completed ? s.epoch() + 1 : s.epoch(), completed ? 0 : i,
        trainingMillis, nextLr, improved ? metric : s.bestMetric(), improved ? name : s.bestCheckpoint(), bad,
        completed ? 0 : lossSum, completed ? 0 : tokens, completed ? 0 : epochMillis, List.copyOf(history),
        false, "");
    LOG.info(String.format("epoch %d step %d: train loss %.4f, dev ppl %.2f%s, eps %.3f, lr %.2e, %.0f tok/s%s",
        s.epoch(), stepNo, trainLoss, ev.perplexity,
        Double.isNaN(ev.bleu) ? "" : String.format(", dev BLEU %.2f", ev.bleu), eps, lr,
        record.tokensPerSecond(), improved ? " (best)" : ""));
    log(record);
    plot(history);
    if (limit == null && options.patience() > 0 && bad >= options.patience()) {
      limit = "no dev improvement for " + bad + " evaluations";
    }
    if (limit == null && completed && next.epoch() > options.maxEpochs()) {
      limit = "max_epochs " + options.maxEpochs() + " reached";
    }
    if (limit != null) {
      next = finished(next, limit);
    }
    save(next, improved);
    if (limit != null) {
      summary(next);
    }
    return next;
  }

  private TrainingState finished(TrainingState s, String reason) {
    return new TrainingState(s.step(), s.epoch(), s.batchInEpoch(), s.trainingMillis(), s.learningRate(),
        s.bestMetric(), s.bestCheckpoint(), s.evaluationsWithoutImprovement(), s.epochLossSum(), s.epochTokens(),
        s.epochMillis(), s.history(), true, reason);
  }

  private TrainingState finish(TrainingState s, String reason) throws IOException {
    TrainingState done = finished(s, reason);
    save(done, false);
    summary(done);
    return done;
  }

  private void summary(TrainingState s) {
    LOG.info(String.format("training stopped: %s. %d steps, %d epochs, %.1f min; best dev %s %.4f (%s)",
        s.stopReason(), s.step(), s.history().isEmpty() ? 0 : s.history().get(s.history().size() - 1).epoch(),
        s.trainingMillis() / 60000.0, options.stopMetric().name().toLowerCase(), s.bestMetric(), s.bestCheckpoint()));
  }

  /** The first limit that {@code s} has reached, or null. */
  private String limitReached(TrainingState s) {
    if (options.maxSteps() > 0 && s.step() >= options.maxSteps()) {
      return "max_steps " + options.maxSteps() + " reached";
    }
    if (!options.maxTime().isZero() && s.trainingMillis() >= options.maxTime().toMillis()) {
      return "max_time " + options.maxTime() + " reached";
    }
    if (s.epoch() > options.maxEpochs()) {
      return "max_epochs " + options.maxEpochs() + " reached";
    }
    if (options.patience() > 0 && s.evaluationsWithoutImprovement() >= options.patience()) {
      return "no dev improvement for " + s.evaluationsWithoutImprovement() + " evaluations";
    }
    return null;
  }

  private void save(TrainingState state, boolean best) throws IOException {
    checkpoints.save(Checkpoints.name(state.step()), model, optimizer.state(), optimizer.steps(), state,
        best, options.keepLast());
    afterCheckpoint.accept(state);
  }

  private TrainingState restore() throws IOException {
    Path latest = checkpoints.latest().orElseThrow(() -> new IllegalArgumentException(
        "--resume: " + runDir + " has no checkpoint to resume from"));
    Checkpoints.SavedState saved = Checkpoints.readState(latest);
    ModelParameters.load(model, latest.resolve(Checkpoints.PARAMS), manager);
    Map<String, NDArray> opt = TensorFile.read(latest.resolve(Checkpoints.OPTIMIZER), manager);
    optimizer.restore(opt, saved.optimizerSteps());
    TrainingState s = saved.training();
    LOG.info("resuming from {}: epoch {}, batch {}, step {}", latest.getFileName(), s.epoch(), s.batchInEpoch(),
        s.step());
    return s;
  }

  private record Evaluation(double perplexity, double bleu) {}

  private Evaluation evaluate() {
    MaskedCrossEntropy ce = new MaskedCrossEntropy(0f);
    ParameterStore store = new ParameterStore(manager, false);
    double nll = 0;
    long tokens = 0;
    List<int[]> hypotheses = new ArrayList<>();
    GreedyDecoder greedy = new GreedyDecoder(model, options.maxDecodeLength());
    for (int start = 0; start < dev.sources().size(); start += DEV_BATCH) {
      int end = Math.min(dev.sources().size(), start + DEV_BATCH);
      TokenBatch batch = batch(dev.sources().subList(start, end), dev.targets().subList(start, end));
      try (NDManager sub = manager.newSubManager()) {
        int b = batch.size();
        int width = 0;
        for (int len : batch.targetLengths()) {
          width = Math.max(width, len + 1);
        }
        int[] in = new int[b * width];
        int[] out = new int[b * width];
        float[] mask = new float[b * width];
        for (int r = 0; r < b; r++) {
          int len = batch.targetLengths()[r];
          in[r * width] = TrainingStep.BOS;
          for (int t = 0; t < len; t++) {
            in[r * width + t + 1] = batch.target()[r][t];
            out[r * width + t] = batch.target()[r][t];
          }
          out[r * width + len] = TrainingStep.EOS;
          for (int t = 0; t <= len; t++) {
            mask[r * width + t] = 1f;
          }
        }
        NDArray logits = model.forward(store, new NDList(TrainingStep.source(sub, batch),
            sub.create(batch.sourceLengths()), sub.create(in, new Shape(b, width))), false).head();
        float mean = ce.loss(logits, sub.create(out, new Shape(b, width)), sub.create(mask, new Shape(b, width)),
            batch.targetTokens()).getFloat();
        nll += mean * batch.targetTokens();
        tokens += batch.targetTokens();
      }
      if (dev.bleu() != null) {
        hypotheses.addAll(greedy.decode(manager, dev.sources().subList(start, end)));
      }
    }
    double bleu = Double.NaN;
    if (dev.bleu() != null) {
      List<String> texts = new ArrayList<>(hypotheses.size());
      for (int[] h : hypotheses) {
        texts.add(dev.toText().apply(h));
      }
      bleu = dev.bleu().score(texts, dev.references());
    }
    return new Evaluation(Math.exp(nll / tokens), bleu);
  }

  private static TokenBatch batch(List<int[]> sources, List<int[]> targets) {
    int b = sources.size();
    int[] sl = new int[b];
    int[] tl = new int[b];
    for (int r = 0; r < b; r++) {
      sl[r] = sources.get(r).length;
      tl[r] = targets.get(r).length;
    }
    return new TokenBatch(sources.toArray(new int[0][]), sl, targets.toArray(new int[0][]), tl);
  }

  private ProgressBar progressBar(int epoch, int batches, int done) {
    if (!progress) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("epoch " + epoch).setInitialMax(batches)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .startsFrom(done, java.time.Duration.ZERO).build();
  }

  private void log(EpochRecord r) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("epoch", r.epoch());
    line.put("step", r.step());
    line.put("seconds", r.seconds());
    line.put("train_loss", r.trainLoss());
    line.put("dev_perplexity", r.devPerplexity());
    line.put("dev_bleu", Double.isNaN(r.devBleu()) ? null : r.devBleu());
    line.put("epsilon", r.epsilon());
    line.put("learning_rate", r.learningRate());
    line.put("tokens_per_second", r.tokensPerSecond());
    // Resident memory after a collection, so that a leak shows as growth from epoch to epoch.
    System.gc();
    line.put("rss_mb", ProcessMemory.residentMb());
    line.put("peak_rss_mb", ProcessMemory.peakResidentMb());
    Files.writeString(runDir.resolve("train.jsonl"), Checkpoints.JSON.copy()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(line) + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private void plot(List<EpochRecord> history) {
    double[] x = history.stream().mapToDouble(EpochRecord::epoch).toArray();
    try {
      Charts.lineChart(runDir.resolve("loss.png"), "Loss per epoch", "epoch", "loss per token", Map.of(
          "train", new Charts.Series(x, history.stream().mapToDouble(EpochRecord::trainLoss).toArray()),
          "dev", new Charts.Series(x, history.stream().mapToDouble(r -> Math.log(r.devPerplexity())).toArray())));
      Charts.lineChart(runDir.resolve("eps.png"), "Scheduled sampling eps per epoch", "epoch", "eps",
          Map.of("eps", new Charts.Series(x, history.stream().mapToDouble(EpochRecord::epsilon).toArray())));
      if (history.stream().noneMatch(r -> Double.isNaN(r.devBleu()))) {
        Charts.lineChart(runDir.resolve("bleu.png"), "Dev BLEU per epoch", "epoch", "BLEU",
            Map.of("dev BLEU", new Charts.Series(x, history.stream().mapToDouble(EpochRecord::devBleu).toArray())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write plots in " + runDir, e);
    }
  }
}
