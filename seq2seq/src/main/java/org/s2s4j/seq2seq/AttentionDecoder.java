package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stacked LSTM decoder with attention over encoder states (Luong et al., 2015 layout: the top
 * hidden state queries the source, {@code tanh(W_c [context; query])} is the attentional vector,
 * optionally fed back to the next input). The initial state is a bridge {@code tanh(W_b e + b_b)}
 * from the encoder's final summary {@code e}, used for h and c of every layer.
 */
public final class AttentionDecoder extends AbstractBlock {

  private final ModelConfig config;
  private final Parameter embedding;
  private final List<LstmLayer> layers = new ArrayList<>();
  private final Parameter bridgeWeight;
  private final Parameter bridgeBias;
  private final Parameter keyWeight;
  private final Parameter queryWeight;
  private final Parameter scoreWeight;
  private final Parameter combineWeight;
  private final Parameter outputWeight;
  private final Parameter outputBias;

  /** A decoder reading encoder states of size {@code encoderSize}. */
  public AttentionDecoder(ModelConfig config, int encoderSize) {
    if (config.attention() == AttentionType.DOT && config.decoderSize() != encoderSize) {
      throw new IllegalArgumentException("dot attention needs model.decoder_size = the encoder's output size ("
          + encoderSize + "), got " + config.decoderSize() + "; use general or bahdanau attention");
    }
    this.config = config;
    int h = config.decoderSize();
    int a = config.attentionalSize();
    embedding = addParameter(LstmLayer.weight("target_embedding", config.targetVocabSize(),
        config.embeddingSize()));
    int input = config.embeddingSize() + (config.inputFeeding() ? a : 0);
    for (int l = 0; l < config.decoderLayers(); l++) {
      layers.add(new LstmLayer("decoder_l" + l, input, h, this::addParameter));
      input = h;
    }
    bridgeWeight = addParameter(LstmLayer.weight("bridge_weight", h, encoderSize));
    bridgeBias = addParameter(LstmLayer.bias("bridge_bias", h));
    AttentionType type = config.attention();
    keyWeight = type == AttentionType.DOT ? null
        : addParameter(LstmLayer.weight("attention_key_weight", h, encoderSize));
    queryWeight = type == AttentionType.BAHDANAU
        ? addParameter(LstmLayer.weight("attention_query_weight", h, h)) : null;
    scoreWeight = type == AttentionType.BAHDANAU
        ? addParameter(LstmLayer.weight("attention_score_weight", 1, h)) : null;
    combineWeight = addParameter(LstmLayer.weight("attention_out_weight", a, encoderSize + h));
    outputWeight = config.tieTargetEmbeddings() ? embedding
        : addParameter(LstmLayer.weight("output_weight", config.targetVocabSize(), a));
    outputBias = addParameter(LstmLayer.bias("output_bias", config.targetVocabSize()));
  }

  private NDArray value(ParameterStore ps, Parameter p, NDArray like, boolean training) {
    return ps.getValue(p, like.getDevice(), training);
  }

  /**
   * Attention keys for encoder states (B,S,D), in the layout the scores need: (B,K,S) for dot and
   * general attention, transposed once here rather than at every decoder step, and (B,S,K) for
   * Bahdanau attention.
   */
  NDArray keys(ParameterStore ps, NDArray states, boolean training) {
    NDArray keys = keyWeight == null ? states : Linear.linear(states, value(ps, keyWeight, states, training)).head();
    return config.attention() == AttentionType.BAHDANAU ? keys : keys.transpose(0, 2, 1);
  }

  /** The state before the first step: the bridge from the encoder summary. */
  DecoderState initialState(ParameterStore ps, EncoderOutput enc, boolean training) {
    NDArray summary = enc.finalState();
    NDArray h = Activation.tanh(Linear.linear(summary, value(ps, bridgeWeight, summary, training),
        value(ps, bridgeBias, summary, training)).head());
    NDList hidden = new NDList();
    NDList cell = new NDList();
    for (int l = 0; l < layers.size(); l++) {
      hidden.add(h);
      cell.add(h);
    }
    NDArray attentional = summary.getManager().zeros(new Shape(summary.getShape().get(0),
        config.attentionalSize()));
    return new DecoderState(hidden, cell, attentional);
  }

