package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stochastic gradient descent with optional momentum, using the engine's fused update. */
public final class SgdOptimizer implements Optimizer {

  private final float momentum;
  private final Map<String, NDArray> state = new LinkedHashMap<>();
  private long steps;

  /** SGD with momentum in [0, 1) (0: plain SGD). */
  public SgdOptimizer(float momentum) {
    this.momentum = momentum;
  }

  @Override
  public void update(Parameter parameter, NDArray gradient, float lr) {
    NDArray weight = parameter.getArray();
    NDList inputs = new NDList(weight, gradient);
    if (momentum > 0) {
      inputs.add(state.computeIfAbsent("momentum/" + parameter.getName(), k -> weight.zerosLike()));
    }
    weight.getNDArrayInternal().sgdUpdate(inputs, new NDList(weight), lr, 0f, 1f, -1f, momentum, true);
  }

  @Override
  public void endStep() {
    steps++;
  }

  @Override
  public Map<String, NDArray> state() {
    return state;
  }

  @Override
  public long steps() {
    return steps;
  }

  @Override
  public void restore(Map<String, NDArray> saved, long savedSteps) {
    state.clear();
    state.putAll(saved);
    steps = savedSteps;
  }
}
