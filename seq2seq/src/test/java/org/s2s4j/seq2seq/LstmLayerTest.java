package org.s2s4j.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LstmLayerTest {

  @ParameterizedTest
  @ValueSource(strings = {"MXNet", "PyTorch"})
  void theStepWithPreparedGateWeightsIsTheSameCell(String engine) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Engine.getEngine(engine).setRandomSeed(3);
      List<Parameter> parameters = new ArrayList<>();
      LstmLayer layer = new LstmLayer("l", 5, 4, p -> {
        parameters.add(p);
        return p;
      });
      for (Parameter p : parameters) {
        p.setInitializer(new NormalInitializer(0.5f));
        p.initialize(m, DataType.FLOAT32);
      }
      ParameterStore ps = new ParameterStore(m, false);
      NDArray x = m.randomNormal(new Shape(3, 5));
      NDArray h = m.randomNormal(new Shape(3, 4));
      NDArray c = m.randomNormal(new Shape(3, 4));

      NDList expected = layer.step(ps, x, h, c, false);
      NDList actual = layer.step(layer.gateWeights(ps, m, false), x, h, c);

      assertArrayEquals(expected.get(0).toFloatArray(), actual.get(0).toFloatArray(), 1e-6f);
      assertArrayEquals(expected.get(1).toFloatArray(), actual.get(1).toFloatArray(), 1e-6f);
    }
  }
}