  /** One step for (R) int32 previous tokens. */
  StepOutput step(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray previous,
      boolean training) {
    NDList attended = advance(ps, enc, state, previous, training);
    return new StepOutput(project(ps, attended.get(0), training), attended.get(1), next(attended));
  }

  /** The per-layer gate weights of {@link StepDecoder}, prepared in {@code manager}. */
  List<LstmLayer.GateWeights> gateWeights(ParameterStore ps, NDManager manager) {
    List<LstmLayer.GateWeights> weights = new ArrayList<>();
    for (LstmLayer layer : layers) {
      weights.add(layer.gateWeights(ps, manager, false));
    }
    return weights;
  }

  /** The output layer's (V,A) weight and (V) bias (the parameters themselves). */
  NDList outputLayer(ParameterStore ps, NDManager manager) {
    return new NDList(ps.getValue(outputWeight, manager.getDevice(), false),
        ps.getValue(outputBias, manager.getDevice(), false));
  }

  /**
   * One inference step with prepared gate weights and an output layer (weight (C,A), bias (C)),
   * which may be a subset of the vocabulary's rows: the logits are then (R,C).
   */
  StepOutput step(ParameterStore ps, List<LstmLayer.GateWeights> gates, NDArray outWeight,
      NDArray outBias, EncoderOutput enc, DecoderState state, NDArray previous) {
    NDArray x = embed(ps, previous, false);
    if (config.inputFeeding()) {
      x = x.concat(state.attentional(), -1);
    }
    NDList hidden = new NDList();
    NDList cell = new NDList();
    for (int l = 0; l < layers.size(); l++) {
      NDList hc = layers.get(l).step(gates.get(l), x, state.hidden().get(l), state.cell().get(l));
      hidden.add(hc.get(0));
      cell.add(hc.get(1));
      x = hc.get(0);
    }
    NDList attended = attend(ps, enc, x.expandDims(1), false);
    NDArray attentional = attended.get(0).squeeze(1);
    NDArray logits = Linear.linear(attentional, outWeight, outBias).head();
    return new StepOutput(logits, attended.get(1).squeeze(1),
        new DecoderState(hidden, cell, attentional));
  }

  private DecoderState next(NDList advanced) {
    return new DecoderState(advanced.subNDList(2, 2 + layers.size()), advanced.subNDList(2 + layers.size()),
        advanced.get(0));
  }

  /**
   * The recurrent part of one step: attentional vector (R,A), attention (R,S), then the hidden
   * states of every layer, then their cell states. The output projection is left to the caller.
   */
  private NDList advance(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray previous,
      boolean training) {
    NDList layersOut = recur(ps, state, previous, training);
    NDArray top = layersOut.get(layers.size() - 1);
    NDList attended = attend(ps, enc, top.expandDims(1), training);
    NDList out = new NDList(attended.get(0).squeeze(1), attended.get(1).squeeze(1));
    out.addAll(layersOut);
    return out;
  }

  /** The LSTM layers for one step: the hidden state of every layer, then their cell states. */
  private NDList recur(ParameterStore ps, DecoderState state, NDArray previous, boolean training) {
    NDArray x = dropout(embed(ps, previous, training), training);
    if (config.inputFeeding()) {
      x = x.concat(state.attentional(), -1);
    }
    NDList hidden = new NDList();
    NDList cell = new NDList();
    for (int l = 0; l < layers.size(); l++) {
      NDList hc = layers.get(l).step(ps, l == 0 ? x : dropout(x, training), state.hidden().get(l),
          state.cell().get(l), training);
      hidden.add(hc.get(0));
      cell.add(hc.get(1));
      x = hc.get(0);
    }
    hidden.addAll(cell);
    return hidden;
  }

