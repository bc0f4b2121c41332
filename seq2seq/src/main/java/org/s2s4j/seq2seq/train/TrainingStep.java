package org.s2s4j.seq2seq.train;

import ai.djl.Device;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.s2s4j.seq2seq.MaskedCrossEntropy;
import org.s2s4j.seq2seq.ScheduledSampling;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.SourceArrays;
import org.s2s4j.seq2seq.TokenSampler;

/**
 * One optimisation step on one batch: forward (teacher-forced or scheduled sampling), masked
 * cross-entropy, backward, global-norm clipping, update. Every random choice of step {@code s}
 * (dropout, coins, sampled tokens) is seeded from (seed, s), so a resumed run repeats them exactly.
 * All per-batch arrays live in a sub-manager closed at the end of the step.
 *
 * <p>Data parallel on N devices: the batch's rows are split into {@link Shards}, each shard runs
 * forward and backward on its device against a fresh copy of the parameters (the first shard uses
 * the parameters themselves), the shard gradients are summed onto the parameters' device, then one
 * clip and one update follow. Each shard's loss is divided by the whole batch's target tokens, so
 * the summed gradient is the one-device gradient (up to float rounding). The scheduled-sampling
 * coins are drawn for the whole batch as on one device; engine-side randomness (dropout, sampled
 * tokens) is still seeded from (seed, s) but draws different numbers than a one-device run.
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
  private final List<Device> devices;
  private final Optimizer optimizer;
  private final MaskedCrossEntropy loss;
  private final float clipNorm;
  private final long seed;
  private final TokenSampler sampler;
  private final SourceArrays sources;
  private final float attentionPenalty;
  private final List<Parameter> parameters;
  private final boolean accumulatesGradients;

  /**
   * A step for {@code model}, whose parameters live in {@code manager}, on that manager's device;
   * scheduled sampling picks the model's own tokens with {@code sampler}.
   */
  public TrainingStep(Seq2SeqModel model, NDManager manager, Optimizer optimizer, float labelSmoothing,
      float clipNorm, long seed, TokenSampler sampler) {
    this(model, manager, List.of(manager.getDevice()), optimizer, labelSmoothing, clipNorm, seed, sampler);
  }

  /**
   * A data-parallel step on {@code devices}; the first must be the device of {@code manager}, which
   * holds the parameters. A device may repeat (tests use the CPU twice to exercise the replicas).
   */
  public TrainingStep(Seq2SeqModel model, NDManager manager, List<Device> devices, Optimizer optimizer,
      float labelSmoothing, float clipNorm, long seed, TokenSampler sampler) {
    this(model, manager, devices, optimizer, labelSmoothing, clipNorm, seed, sampler, SourceArrays.TOKENS, 0f);
  }

  /**
   * A data-parallel step whose sources become encoder input through {@code sources}, and with
   * Show, Attend and Tell's doubly stochastic attention penalty of weight
   * {@code attentionPenalty} (0: off): {@code lambda * sum_i (1 - sum_t alpha_ti)^2} per sequence,
   * over its real decoder steps t (its tokens and EOS) and source positions i, added to the summed
   * cross-entropy; like it, divided by the batch's target tokens.
   */
  public TrainingStep(Seq2SeqModel model, NDManager manager, List<Device> devices, Optimizer optimizer,
      float labelSmoothing, float clipNorm, long seed, TokenSampler sampler, SourceArrays sources,
      float attentionPenalty) {
    if (!(attentionPenalty >= 0)) {
      throw new IllegalArgumentException("training.attention_penalty must be >= 0, got " + attentionPenalty);
    }
    this.sources = sources;
    this.attentionPenalty = attentionPenalty;
    if (devices.isEmpty() || !devices.get(0).equals(manager.getDevice())) {
      throw new IllegalArgumentException("the first training device must hold the parameters ("
          + manager.getDevice() + "), got " + devices);
    }
    this.model = model;
    this.manager = manager;
    this.devices = List.copyOf(devices);
    this.optimizer = optimizer;
    this.loss = new MaskedCrossEntropy(labelSmoothing);
    this.clipNorm = clipNorm;
    this.seed = seed;
    this.sampler = sampler;
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
    float[] gold = eps < 1.0
        ? goldMask(new SplittableRandom(stepSeed), batch.targetLengths(), width, eps, scope) : null;
    try (NDManager sub = manager.newSubManager()) {
      int[] sizes = Shards.sizes(b, devices.size());
      List<ReplicaStore> replicas = new ArrayList<>(sizes.length);
      NDList losses = new NDList(sizes.length);
      for (int k = 0, from = 0; k < sizes.length; from += sizes[k], k++) {
        NDManager shard = sub.newSubManager(devices.get(k));
        ParameterStore store = k == 0 ? new ParameterStore(shard, false) : new ReplicaStore(shard, parameters);
        if (k > 0) {
          replicas.add((ReplicaStore) store);
        }
        int rows = sizes[k];
        ScheduledSampling sampling = gold == null ? null
            : new ScheduledSampling(shard.create(slice(gold, width, from, rows), new Shape(rows, width)), sampler);
        NDList source = sources.create(shard, rows(batch, from, rows));
        try (GradientCollector collector = engine.newGradientCollector()) {
          NDList forward = model.logitsAndAttention(store, source.get(0), source.get(1),
              shard.create(slice(in, width, from, rows), new Shape(rows, width)), sampling, true);
          NDArray logits = forward.get(0);
          NDArray shardMask = shard.create(slice(mask, width, from, rows), new Shape(rows, width));
          NDArray shardLoss = loss.loss(logits, shard.create(slice(out, width, from, rows), new Shape(rows, width)),
              shardMask, batch.targetTokens());
          if (attentionPenalty > 0) {
            shardLoss = shardLoss.add(attentionPenalty(forward.get(1), shardMask, source.get(1), batch.targetTokens()));
          }
          logits.close(); // (B,T,V): the backward pass does not need it, so it need not wait for the batch
          collector.backward(shardLoss);
          losses.add(shardLoss);
        }
      }
      List<NDArray> gradients = new ArrayList<>(parameters.size());
      NDList squares = new NDList(parameters.size());
      for (Parameter p : parameters) {
        NDArray g = p.getArray().getGradient();
        g.attach(sub);
        for (ReplicaStore replica : replicas) {
          g.addi(replica.gradient(p).toDevice(g.getDevice(), false));
        }
        gradients.add(g);
        squares.add(g.norm().square());
      }
      float norm = (float) Math.sqrt(NDArrays.stack(squares).sum().getFloat());
      // Clipping scales the gradients inside the fused update rather than in a pass of its own.
      float scale = clipNorm > 0 && norm > clipNorm ? clipNorm / (norm + 1e-6f) : 1f;
      for (int i = 0; i < parameters.size(); i++) {
        optimizer.update(parameters.get(i), gradients.get(i), lr, scale);
      }
      optimizer.endStep();
      if (accumulatesGradients) {
        for (NDArray g : gradients) {
          g.muli(0);
        }
      }
      float total = 0;
      for (NDArray l : losses) {
        total += l.getFloat();
      }
      return new Result(total, norm, batch.targetTokens());
    }
  }

  /** Sources {@code from .. from + count - 1} of {@code batch}, each cut to its length. */
  static List<int[]> rows(TokenBatch batch, int from, int count) {
    List<int[]> rows = new ArrayList<>(count);
    for (int r = from; r < from + count; r++) {
      rows.add(Arrays.copyOf(batch.source()[r], batch.sourceLengths()[r]));
    }
    return rows;
  }

  /**
   * {@code lambda * sum_b sum_i (1 - sum_t mask_bt alpha_bti)^2 / tokens} for (B,T,S) attention,
   * (B,T) target mask and (B) source lengths; padded source positions (attention 0) count nothing.
   */
  private NDArray attentionPenalty(NDArray attention, NDArray mask, NDArray sourceLengths, long tokens) {
    NDManager m = attention.getManager();
    long b = attention.getShape().get(0);
    int positions = (int) attention.getShape().get(2);
    int[] lengths = sourceLengths.toIntArray();
    float[] real = new float[(int) b * positions];
    for (int r = 0; r < b; r++) {
      for (int i = 0; i < lengths[r]; i++) {
        real[r * positions + i] = 1f;
      }
    }
    NDArray total = attention.mul(mask.expandDims(2)).sum(new int[] {1});
    NDArray gap = total.neg().add(1f).mul(m.create(real, new Shape(b, positions)));
    return gap.square().sum().mul(attentionPenalty / (float) tokens);
  }

  /** Rows {@code from .. from + rows - 1} of a row-major array {@code width} wide. */
  private static int[] slice(int[] flat, int width, int from, int rows) {
    return Arrays.copyOfRange(flat, from * width, (from + rows) * width);
  }

  private static float[] slice(float[] flat, int width, int from, int rows) {
    return Arrays.copyOfRange(flat, from * width, (from + rows) * width);
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
