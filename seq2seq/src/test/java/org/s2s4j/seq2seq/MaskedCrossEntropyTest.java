package org.s2s4j.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedCrossEntropyTest {

  private static final float LN2 = (float) Math.log(2);
  private static final float LN3 = (float) Math.log(3);

  @ParameterizedTest
  @ValueSource(strings = {"MXNet", "PyTorch"})
  void averagesOverRealTokensOnlyWithLabelSmoothing(String engine) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      // One sentence, 3 positions, V = 3. Position 0: p = (1/4, 1/2, 1/4), gold 1. Position 1:
      // uniform, gold 0. Position 2 is padding with a huge wrong logit: it must not count.
      var logits = m.create(new float[] {0, LN2, 0, 0, 0, 0, 100, 0, 0}, new Shape(1, 3, 3));
      var labels = m.create(new int[] {1, 0, 2}, new Shape(1, 3));
      var mask = m.create(new float[] {1, 1, 0}, new Shape(1, 3));
      // Without smoothing: (ln 2 + ln 3) / 2.
      assertEquals((LN2 + LN3) / 2, new MaskedCrossEntropy(0).loss(logits, labels, mask, 2).getFloat(), 1e-5);
      // With 0.1: position 0 is 0.9 ln 2 + 0.1 (ln 4 + ln 2 + ln 4) / 3 = 0.7393568; position 1 is ln 3.
      assertEquals((0.7393568f + LN3) / 2, new MaskedCrossEntropy(0.1f).loss(logits, labels, mask, 2).getFloat(),
          1e-5);
    }
  }
}