  /**
   * Logits (B,T,V) and attention weights (B,T,S) for (B,T) int32 decoder inputs. With
   * {@code sampling == null} every input is the gold token (teacher forcing; one fused LSTM call
   * per layer unless input feeding is on). Otherwise input t > 0 is the gold token where the
   * (B,T) gold mask is 1 and the token its sampler picks from the model's prediction at step t-1 where it is 0 (Bengio et al.,
   * 2015); the choice projects just the rows that need it, without gradient and without output
   * dropout.
   *
   * <p>Without input feeding this runs in two passes: the decoder first runs step by step to make
   * the choices, then the fused teacher-forcing path runs once on the inputs actually fed, with the
   * same dropout masks. The chosen tokens are constants for the gradient, so the second pass
   * computes the same function, and the same gradient, as backpropagating through the step-by-step
   * loop, at a fraction of its cost. With input feeding the loop itself carries the gradient.
   */
  NDList decode(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs,
      ScheduledSampling sampling, boolean training) {
    float[] gold = sampling == null ? null : sampling.goldMask().toFloatArray();
    TokenSampler sampler = sampling == null ? null : sampling.sampler();
    if (config.inputFeeding()) {
      return stepByStep(ps, enc, state, inputs, gold, sampler, training);
    }
    if (gold == null) {
      return fused(ps, enc, state, inputs, null, training);
    }
    NDList stepMasks = dropoutMasks(inputs, training);
    NDList masks = new NDList(stepMasks.size());
    for (NDArray mask : stepMasks) {
      masks.add(mask.transpose(1, 0, 2));
    }
    NDArray fed;
    try (GradientRecording paused = GradientRecording.pause(inputs.getManager())) {
      fed = fedTokens(ps, enc, state, inputs, gold, sampler, stepMasks, masks, training);
    }
    return fused(ps, enc, state, fed, masks, training);
  }

  private NDList stepByStep(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs,
      float[] gold, TokenSampler sampler, boolean training) {
    int steps = (int) inputs.getShape().get(1);
    NDList attentional = new NDList();
    NDList weights = new NDList();
    NDArray previous = inputs.get(":, 0");
    for (int t = 0; t < steps; t++) {
      if (t > 0) {
        previous = inputs.get(":, " + t);
        if (gold != null) {
          previous = mix(ps, previous, attentional.get(t - 1), gold, t, steps, sampler);
        }
      }
      NDList out = advance(ps, enc, state, previous, training);
      attentional.add(out.get(0));
      weights.add(out.get(1));
      state = next(out);
    }
    return new NDList(project(ps, NDArrays.stack(attentional, 1), training), NDArrays.stack(weights, 1));
  }

  /**
   * The (B,T) int32 inputs scheduled sampling feeds: the first pass, step by step up to the last
   * column with a sampled token, over only the rows that sample somewhere. The result is created
   * from host values, so no gradient path leads back into this pass. The dropout masks come both
   * time-major ({@code stepMasks}, for the steps) and batch-major ({@code masks}, to pick rows).
   */
  private NDArray fedTokens(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs,
      float[] gold, TokenSampler sampler, NDList stepMasks, NDList masks, boolean training) {
    int batch = (int) inputs.getShape().get(0);
    int steps = (int) inputs.getShape().get(1);
    int[] active = new int[batch];
    int n = 0;
    for (int b = 0; b < batch; b++) {
      for (int t = 1; t < steps; t++) {
        if (gold[b * steps + t] < 0.5f) {
          active[n++] = b;
          break;
        }
      }
    }
    if (n == 0) {
      return inputs;
    }
    int[] fed = inputs.toIntArray();
    NDManager manager = inputs.getManager();
    if (n == batch) {
      sample(ps, enc, state, fed, gold, batch, steps, sampler, stepMasks, training);
      return manager.create(fed, new Shape(batch, steps));
    }
    // Rows fed only gold tokens need no first pass: run it on the others alone.
    int[] rows = Arrays.copyOf(active, n);
    NDArray index = manager.create(rows);
    float[] subGold = new float[n * steps];
    int[] subFed = new int[n * steps];
    for (int i = 0; i < n; i++) {
      System.arraycopy(gold, rows[i] * steps, subGold, i * steps, steps);
      System.arraycopy(fed, rows[i] * steps, subFed, i * steps, steps);
    }
    NDList subMasks = new NDList();
    for (NDArray mask : masks) {
      subMasks.add(Rows.select(mask, index).transpose(1, 0, 2));
    }
    sample(ps, enc.select(index), state.select(index), subFed, subGold, n, steps, sampler, subMasks, training);
    for (int i = 0; i < n; i++) {
      System.arraycopy(subFed, i * steps, fed, rows[i] * steps, steps);
    }
    return manager.create(fed, new Shape(batch, steps));
  }

