package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;

/**
 * The decoder of a {@link Seq2SeqModel} prepared for inference steps. The LSTM gate weights are
 * rearranged once, per gate {@code [W_ih W_hh]} and {@code b_ih + b_hh}, instead of two products,
 * a sum and a split of the gates at every step; the output layer is the whole vocabulary's or a
 * subset of its rows (a shortlist), cut once per batch.
 *
 * <p>A snapshot: the gate weights are copies of the parameters when it was made, so it must be
 * made again after they change. Loading a checkpoint ({@code TrainedModel.load}) makes a new one
 * with the new model, and training makes one per dev evaluation; loading new values into the
 * parameters of a model whose step decoder is kept would leave it stale. Close it to free the
 * copies. Safe to share between threads (nothing in it changes after it is made).
 */
public final class StepDecoder implements AutoCloseable {

  private final AttentionDecoder decoder;
  private final ParameterStore ps;
  private final NDManager manager;
  private final List<LstmLayer.GateWeights> gates;
  private final NDList output;

  StepDecoder(AttentionDecoder decoder, ParameterStore ps, NDManager manager) {
    this.decoder = decoder;
    this.ps = ps;
    this.manager = manager;
    this.gates = decoder.gateWeights(ps, manager);
    this.output = decoder.outputLayer(ps, manager);
  }

  /** An output layer: (C,A) weight and (C) bias, for C target tokens. */
  public record OutputLayer(NDArray weight, NDArray bias) {

    /** Moves both arrays to {@code m}. */
    public OutputLayer attach(NDManager m) {
      weight.attach(m);
      bias.attach(m);
      return this;
    }
  }

  /** The whole vocabulary's output layer (the model's parameters; never attach it elsewhere). */
  public OutputLayer outputLayer() {
    return new OutputLayer(output.get(0), output.get(1));
  }

  /** The output layer cut to the int32 (C) target ids {@code rows}, a copy in their manager. */
  public OutputLayer outputLayer(NDArray rows) {
    NDArray w = Rows.select(output.get(0), rows);
    NDArray b = Rows.select(output.get(1), rows);
    return new OutputLayer(w, b).attach(rows.getManager());
  }

  /** One decoder step for (R) int32 previous tokens, with logits over {@code output}'s rows. */
  public StepOutput step(EncoderOutput enc, DecoderState state, NDArray previousTokens,
      OutputLayer output) {
    return decoder.step(ps, gates, output.weight(), output.bias(), enc, state, previousTokens);
  }

  @Override
  public void close() {
    manager.close();
  }
}
