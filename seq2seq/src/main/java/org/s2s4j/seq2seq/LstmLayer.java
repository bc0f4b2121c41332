package org.s2s4j.seq2seq;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.function.UnaryOperator;

/**
 * One unidirectional LSTM layer whose four parameters belong to the block that owns it. The same
 * parameters drive the fused whole-sequence operator (teacher forcing, the encoder) and a
 * hand-written cell for one step (scheduled sampling, decoding); both compute
 * {@code i,f,g,o = W_ih x + b_ih + W_hh h + b_hh}, {@code c' = s(f) c + s(i) tanh(g)},
 * {@code h' = s(o) tanh(c')}.
 */
final class LstmLayer {

  private final int hidden;
  private final Parameter inputWeight;
  private final Parameter hiddenWeight;
  private final Parameter inputBias;
  private final Parameter hiddenBias;

  LstmLayer(String name, int inputSize, int hidden, UnaryOperator<Parameter> register) {
    this.hidden = hidden;
    inputWeight = register.apply(weight(name + "_i2h_weight", 4L * hidden, inputSize));
    hiddenWeight = register.apply(weight(name + "_h2h_weight", 4L * hidden, hidden));
    inputBias = register.apply(bias(name + "_i2h_bias", 4L * hidden));
    hiddenBias = register.apply(bias(name + "_h2h_bias", 4L * hidden));
  }

  int hidden() {
    return hidden;
  }

  /** Runs the fused operator over (B,T,in) from (B,H) states; returns out (B,T,H), h, c (B,H). */
  NDList sequence(ParameterStore ps, NDArray x, NDArray h0, NDArray c0, boolean training) {
    Device device = x.getDevice();
    NDList params = new NDList(
        ps.getValue(inputWeight, device, training),
        ps.getValue(hiddenWeight, device, training),
        ps.getValue(inputBias, device, training),
        ps.getValue(hiddenBias, device, training));
    NDList out = x.getNDArrayInternal().lstm(
        x, new NDList(h0.expandDims(0), c0.expandDims(0)), params, true, 1, 0.0, training, false, true);
    return new NDList(out.get(0), out.get(1).squeeze(0), out.get(2).squeeze(0));
  }

  /** One step on (R,in) from (R,H) states; returns h, c (R,H). */
  NDList step(ParameterStore ps, NDArray x, NDArray h, NDArray c, boolean training) {
    return stepFromGates(ps, inputGates(ps, x, training), h, c, training);
  }

  /** The input's contribution {@code W_ih x + b_ih} to the gates, for (..,in) inputs: (..,4H). */
  NDArray inputGates(ParameterStore ps, NDArray x, boolean training) {
    Device device = x.getDevice();
    return Linear.linear(x, ps.getValue(inputWeight, device, training), ps.getValue(inputBias, device, training))
        .head();
  }

  /** One step from the input's gate contribution (R,4H) and (R,H) states; returns h, c (R,H). */
  NDList stepFromGates(ParameterStore ps, NDArray inputGates, NDArray h, NDArray c, boolean training) {
    Device device = h.getDevice();
    NDArray gates = inputGates.add(Linear.linear(h, ps.getValue(hiddenWeight, device, training),
        ps.getValue(hiddenBias, device, training)).head());
    NDList g = gates.split(4, 1);
    NDArray cell = Activation.sigmoid(g.get(1)).mul(c)
        .add(Activation.sigmoid(g.get(0)).mul(g.get(2).tanh()));
    NDArray next = Activation.sigmoid(g.get(3)).mul(cell.tanh());
    return new NDList(next, cell);
  }

  static Parameter weight(String name, long rows, long cols) {
    return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
        .optShape(new ai.djl.ndarray.types.Shape(rows, cols)).build();
  }

  static Parameter bias(String name, long size) {
    return Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
        .optShape(new ai.djl.ndarray.types.Shape(size)).build();
  }
}
