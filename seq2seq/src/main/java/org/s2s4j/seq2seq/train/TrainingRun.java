package org.s2s4j.seq2seq.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.LineSink;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.seq2seq.MaskedCrossEntropy;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.SourceArrays;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.inference.ModelStepScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link Seq2SeqModel} in a run directory: streams each epoch's batches from a
 * {@link BatchSource}, evaluates on dev at the end of each epoch or every
 * {@code training.eval_every} steps (perplexity, and greedy BLEU through the decoding module's search when the dev set has
 * BLEU options), decays
 * the learning rate on a plateau, stops early, and checkpoints at every evaluation (and every
 * {@code training.checkpoint_every} steps). Stops at {@code max_epochs}, {@code max_steps} or
 * {@code max_time}, whichever comes first. {@link #run(boolean)} with {@code resume} continues
 * exactly from the latest checkpoint, at the batch the run would have had next.
 *
 * <p>The loop is all this class does: checkpoints, the JSON-lines log, plots and the progress bar
 * are {@link TrainingListener}s. The checkpoint writer is always the first listener.
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
  private final SourceArrays sources;
  private final DevCider cider;
  private final List<TrainingListener> listeners = new ArrayList<>();

  /** A run of an initialised {@code model} whose parameters live in {@code manager}, on its device. */
  public TrainingRun(Seq2SeqModel model, NDManager manager, Path runDir, TrainingOptions options,
      SamplingOptions sampling, BatchSource data, DevSet dev) {
    this(model, manager, List.of(manager.getDevice()), runDir, options, sampling, data, dev);
  }

  /**
   * A data-parallel run on {@code devices}, the first being {@code manager}'s, which holds the
   * parameters (see {@link TrainingStep}).
   */
  public TrainingRun(Seq2SeqModel model, NDManager manager, List<Device> devices, Path runDir,
      TrainingOptions options, SamplingOptions sampling, BatchSource data, DevSet dev) {
    this(model, manager, devices, runDir, options, sampling, data, dev, SourceArrays.TOKENS, null);
  }

  /**
   * A run whose batch sources become encoder input through {@code sources} (image rows of a
   * feature table for captioning), scoring each evaluation also with {@code cider} when not null.
   */
  public TrainingRun(Seq2SeqModel model, NDManager manager, List<Device> devices, Path runDir,
      TrainingOptions options, SamplingOptions sampling, BatchSource data, DevSet dev, SourceArrays sources,
      DevCider cider) {
    this.sources = sources;
    this.cider = cider;
    this.model = model;
    this.manager = manager;
    this.devices = List.copyOf(devices);
    this.runDir = runDir;
    this.options = options;
    this.sampling = sampling;
    this.data = data;
    this.dev = dev;
    this.optimizer = options.optimizer() == OptimizerKind.ADAM
        ? new AdamOptimizer(options.beta1(), options.beta2()) : new SgdOptimizer(options.beta1());
    this.checkpoints = new Checkpoints(runDir);
    listeners.add(new CheckpointWriter(checkpoints, model, optimizer, options.keepLast()));
  }

  /** Adds a listener, called after those added before it. */
  public TrainingRun addListener(TrainingListener listener) {
    listeners.add(listener);
    return this;
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
        options.clipNorm(), options.seed(), sampling.sampler(), sources, options.attentionPenalty());
    while (true) {
      String reason = limitReached(state);
      if (reason != null) {
        return settle(state, false, reason, !state.evaluatedHere());
      }
      state = runEpoch(step, state);
      if (state.finished()) {
        return state;
      }
    }
  }

  /** Trains the rest of {@code s}'s epoch; returns the state after it (or where training stopped). */
  private TrainingState runEpoch(TrainingStep step, TrainingState s) throws IOException {
    TrainingState now = s;
    try (BatchStream batches = data.open(s.position())) {
      if (!batches.hasNext()) {
        if (s.batchInEpoch() == 0) {
          throw new IllegalArgumentException("epoch " + s.epoch() + " has no training batches");
        }
        return endEpoch(now); // resumed right at the end of the epoch
      }
      for (TrainingListener l : listeners) {
        l.epochStarted(s, s.batchesPerEpoch());
      }
      while (batches.hasNext()) {
        TokenBatch batch = batches.next();
        double eps = sampling.epsilon(now.step(), now.epoch());
        float lr = now.learningRate().at(now.step(), options);
        long start = System.nanoTime();
        TrainingStep.Result r = step.run(batch, now.step(), lr, eps, sampling.scope());
        if (!Float.isFinite(r.loss())) {
          throw new IllegalStateException("loss is " + r.loss() + " at step " + now.step()
              + "; lower training.learning_rate or set training.clip_norm");
        }
        now = now.afterStep(batches.position().batches(), (System.nanoTime() - start) / 1_000_000, r.loss(),
            r.targetTokens());
        for (TrainingListener l : listeners) {
          l.stepEnded(now, r, eps);
        }
        if (!batches.hasNext()) {
          break; // the end of the epoch decides
        }
        String limit = limitReached(now);
        if (limit != null || evaluationDue(now)) {
          now = settle(now, false, limit, true);
          if (now.finished()) {
            return now;
          }
        } else if (checkpointDue(now)) {
          settle(now, false, null, false);
        }
      }
    }
    return endEpoch(now);
  }

  /** At the end of {@code now}'s epoch: evaluate if due, move on to the next epoch. */
  private TrainingState endEpoch(TrainingState now) throws IOException {
    for (TrainingListener l : listeners) {
      l.epochEnded(now);
    }
    LOG.debug("epoch {} done: {} batches, step {}", now.epoch(), now.batchInEpoch(), now.step());
    boolean evaluate = options.evalEvery() == 0 || evaluationDue(now) || limitReached(now.nextEpoch()) != null;
    if (evaluate || checkpointDue(now)) {
      return settle(now, true, null, evaluate && !now.evaluatedHere());
    }
    return now.nextEpoch();
  }

  /**
   * Evaluates {@code now} if asked (record, learning-rate decay, best checkpoint), moves to the
   * next epoch if this one is complete, applies the stopping rules, and checkpoints.
   */
  private TrainingState settle(TrainingState now, boolean epochComplete, String limit, boolean evaluate)
      throws IOException {
    TrainingState s = now;
    boolean best = false;
    EvaluationRecord record = null;
    if (evaluate) {
      Evaluation ev = evaluate();
      double chosen = switch (options.stopMetric()) {
        case BLEU -> ev.bleu;
        case CIDER -> ev.cider;
        case PERPLEXITY -> ev.perplexity;
      };
      StopMetric metricKind = Double.isNaN(chosen) ? StopMetric.PERPLEXITY : options.stopMetric();
      double metric = Double.isNaN(chosen) ? ev.perplexity : chosen;
      best = Double.isNaN(now.bestMetric()) || metricKind.better(metric, now.bestMetric());
      long last = Math.max(0, now.step() - 1);
      int epoch = now.batchInEpoch() == 0 && now.epoch() > 1 ? now.epoch() - 1 : now.epoch();
      // Resident memory after a collection, so that a leak shows as growth from evaluation to evaluation.
      System.gc();
      record = new EvaluationRecord(epoch, now.step(), now.trainingMillis() / 1000.0,
          now.tokens() == 0 ? Double.NaN : now.lossSum() / now.tokens(), ev.perplexity, ev.bleu,
          sampling.epsilon(last, now.epoch()), now.learningRate().at(last, options),
          now.tokens() * 1000.0 / Math.max(1, now.millis()), ProcessMemory.residentMb(),
          ProcessMemory.peakResidentMb(), ev.cider);
      LearningRate nextRate = now.learningRate().afterEvaluation(metric, options);
      if (nextRate.scale() < now.learningRate().scale()) {
        LOG.info("dev {} did not improve for {} evaluations: learning rate x{}",
            metricKind.name().toLowerCase(), options.decayPatience(), options.decayFactor());
      }
      s = now.afterEvaluation(record, nextRate, best ? metric : now.bestMetric(),
          best ? Checkpoints.name(now.step()) : now.bestCheckpoint(),
          best ? 0 : now.evaluationsWithoutImprovement() + 1);
      LOG.info(String.format("epoch %d step %d: train loss %.4f, dev ppl %.2f%s%s, eps %.3f, lr %.2e, %.0f tok/s%s",
          record.epoch(), record.step(), record.trainLoss(), ev.perplexity,
          Double.isNaN(ev.bleu) ? "" : String.format(", dev BLEU %.2f", ev.bleu),
          Double.isNaN(ev.cider) ? "" : String.format(", dev CIDEr-D %.4f", ev.cider), record.epsilon(),
          record.learningRate(), record.tokensPerSecond(), best ? " (best)" : ""));
    }
    if (epochComplete) {
      s = s.nextEpoch();
    }
    String reason = limit != null ? limit : limitReached(s);
    if (reason != null) {
      s = s.stopped(reason);
    }
    for (TrainingListener l : listeners) {
      l.checkpoint(s, best);
    }
    if (record != null) {
      for (TrainingListener l : listeners) {
        l.evaluated(record, s);
      }
    }
    if (reason != null) {
      summary(s);
      for (TrainingListener l : listeners) {
        l.epochEnded(s);
        l.stopped(s);
      }
    }
    return s;
  }

  private boolean evaluationDue(TrainingState s) {
    return options.evalEvery() > 0 && s.step() % options.evalEvery() == 0;
  }

  private boolean checkpointDue(TrainingState s) {
    return options.checkpointEvery() > 0 && s.step() % options.checkpointEvery() == 0;
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

  private record Evaluation(double perplexity, double bleu, double cider) {}

  private Evaluation evaluate() throws IOException {
    return new Evaluation(devPerplexity(), dev.bleu() == null ? Double.NaN : devBleu(),
        cider == null ? Double.NaN : cider.score(model, manager));
  }

  /** Teacher-forced perplexity of the dev targets. */
  private double devPerplexity() {
    MaskedCrossEntropy ce = new MaskedCrossEntropy(0f);
    ParameterStore store = new ParameterStore(manager, false);
    double nll = 0;
    long tokens = 0;
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
        NDList source = sources.create(sub, TrainingStep.rows(batch, 0, b));
        NDArray logits = model.forward(store, new NDList(source.get(0), source.get(1),
            sub.create(in, new Shape(b, width))), false).head();
        float mean = ce.loss(logits, sub.create(out, new Shape(b, width)), sub.create(mask, new Shape(b, width)),
            batch.targetTokens()).getFloat();
        nll += mean * batch.targetTokens();
        tokens += batch.targetTokens();
      }
    }
    return Math.exp(nll / tokens);
  }

  /**
   * Greedy dev BLEU through the text path of {@code s2s translate --beam 1}: the dev source lines
   * go through the corpus decoder with the model's codec, then corpus BLEU against the references.
   */
  private double devBleu() throws IOException {
    // A step decoder per evaluation: its prepared weights are a snapshot of the parameters now.
    StepDecoder stepDecoder = model.stepDecoder(manager);
    ModelStepScorer scorer = new ModelStepScorer(model, stepDecoder, manager, TrainingStep.BOS,
        TrainingStep.EOS, null);
    List<String> hypotheses = new ArrayList<>(dev.sourceLines().size());
    try {
      CorpusDecoder decoder = new CorpusDecoder(
          List.of(new SearchTranslator(dev.codec(), scorer, SearchStrategy.of(dev.search()), false)), dev.corpus());
      byte[] text = String.join("\n", dev.sourceLines()).getBytes(StandardCharsets.UTF_8);
      try (Utf8LineReader in = Utf8LineReader.of(new ByteArrayInputStream(text), "dev source")) {
        decoder.translate(in, dev.sourceLines().size(), new LineSink() {
          @Override
          public void writeLine(String line) {
            hypotheses.add(line);
          }

          @Override
          public void checkpoint(long lines) {}
        }, 0);
      }
    } finally {
      scorer.close();
      stepDecoder.close();
    }
    return new Bleu(dev.bleu()).corpusScore(hypotheses, List.of(dev.references())).score();
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
}
