package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
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

  /** Attention keys (B,S,K) for encoder states (B,S,D). */
  NDArray keys(ParameterStore ps, NDArray states, boolean training) {
    return keyWeight == null ? states : Linear.linear(states, value(ps, keyWeight, states, training)).head();
  }

  /** The state before the first step: the bridge from the encoder summary. */
  DecoderState initialState(ParameterStore ps, EncoderOutput enc, boolean training) {
    NDArray summary = enc.finalState();
    NDArray h = Linear.linear(summary, value(ps, bridgeWeight, summary, training),
        value(ps, bridgeBias, summary, training)).head().tanh();
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
    DecoderState next = new DecoderState(attended.subNDList(2, 2 + layers.size()),
        attended.subNDList(2 + layers.size()), attended.get(0));
    return new StepOutput(project(ps, attended.get(0), training), attended.get(1), next);
  }

  /**
   * The recurrent part of one step: attentional vector (R,A), attention (R,S), then the hidden
   * states of every layer, then their cell states. The output projection is left to the caller.
   */
  private NDList advance(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray previous,
      boolean training) {
    NDArray x = dropout(embed(ps, previous, training), training);
    if (config.inputFeeding()) {
      x = x.concat(state.attentional(), -1);
    }
    NDList hidden = new NDList();
    NDList cell = new NDList();
    for (int l = 0; l < layers.size(); l++) {
      if (l > 0) {
        x = dropout(x, training);
      }
      NDList hc = layers.get(l).step(ps, x, state.hidden().get(l), state.cell().get(l), training);
      hidden.add(hc.get(0));
      cell.add(hc.get(1));
      x = hc.get(0);
    }
    NDList attended = attend(ps, enc, x.expandDims(1), training);
    NDList out = new NDList(attended.get(0).squeeze(1), attended.get(1).squeeze(1));
    out.addAll(hidden);
    out.addAll(cell);
    return out;
  }

  /**
   * Logits (B,T,V) for (B,T) int32 decoder inputs. With {@code goldMask == null} every input is
   * the gold token (teacher forcing; one fused LSTM call per layer unless input feeding is on).
   * Otherwise input t > 0 is the gold token where the (B,T) {@code goldMask} is 1 and the token
   * {@code sampler} picks from the model's prediction at step t-1 where it is 0 (Bengio et al.,
   * 2015). The step-by-step path runs only the recurrent part per step; the choice projects just
   * the rows that need a sampled token (without gradient and without output dropout), and the
   * output layer with gradient runs once over all steps, as in teacher forcing.
   */
  NDArray decode(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs,
      NDArray goldMask, TokenSampler sampler, boolean training) {
    if (goldMask == null && !config.inputFeeding()) {
      return fused(ps, enc, state, inputs, training);
    }
    int steps = (int) inputs.getShape().get(1);
    float[] gold = goldMask == null ? null : goldMask.toFloatArray();
    NDList attentional = new NDList();
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
      state = new DecoderState(out.subNDList(2, 2 + layers.size()), out.subNDList(2 + layers.size()), out.get(0));
    }
    return project(ps, NDArrays.stack(attentional, 1), training);
  }

  /** Gold tokens (B) with the rows whose coin at step t says "sample" replaced by the model's choice. */
  private NDArray mix(ParameterStore ps, NDArray goldTokens, NDArray lastAttentional, float[] gold, int t,
      int steps, TokenSampler sampler) {
    int batch = (int) goldTokens.getShape().get(0);
    int[] sampled = new int[batch];
    int[] index = new int[batch];
    int n = 0;
    for (int b = 0; b < batch; b++) {
      if (gold[b * steps + t] < 0.5f) {
        index[b] = batch + n;
        sampled[n++] = b;
      } else {
        index[b] = b;
      }
    }
    if (n == 0) {
      return goldTokens;
    }
    NDArray rows = goldTokens.getManager().create(java.util.Arrays.copyOf(sampled, n));
    NDArray chosen = sampler.choose(project(ps, Rows.select(lastAttentional.stopGradient(), rows), false));
    NDArray candidates = goldTokens.concat(chosen, 0);
    return Rows.select(candidates, goldTokens.getManager().create(index));
  }

  private NDArray fused(ParameterStore ps, EncoderOutput enc, DecoderState state, NDArray inputs,
      boolean training) {
    NDArray x = dropout(embed(ps, inputs, training), training);
    for (int l = 0; l < layers.size(); l++) {
      if (l > 0) {
        x = dropout(x, training);
      }
      x = layers.get(l).sequence(ps, x, state.hidden().get(l), state.cell().get(l), training).head();
    }
    return project(ps, attend(ps, enc, x, training).get(0), training);
  }

  /** For queries (B,T,H): attentional vectors (B,T,A) and attention weights (B,T,S). */
  private NDList attend(ParameterStore ps, EncoderOutput enc, NDArray query, boolean training) {
    NDArray scores;
    if (config.attention() == AttentionType.BAHDANAU) {
      NDArray q = Linear.linear(query, value(ps, queryWeight, query, training)).head();
      NDArray sum = q.expandDims(2).add(enc.keys().expandDims(1)).tanh();
      scores = Linear.linear(sum, value(ps, scoreWeight, query, training)).head().squeeze(-1);
    } else {
      scores = query.matMul(enc.keys().transpose(0, 2, 1));
    }
    NDArray weights = scores.add(enc.maskBias()).softmax(-1);
    NDArray context = weights.matMul(enc.states());
    NDArray attentional = Linear.linear(context.concat(query, -1), value(ps, combineWeight, query, training))
        .head().tanh();
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
