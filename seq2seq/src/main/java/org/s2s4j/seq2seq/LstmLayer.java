package org.s2s4j.seq2seq;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
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
    Device device = x.getDevice();
    NDArray gates = Linear.linear(x, ps.getValue(inputWeight, device, training),
        ps.getValue(inputBias, device, training)).head()
        .add(Linear.linear(h, ps.getValue(hiddenWeight, device, training),
            ps.getValue(hiddenBias, device, training)).head());
    NDList g = gates.split(4, 1);
    return cell(g.get(0), g.get(1), g.get(2), g.get(3), c);
  }

  /**
   * The weights rearranged for {@link #step(GateWeights, NDArray, NDArray, NDArray)}: per gate,
   * {@code [W_ih W_hh]} and {@code b_ih + b_hh}. Worth it for a loop of steps with fixed
   * parameters: it saves splitting the gates every step, which costs MXNet about 0.5 ms, and the
   * product of the input and the state becomes one product of their concatenation.
   */
  GateWeights gateWeights(ParameterStore ps, NDManager manager, boolean training) {
    Device device = manager.getDevice();
    // Results of operators on parameters belong to the parameters' manager unless moved: keep
    // them in the caller's (per-batch) manager, or every batch would leak them.
    NDArray wi = ps.getValue(inputWeight, device, training);
    NDArray wh = ps.getValue(hiddenWeight, device, training);
    NDArray b = attached(ps.getValue(inputBias, device, training).add(ps.getValue(hiddenBias, device, training)),
        manager);
    NDList weights = new NDList(4);
    NDList biases = new NDList(4);
    for (int k = 0; k < 4; k++) {
      // Slices along the first axis: MXNet splits and concatenates whole matrices far more slowly.
      NDIndex rows = new NDIndex("{}:{}", k * (long) hidden, (k + 1) * (long) hidden);
      weights.add(attached(wi.get(rows), manager).concat(attached(wh.get(rows), manager), 1));
      biases.add(b.get(rows));
    }
    return new GateWeights(weights, biases);
  }

  private static NDArray attached(NDArray x, NDManager manager) {
    x.attach(manager);
    return x;
  }

  /** One step on (R,in) inputs from (R,H) states with weights from {@link #gateWeights}; returns h, c. */
  NDList step(GateWeights weights, NDArray x, NDArray h, NDArray c) {
    NDArray xh = x.concat(h, 1);
    NDArray[] g = new NDArray[4];
    for (int k = 0; k < 4; k++) {
      g[k] = Linear.linear(xh, weights.weights().get(k), weights.biases().get(k)).head();
    }
    return cell(g[0], g[1], g[2], g[3], c);
  }

  private static NDList cell(NDArray i, NDArray f, NDArray g, NDArray o, NDArray c) {
    NDArray cell = Activation.sigmoid(f).mul(c).add(Activation.sigmoid(i).mul(Activation.tanh(g)));
    NDArray next = Activation.sigmoid(o).mul(Activation.tanh(cell));
    return new NDList(next, cell);
  }

  /** Per gate i, f, g, o: the (H,in+H) weight {@code [W_ih W_hh]} and the (H) bias {@code b_ih + b_hh}. */
  record GateWeights(NDList weights, NDList biases) {}

  static Parameter weight(String name, long rows, long cols) {
    return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
        .optShape(new ai.djl.ndarray.types.Shape(rows, cols)).build();
  }

  static Parameter bias(String name, long size) {
    return Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
        .optShape(new ai.djl.ndarray.types.Shape(size)).build();
  }
}
