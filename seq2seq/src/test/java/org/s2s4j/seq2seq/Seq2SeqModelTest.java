package org.s2s4j.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Seq2SeqModelTest {

  static final int V_SRC = 11;
  static final int V_TGT = 13;

  static ModelConfig config(AttentionType attention, boolean inputFeeding, boolean tied) {
    return new ModelConfig(V_SRC, V_TGT, 6, 4, 2, 8, 2, attention, inputFeeding, tied, 0.3f);
  }

  static Stream<Arguments> variants() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String engine : new String[] {"MXNet", "PyTorch"}) {
      b.add(Arguments.of(engine, AttentionType.GENERAL, false, false));
      b.add(Arguments.of(engine, AttentionType.DOT, false, true));
      b.add(Arguments.of(engine, AttentionType.BAHDANAU, true, false));
      b.add(Arguments.of(engine, AttentionType.BAHDANAU, false, false));
    }
    return b.build();
  }

  private static Seq2SeqModel model(NDManager m, ModelConfig config) {
    Engine.getEngine(m.getEngine().getEngineName()).setRandomSeed(7);
    Seq2SeqModel model = new Seq2SeqModel(config);
    model.initialize(m);
    return model;
  }

  // Two sentences: lengths 4 and 2 (the second padded with 0).
  private static NDArray source(NDManager m) {
    return m.create(new int[] {4, 5, 6, 7, 8, 9, 0, 0}, new Shape(2, 4));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void stepShapesAndAttentionSumsToOneOverRealPositions(String engine, AttentionType att, boolean feed,
      boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, config(att, feed, tied));
      EncoderOutput enc = model.encode(source(m), m.create(new int[] {4, 2}));
      assertEquals(new Shape(2, 4, 8), enc.states().getShape());
      StepOutput out = model.step(enc, model.initialState(enc), m.create(new int[] {2, 2}));
      assertEquals(new Shape(2, V_TGT), out.logits().getShape());
      assertEquals(new Shape(2, 4), out.attention().getShape());
      float[] a = out.attention().toFloatArray();
      assertEquals(1.0, a[0] + a[1] + a[2] + a[3], 1e-5);
      assertEquals(1.0, a[4] + a[5], 1e-5);
      assertEquals(0.0, a[6] + a[7], 0.0);
      assertTrue(a[4] > 0 && a[5] > 0);
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void paddingDoesNotChangeASentencesEncodingOrScores(String engine, AttentionType att, boolean feed,
      boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, config(att, feed, tied));
      EncoderOutput batch = model.encode(source(m), m.create(new int[] {4, 2}));
      EncoderOutput alone = model.encode(m.create(new int[] {8, 9}, new Shape(1, 2)), m.create(new int[] {2}));
      assertClose(alone.states().toFloatArray(), batch.states().get("1:2, 0:2, :").toFloatArray(), 1e-5f);
      assertClose(alone.finalState().toFloatArray(), batch.finalState().get("1:2, :").toFloatArray(), 1e-5f);
      NDArray bos = m.create(new int[] {2});
      NDArray inBatch = model.step(batch, model.initialState(batch), m.create(new int[] {2, 2})).logits();
      assertClose(model.step(alone, model.initialState(alone), bos).logits().toFloatArray(),
          inBatch.get("1:2, :").toFloatArray(), 1e-5f);
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void fusedTeacherForcingEqualsStepByStepDecoding(String engine, AttentionType att, boolean feed,
      boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, config(att, feed, tied));
      NDArray lengths = m.create(new int[] {4, 2});
      NDArray targets = m.create(new int[] {2, 5, 6, 7, 2, 8, 9, 0}, new Shape(2, 4));
      ParameterStore ps = new ParameterStore(m, false);
      NDArray fused = model.forward(ps, new NDList(source(m), lengths, targets), false).head();
      assertEquals(new Shape(2, 4, V_TGT), fused.getShape());
      // All-gold scheduled sampling runs the per-step cell: it must give the same logits.
      NDArray gold = m.ones(new Shape(2, 4));
      NDArray stepwise = model.logits(ps, source(m), lengths, targets,
          new ScheduledSampling(gold, TokenSampler.ARGMAX), false);
      assertClose(fused.toFloatArray(), stepwise.toFloatArray(), 1e-5f);
      // And so must the public inference API, one step at a time.
      EncoderOutput enc = model.encode(source(m), lengths);
      DecoderState state = model.initialState(enc);
      for (int t = 0; t < 4; t++) {
        StepOutput out = model.step(enc, state, targets.get(":, " + t));
        assertClose(fused.get(":, " + t + ", :").toFloatArray(), out.logits().toFloatArray(), 1e-5f);
        state = out.state();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void scheduledSamplingFeedsTheArgmaxOfThePreviousStepWhereTheCoinSaysSample(String engine, AttentionType att,
      boolean feed, boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, config(att, feed, tied));
      NDArray lengths = m.create(new int[] {4, 2});
      int[] gold = {2, 5, 6, 7, 2, 8, 9, 0};
      NDArray targets = m.create(gold, new Shape(2, 4));
      ParameterStore ps = new ParameterStore(m, false);
      // Both rows sample; then only the second (the first pass runs on that row alone).
      for (float[] coins : new float[][] {{1, 0, 1, 0, 1, 1, 0, 0}, {1, 1, 1, 1, 1, 0, 1, 0}}) {
        NDArray logits = model.logits(ps, source(m), lengths, targets,
            new ScheduledSampling(m.create(coins, new Shape(2, 4)), TokenSampler.ARGMAX), false);
        List<NDArray> steps = stepByStep(m, model, model.encode(source(m), lengths), gold, coins);
        for (int t = 0; t < 4; t++) {
          assertClose(steps.get(t).toFloatArray(), logits.get(":, " + t + ", :").toFloatArray(), 1e-5f);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void scheduledSamplingGradientEqualsBackpropagationThroughTheStepByStepLoop(String engine, AttentionType att,
      boolean feed, boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, new ModelConfig(V_SRC, V_TGT, 6, 4, 2, 8, 2, att, feed, tied, 0f));
      NDArray lengths = m.create(new int[] {4, 2});
      int[] gold = {2, 5, 6, 7, 2, 8, 9, 0};
      int[] next = {5, 6, 7, 3, 8, 9, 3, 0};
      float[] coins = {1, 0, 0, 1, 1, 0, 1, 0};
      NDArray oneHot = m.create(next, new Shape(2, 4)).oneHot(V_TGT);
      List<Parameter> parameters = model.getParameters().values();
      ParameterStore ps = new ParameterStore(m, false);
      try (GradientCollector collector = m.getEngine().newGradientCollector()) {
        NDArray logits = model.logits(ps, source(m), lengths, m.create(gold, new Shape(2, 4)),
            new ScheduledSampling(m.create(coins, new Shape(2, 4)), TokenSampler.ARGMAX), true);
        collector.backward(logits.logSoftmax(-1).mul(oneHot).sum().neg());
      }
      List<float[]> fast = new ArrayList<>();
      for (Parameter p : parameters) {
        NDArray g = p.getArray().getGradient();
        fast.add(g.toFloatArray());
        g.muli(0); // PyTorch adds the next backward pass into it
      }
      // Reference: the public step API, recorded step by step, feeding the previous argmax where
      // the coin is 0, with the loss summed over the steps.
      try (GradientCollector collector = m.getEngine().newGradientCollector()) {
        List<NDArray> steps = stepByStep(m, model, model.encode(ps, source(m), lengths, true), gold, coins);
        NDArray loss = m.zeros(new Shape());
        for (int t = 0; t < 4; t++) {
          loss = loss.add(steps.get(t).logSoftmax(-1).mul(oneHot.get(":, " + t + ", :")).sum().neg());
        }
        collector.backward(loss);
      }
      for (int i = 0; i < parameters.size(); i++) {
        assertClose(parameters.get(i).getArray().getGradient().toFloatArray(), fast.get(i), 1e-5f);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void selectGathersRowsOfEncoderOutputAndState(String engine, AttentionType att, boolean feed,
      boolean tied) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = model(m, config(att, feed, tied));
      EncoderOutput enc = model.encode(source(m), m.create(new int[] {4, 2}));
      DecoderState state = model.step(enc, model.initialState(enc), m.create(new int[] {2, 2})).state();
      NDArray rows = m.create(new int[] {1, 1, 0});
      EncoderOutput e3 = enc.select(rows);
      DecoderState s3 = state.select(rows);
      assertEquals(3, e3.rows());
      StepOutput all = model.step(enc, state, m.create(new int[] {5, 6}));
      StepOutput picked = model.step(e3, s3, m.create(new int[] {6, 6, 5}));
      float[] a = all.logits().toFloatArray();
      float[] p = picked.logits().toFloatArray();
      for (int v = 0; v < V_TGT; v++) {
        assertEquals(a[V_TGT + v], p[v], 1e-5);
        assertEquals(a[V_TGT + v], p[V_TGT + v], 1e-5);
        assertEquals(a[v], p[2 * V_TGT + v], 1e-5);
      }
    }
  }

  /**
   * Scheduled sampling through the public step API, for 2 rows of 4 inputs: where the coin is 0,
   * the previous step's argmax is fed instead of the gold token. Returns the logits of each step.
   */
  private static List<NDArray> stepByStep(NDManager m, Seq2SeqModel model, EncoderOutput enc, int[] gold,
      float[] coins) {
    List<NDArray> logits = new ArrayList<>();
    DecoderState state = model.initialState(enc);
    int[] fed = {gold[0], gold[4]};
    for (int t = 0; t < 4; t++) {
      StepOutput out = model.step(enc, state, m.create(fed));
      logits.add(out.logits());
      int[] argmax = out.logits().argMax(-1).toType(ai.djl.ndarray.types.DataType.INT32, false).toIntArray();
      for (int b = 0; b < 2 && t < 3; b++) {
        fed[b] = coins[b * 4 + t + 1] > 0 ? gold[b * 4 + t + 1] : argmax[b];
      }
      state = out.state();
    }
    return logits;
  }

  static void assertClose(float[] expected, float[] actual, float tolerance) {
    assertEquals(expected.length, actual.length, "length");
    float worst = 0;
    for (int i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    }
    assertTrue(worst <= tolerance, "max |diff| " + worst + " > " + tolerance);
  }

}