  /**
   * Runs the first pass over {@code batch} rows of {@code steps} inputs and writes the model's
   * picks into the host array {@code fed} (B*T) of the inputs, which it reads step by step. Every
   * row advances; attention and the output layer run where a row's next coin says "sample". The
   * cells use per-gate weights prepared once.
   */
  private void sample(ParameterStore ps, EncoderOutput enc, DecoderState state, int[] fed, float[] gold,
      int batch, int steps, TokenSampler sampler, NDList masks, boolean training) {
    int last = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] < 0.5f) {
        last = Math.max(last, i % steps);
      }
    }
    NDManager manager = enc.states().getManager();
    List<LstmLayer.GateWeights> weights = new ArrayList<>();
    for (LstmLayer layer : layers) {
      weights.add(layer.gateWeights(ps, manager, training));
    }
    NDList hidden = state.hidden();
    NDList cell = state.cell();
    int[] column = new int[batch];
    for (int t = 0; t < last; t++) {
      for (int b = 0; b < batch; b++) {
        column[b] = fed[b * steps + t];
      }
      NDList stepMask = null;
      if (!masks.isEmpty()) {
        stepMask = new NDList(masks.size());
        for (NDArray mask : masks) {
          stepMask.add(mask.get(t));
        }
      }
      NDArray x = dropout(embed(ps, manager.create(column), training), stepMask, 0, training);
      NDList nextHidden = new NDList();
      NDList nextCell = new NDList();
      for (int l = 0; l < layers.size(); l++) {
        NDList hc = layers.get(l).step(weights.get(l), l == 0 ? x : dropout(x, stepMask, l, training),
            hidden.get(l), cell.get(l));
        nextHidden.add(hc.get(0));
        nextCell.add(hc.get(1));
        x = hc.get(0);
      }
      hidden = nextHidden;
      cell = nextCell;
      int[] rows = sampledRows(gold, batch, steps, t + 1);
      if (rows.length > 0) {
        EncoderOutput rowsEnc = enc;
        NDArray query = x;
        if (rows.length < batch) {
          NDArray picked = manager.create(rows);
          rowsEnc = new EncoderOutput(Rows.select(enc.states(), picked), Rows.select(enc.keys(), picked),
              Rows.select(enc.maskBias(), picked), null);
          query = Rows.select(x, picked);
        }
        NDArray attentional = attend(ps, rowsEnc, query.expandDims(1), training).get(0).squeeze(1);
        NDArray logits = project(ps, attentional, false);
        int[] picked = sampler.choose(logits).toIntArray();
        for (int i = 0; i < rows.length; i++) {
          fed[rows[i] * steps + t + 1] = picked[i];
        }
      }
    }
  }

  /** The rows whose coin at column {@code t} of the (B,T) gold mask says "sample". */
  private static int[] sampledRows(float[] gold, int batch, int steps, int t) {
    int[] rows = new int[batch];
    int n = 0;
    for (int b = 0; b < batch; b++) {
      if (gold[b * steps + t] < 0.5f) {
        rows[n++] = b;
      }
    }
    return Arrays.copyOf(rows, n);
  }

  /**
   * The gather index that takes row b from the first {@code batch} rows of a concatenation, or,
   * for the i-th of {@code rows}, row {@code batch + i}.
   */
  private static int[] mixIndex(int[] rows, int batch) {
    int[] index = new int[batch];
    for (int b = 0; b < batch; b++) {
      index[b] = b;
    }
    for (int i = 0; i < rows.length; i++) {
      index[rows[i]] = batch + i;
    }
    return index;
  }

  /** Column {@code t} of the gold tokens with the sampled rows replaced by the model's picks. */
  private NDArray mix(ParameterStore ps, NDArray goldTokens, NDArray lastAttentional, float[] gold, int t,
      int steps, TokenSampler sampler) {
    int batch = (int) goldTokens.getShape().get(0);
    int[] rows = sampledRows(gold, batch, steps, t);
    if (rows.length == 0) {
      return goldTokens;
    }
    NDManager manager = goldTokens.getManager();
    NDArray attentional = Rows.select(lastAttentional.stopGradient(), manager.create(rows));
    NDArray chosen = sampler.choose(project(ps, attentional, false));
    return Rows.select(goldTokens.concat(chosen, 0), manager.create(mixIndex(rows, batch)));
  }

  /**
   * Inverted-dropout masks (0 or 1/keep) for the decoder's inputs (T,B,E) and, per layer above
   * the first, (T,B,H), so that both passes of scheduled sampling drop the same units. Time-major,
   * because the first pass takes one step at a time. Empty when not training or without dropout.
   */
  private NDList dropoutMasks(NDArray inputs, boolean training) {
    NDList masks = new NDList();
    if (!training || config.dropout() <= 0) {
      return masks;
    }
    NDManager manager = inputs.getManager();
    long b = inputs.getShape().get(0);
    long t = inputs.getShape().get(1);
    float keep = 1 - config.dropout();
    for (int l = 0; l < layers.size(); l++) {
      long width = l == 0 ? config.embeddingSize() : layers.get(l).hidden();
      masks.add(manager.randomUniform(0f, 1f, new Shape(t, b, width)).lt(keep).toType(DataType.FLOAT32, false)
          .div(keep));
    }
    return masks;
  }

  private NDList fused(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs, NDList masks,
      boolean training) {
    NDArray x = dropout(embed(ps, inputs, training), masks, 0, training);
    for (int l = 0; l < layers.size(); l++) {
      if (l > 0) {
        x = dropout(x, masks, l, training);
      }
      x = layers.get(l).sequence(ps, x, state.hidden().get(l), state.cell().get(l), training).head();
    }
    NDList attended = attend(ps, enc, x, training);
    return new NDList(project(ps, attended.get(0), training), attended.get(1));
  }

  /** For queries (B,T,H): attentional vectors (B,T,A) and attention weights (B,T,S). */
  private NDList attend(ParameterStore ps, EncoderOutput enc, NDArray query, boolean training) {
    NDArray scores;
    if (config.attention() == AttentionType.BAHDANAU) {
      NDArray q = Linear.linear(query, value(ps, queryWeight, query, training)).head();
      NDArray sum = Activation.tanh(q.expandDims(2).add(enc.keys().expandDims(1)));
      scores = Linear.linear(sum, value(ps, scoreWeight, query, training)).head().squeeze(-1);
    } else {
      scores = query.matMul(enc.keys());
    }
    NDArray weights = scores.add(enc.maskBias()).softmax(-1);
    NDArray context = weights.matMul(enc.states());
    NDArray attentional = Activation.tanh(
        Linear.linear(context.concat(query, -1), value(ps, combineWeight, query, training)).head());
    return new NDList(attentional, weights);
  }

  private NDArray embed(ParameterStore ps, NDArray tokens, boolean training) {
    return Embedding.embedding(tokens, value(ps, embedding, tokens, training), SparseFormat.DENSE).head();
  }

  private NDArray project(ParameterStore ps, NDArray attentional, boolean training) {
    NDArray x = dropout(attentional, training);
    return Linear.linear(x, value(ps, outputWeight, x, training), value(ps, outputBias, x, training)).head();
  }

  private NDArray dropout(NDArray x, boolean training) {
    return training && config.dropout() > 0 ? Dropout.dropout(x, config.dropout(), true).head() : x;
  }

  /** Dropout of {@code x} by mask {@code index} of {@code masks}, or fresh dropout when there are none. */
  private NDArray dropout(NDArray x, NDList masks, int index, boolean training) {
    return masks == null || masks.isEmpty() ? dropout(x, training) : x.mul(masks.get(index));
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    throw new IllegalStateException("the decoder runs through Seq2SeqModel");
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[0];
  }
}
