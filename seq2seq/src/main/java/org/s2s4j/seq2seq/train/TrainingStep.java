package org.s2s4j.seq2seq.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.s2s4j.seq2seq.MaskedCrossEntropy;
import org.s2s4j.seq2seq.Seq2SeqModel;

/**
 * One optimisation step on one batch: forward (teacher-forced or scheduled sampling), masked
 * cross-entropy, backward, global-norm clipping, update. Every random choice of step {@code s}
 * (dropout, coins, sampled tokens) is seeded from (seed, s), so a resumed run repeats them exactly.
 * All per-batch arrays live in a sub-manager closed at the end of the step.
 */
public final class TrainingStep {

  /** PAD, BOS and EOS ids (the vocabulary's fixed special tokens). */
  public static final int PAD = 0;
  public static final int BOS = 2;
  public static final int EOS = 3;

  /** What one step measured. */
  public record Result(float loss, float gradientNorm, long targetTokens) {}

  private final Seq2SeqModel model;
  private final NDManager manager;
  private final Optimizer optimizer;
  private final MaskedCrossEntropy loss;
  private final float clipNorm;
  private final long seed;
  private final ParameterStore store;
  private final List<Parameter> parameters;
  private final boolean accumulatesGradients;

  /** A step for {@code model}, whose parameters live in {@code manager}. */
  public TrainingStep(Seq2SeqModel model, NDManager manager, Optimizer optimizer, float labelSmoothing,
      float clipNorm, long seed) {
    this.model = model;
    this.manager = manager;
    this.optimizer = optimizer;
    this.loss = new MaskedCrossEntropy(labelSmoothing);
    this.clipNorm = clipNorm;
    this.seed = seed;
    this.store = new ParameterStore(manager, false);
    this.parameters = new ArrayList<>(ModelParameters.byName(model).values());
    // PyTorch adds each backward pass into the parameters' gradients (MXNet overwrites them), and
    // DJL's collector does not reset them: this step does, after the update.
    this.accumulatesGradients = "PyTorch".equals(manager.getEngine().getEngineName());
  }

  /** Runs step {@code step} (0-based) with gold-token probability {@code eps}. */
  public Result run(TokenBatch batch, long step, float lr, double eps, SamplingScope scope) {
    long stepSeed = mix(seed, step);
    Engine engine = manager.getEngine();
    engine.setRandomSeed((int) (stepSeed ^ (stepSeed >>> 32)) & Integer.MAX_VALUE);
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
      in[r * width] = BOS;
      for (int t = 0; t < len; t++) {
        in[r * width + t + 1] = batch.target()[r][t];
        out[r * width + t] = batch.target()[r][t];
      }
      out[r * width + len] = EOS;
      for (int t = 0; t <= len; t++) {
        mask[r * width + t] = 1f;
      }
    }
    try (NDManager sub = manager.newSubManager()) {
      NDList inputs = new NDList(source(sub, batch), sub.create(batch.sourceLengths()),
          sub.create(in, new Shape(b, width)));
      if (eps < 1.0) {
        inputs.add(sub.create(goldMask(new SplittableRandom(stepSeed), batch.targetLengths(), width, eps, scope),
            new Shape(b, width)));
      }
      NDArray lossValue;
      try (GradientCollector collector = engine.newGradientCollector()) {
        NDArray logits = model.forward(store, inputs, true).head();
        lossValue = loss.loss(logits, sub.create(out, new Shape(b, width)), sub.create(mask, new Shape(b, width)),
            batch.targetTokens());
        collector.backward(lossValue);
      }
      List<NDArray> gradients = new ArrayList<>(parameters.size());
      NDList squares = new NDList(parameters.size());
      for (Parameter p : parameters) {
        NDArray g = p.getArray().getGradient();
        g.attach(sub);
        gradients.add(g);
        squares.add(g.square().sum());
      }
      float norm = (float) Math.sqrt(NDArrays.stack(squares).sum().getFloat());
      if (clipNorm > 0 && norm > clipNorm) {
        float scale = clipNorm / (norm + 1e-6f);
        for (NDArray g : gradients) {
          g.muli(scale);
        }
      }
      for (int i = 0; i < parameters.size(); i++) {
        optimizer.update(parameters.get(i), gradients.get(i), lr);
      }
      optimizer.endStep();
      if (accumulatesGradients) {
        for (NDArray g : gradients) {
          g.muli(0);
        }
      }
      return new Result(lossValue.getFloat(), norm, batch.targetTokens());
    }
  }

  static NDArray source(NDManager m, TokenBatch batch) {
    int b = batch.size();
    int width = 0;
    for (int len : batch.sourceLengths()) {
      width = Math.max(width, len);
    }
    int[] flat = new int[b * width];
    for (int r = 0; r < b; r++) {
      System.arraycopy(batch.source()[r], 0, flat, r * width, batch.sourceLengths()[r]);
    }
    return m.create(flat, new Shape(b, width));
  }

  /**
   * (B,T) 1 = feed gold, 0 = feed own prediction. Column 0 (BOS) and the padding after each row's
   * last real input (column {@code lengths[r]}, the last target token) are always gold.
   */
  static float[] goldMask(SplittableRandom random, int[] lengths, int width, double eps, SamplingScope scope) {
    int b = lengths.length;
    float[] mask = new float[b * width];
    for (int r = 0; r < b; r++) {
      boolean sequenceGold = random.nextDouble() < eps;
      for (int t = 0; t < width; t++) {
        boolean gold = t == 0 || t > lengths[r]
            || (scope == SamplingScope.SEQUENCE ? sequenceGold : random.nextDouble() < eps);
        mask[r * width + t] = gold ? 1f : 0f;
      }
    }
    return mask;
  }

  /** A well-mixed 64-bit seed for step {@code step} of a run seeded with {@code seed}. */
  static long mix(long seed, long step) {
    long z = seed * 0x9E3779B97F4A7C15L + step + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The optimizer's state arrays, for checkpoints. */
  Map<String, NDArray> optimizerState() {
    return optimizer.state();
  }
}
