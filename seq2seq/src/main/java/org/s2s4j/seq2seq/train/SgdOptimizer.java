package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;

/** Stochastic gradient descent with optional momentum, using the engine's fused update. */
public final class SgdOptimizer extends StatefulOptimizer {

  private final float momentum;

  /** SGD with momentum in [0, 1) (0: plain SGD). */
  public SgdOptimizer(float momentum) {
    this.momentum = momentum;
  }

  @Override
  public void update(Parameter parameter, NDArray gradient, float lr, float gradientScale) {
    NDArray weight = parameter.getArray();
    NDList inputs = new NDList(weight, gradient);
    if (momentum > 0) {
      inputs.add(state.computeIfAbsent("momentum/" + parameter.getName(), k -> weight.zerosLike()));
    }
    weight.getNDArrayInternal().sgdUpdate(inputs, new NDList(weight), lr, 0f, gradientScale, -1f, momentum, true);
  }
}
