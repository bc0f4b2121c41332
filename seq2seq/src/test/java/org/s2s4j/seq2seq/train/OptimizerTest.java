package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizerTest {

  @ParameterizedTest
  @CsvSource({"MXNet", "PyTorch"})
  void aGradientScaleActsAsAScaledGradient(String engine) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      for (Supplier<Optimizer> kind : java.util.List.<Supplier<Optimizer>>of(
          () -> new AdamOptimizer(0.9f, 0.999f), () -> new SgdOptimizer(0.9f), () -> new SgdOptimizer(0f))) {
        // Different scales in the two steps, since Adam is invariant to one constant scale.
        float[] scaledInside = twoSteps(m, kind.get(), new float[] {1f, 1f}, new float[] {0.25f, 1f});
        float[] scaledBefore = twoSteps(m, kind.get(), new float[] {0.25f, 1f}, new float[] {1f, 1f});
        assertArrayEquals(scaledBefore, scaledInside, 1e-6f, engine);
      }
    }
  }

  /** Two updates of w = (1, -2, 3) with gradients g * premultiplied[i] and scales scale[i]. */
  private static float[] twoSteps(NDManager m, Optimizer optimizer, float[] premultiplied, float[] scale) {
    Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT)
        .optArray(m.create(new float[] {1, -2, 3})).build();
    float[][] gradients = {{0.5f, -1f, 2f}, {-0.3f, 0.2f, 4f}};
    for (int i = 0; i < 2; i++) {
      optimizer.update(p, m.create(gradients[i]).mul(premultiplied[i]), 0.1f, scale[i]);
      optimizer.endStep();
    }
    return p.getArray().toFloatArray();
  }
}
