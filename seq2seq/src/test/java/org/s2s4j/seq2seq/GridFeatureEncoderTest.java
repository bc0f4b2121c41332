package org.s2s4j.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.s2s4j.seq2seq.train.SamplingScope;
import org.s2s4j.seq2seq.train.SgdOptimizer;
import org.s2s4j.seq2seq.train.TokenBatch;
import org.s2s4j.seq2seq.train.TrainingStep;

class GridFeatureEncoderTest {

  static final int C = 5;
  static final int V = 9;

  static ModelConfig config(AttentionType attention) {
    return new ModelConfig(1, V, 6, 4, 1, 8, 1, attention, false, false, 0f);
  }

  /** Two images: 3 positions, and 2 positions padded to 3. */
  static final float[] GRID = new float[2 * 3 * C];

  static {
    Random r = new Random(5);
    for (int i = 0; i < GRID.length; i++) {
      GRID[i] = (i >= (3 + 2) * C) ? 0f : (float) r.nextGaussian();
    }
  }

  private static Seq2SeqModel model(NDManager m, AttentionType attention) {
    m.getEngine().setRandomSeed(11);
    ModelConfig config = config(attention);
    Seq2SeqModel model = new Seq2SeqModel(config, new GridFeatureEncoder(config, C));
    model.initialize(m);
    return model;
  }

  private static float[] parameter(Seq2SeqModel model, String name) {
    return model.getParameters().stream().filter(p -> p.getKey().endsWith(name)).findFirst().orElseThrow()
        .getValue().getArray().toFloatArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MXNet", "PyTorch"})
  void projectsEveryPositionAndSummarisesByTheMeanOfTheRealOnes(String engine) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, AttentionType.BAHDANAU);
      EncoderOutput enc = model.encode(m.create(GRID, new Shape(2, 3, C)), m.create(new int[] {3, 2}));
      assertEquals(new Shape(2, 3, 4), enc.states().getShape());
      float[] w = parameter(model, "grid_projection_weight");
      float[] b = parameter(model, "grid_projection_bias");
      float[] states = enc.states().toFloatArray();
      float[] summary = enc.finalState().toFloatArray();
      int[] lengths = {3, 2};
      for (int row = 0; row < 2; row++) {
        for (int d = 0; d < 4; d++) {
          double sum = 0;
          for (int n = 0; n < 3; n++) {
            double v = b[d];
            for (int c = 0; c < C; c++) {
              v += w[d * C + c] * GRID[(row * 3 + n) * C + c];
            }
            v = Math.max(0, v); // relu
            assertEquals(v, states[(row * 3 + n) * 4 + d], 1e-5);
            if (n < lengths[row]) {
              sum += v;
            }
          }
          assertEquals(sum / lengths[row], summary[row * 4 + d], 1e-5);
        }
      }
    }
  }

  @Test
  void aPaddedImageDecodesAsItDoesAloneAndItsPaddingGetsNoAttention() {
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Seq2SeqModel model = model(m, AttentionType.GENERAL);
      EncoderOutput batch = model.encode(m.create(GRID, new Shape(2, 3, C)), m.create(new int[] {3, 2}));
      float[] second = java.util.Arrays.copyOfRange(GRID, 3 * C, 5 * C);
      EncoderOutput alone = model.encode(m.create(second, new Shape(1, 2, C)), m.create(new int[] {2}));
      StepOutput inBatch = model.step(batch, model.initialState(batch), m.create(new int[] {2, 2}));
      StepOutput single = model.step(alone, model.initialState(alone), m.create(new int[] {2}));
      float[] a = inBatch.logits().get("1").toFloatArray();
      float[] s = single.logits().get("0").toFloatArray();
      for (int i = 0; i < V; i++) {
        assertEquals(s[i], a[i], 1e-5);
      }
      float[] att = inBatch.attention().toFloatArray();
      assertEquals(0.0, att[5], 0.0);
      assertEquals(1.0, att[3] + att[4], 1e-5);
    }
  }

  @Test
  void rejectsFeaturesOfTheWrongShapeAndDotAttentionOfTheWrongSize() {
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Seq2SeqModel model = model(m, AttentionType.GENERAL);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> model.encode(m.create(new float[2 * 3 * 4], new Shape(2, 3, 4)), m.create(new int[] {3, 3})));
      assertTrue(e.getMessage().contains("(batch, positions, 5)"), e.getMessage());
    }
    ModelConfig dot = config(AttentionType.DOT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Seq2SeqModel(dot, new GridFeatureEncoder(dot, C)));
    assertTrue(e.getMessage().contains("encoder's output size (4)"), e.getMessage());
  }

  /**
   * The doubly stochastic penalty adds lambda * sum_b sum_i (1 - sum_t alpha_bti)^2 / tokens to
   * the loss, with alpha from the same forward pass (no dropout, learning rate 0: nothing changes).
   */
  @Test
  void theAttentionPenaltyAddsSatsDoublyStochasticTerm() {
    SourceArrays grids = (manager, rows) -> {
      float[] flat = new float[rows.size() * 3 * C];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(GRID, rows.get(i)[0] * 3 * C, flat, i * 3 * C, 3 * C);
      }
      int[] lengths = rows.stream().mapToInt(r -> r[0] == 0 ? 3 : 2).toArray();
      return new NDList(manager.create(flat, new Shape(rows.size(), 3, C)), manager.create(lengths));
    };
    TokenBatch batch = new TokenBatch(new int[][] {{0}, {1}}, new int[] {1, 1},
        new int[][] {{4, 5, 6}, {7, 0, 0}}, new int[] {3, 1});
    float lambda = 0.7f;
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Seq2SeqModel model = model(m, AttentionType.BAHDANAU);
      List<ai.djl.Device> cpu = Collections.singletonList(m.getDevice());
      float plain = new TrainingStep(model, m, cpu, new SgdOptimizer(0f), 0f, 0f, 1, TokenSampler.ARGMAX, grids, 0f)
          .run(batch, 0, 0f, 1.0, SamplingScope.TOKEN).loss();
      float penalised = new TrainingStep(model, m, cpu, new SgdOptimizer(0f), 0f, 0f, 1, TokenSampler.ARGMAX, grids,
          lambda).run(batch, 0, 0f, 1.0, SamplingScope.TOKEN).loss();
      NDList src = grids.create(m, List.of(new int[] {0}, new int[] {1}));
      int[] in = {2, 4, 5, 6, 2, 7, 0, 0};
      NDArray attention = model.logitsAndAttention(new ParameterStore(m, false), src.get(0), src.get(1),
          m.create(in, new Shape(2, 4)), null, false).get(1);
      float[] a = attention.toFloatArray();
      int[] steps = {4, 2}; // tokens + EOS
      int[] positions = {3, 2};
      double penalty = 0;
      for (int row = 0; row < 2; row++) {
        for (int i = 0; i < positions[row]; i++) {
          double total = 0;
          for (int t = 0; t < steps[row]; t++) {
            total += a[(row * 4 + t) * 3 + i];
          }
          penalty += (1 - total) * (1 - total);
        }
      }
      assertEquals(lambda * penalty / 6, penalised - plain, 1e-5);
      assertTrue(penalty > 0.1, "a penalty worth testing: " + penalty);
    }
  }
}
