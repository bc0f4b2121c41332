package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;

/**
 * Adam (Kingma and Ba, 2015) with bias correction, using the engine's fused update; the first and
 * second moments live beside the parameters and are checkpointed.
 */
public final class AdamOptimizer extends StatefulOptimizer {

  private static final float EPSILON = 1e-8f;

  private final float beta1;
  private final float beta2;

  /** Adam with the given decay rates of the moment estimates. */
  public AdamOptimizer(float beta1, float beta2) {
    this.beta1 = beta1;
    this.beta2 = beta2;
  }

  @Override
  public void update(Parameter parameter, NDArray gradient, float lr, float gradientScale) {
    NDArray weight = parameter.getArray();
    NDArray mean = state.computeIfAbsent("m/" + parameter.getName(), k -> weight.zerosLike());
    NDArray variance = state.computeIfAbsent("v/" + parameter.getName(), k -> weight.zerosLike());
    long t = steps + 1;
    double coef1 = 1 - Math.pow(beta1, t);
    double coef2 = 1 - Math.pow(beta2, t);
    float corrected = (float) (lr * Math.sqrt(coef2) / coef1);
    weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradient, mean, variance), new NDList(weight),
        lr, corrected, 0f, gradientScale, -1f, beta1, beta2, EPSILON, true, false);
  }
}
