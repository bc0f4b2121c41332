package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s2s4j.decoding.GreedySearch;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.inference.ModelStepScorer;

class TrainingStepTest {

  @ParameterizedTest(name = "{0} eps={1} {2} {3}")
  @CsvSource({"MXNet, 1.0, TOKEN, ARGMAX", "MXNet, 0.75, TOKEN, MULTINOMIAL"})
  void learnsToReverseSequences(String engine, double eps, SamplingScope scope, TokenSampler sampler) {
    ReverseTask train = new ReverseTask(1, 2048, 12, 2, 6, 32);
    ReverseTask test = new ReverseTask(2, 64, 12, 2, 6, 32);
    ModelConfig config = new ModelConfig(16, 16, 24, 32, 1, 64, 1, AttentionType.GENERAL, false, false, 0f);
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      m.getEngine().setRandomSeed(3);
      Seq2SeqModel model = new Seq2SeqModel(config);
      model.initialize(m);
      TrainingStep step = new TrainingStep(model, m, new AdamOptimizer(0.9f, 0.999f), 0f, 1f, 5, sampler);
      long s = 0;
      float first = Float.NaN;
      float last = Float.NaN;
      float recent = Float.NaN;
      // Stop as soon as the loss is near zero (the test only needs a model that has learned).
      for (int epoch = 1; epoch <= 4 && !(recent < 0.05f); epoch++) {
        for (TokenBatch batch : train.epoch(epoch)) {
          TrainingStep.Result r = step.run(batch, s++, 0.01f, eps, scope);
          first = Float.isNaN(first) ? r.loss() : first;
          last = r.loss();
          recent = Float.isNaN(recent) ? last : 0.8f * recent + 0.2f * last;
          if (recent < 0.05f) {
            break;
          }
        }
      }
      List<int[]> hyps = new ArrayList<>();
      try (StepDecoder stepDecoder = model.stepDecoder(m);
          ModelStepScorer scorer = new ModelStepScorer(model, stepDecoder, m, TrainingStep.BOS,
              TrainingStep.EOS, null)) {
        SearchOptions greedy = SearchOptions.builder().beamSize(1).limits(new LengthLimits(0, 0, 20, 100, 0)).build();
        for (Hypothesis h : new GreedySearch(greedy).search(scorer, test.sources).stream().map(l -> l.get(0)).toList()) {
          hyps.add(h.tokens());
        }
      }
      int exact = 0;
      for (int i = 0; i < hyps.size(); i++) {
        exact += Arrays.equals(hyps.get(i), test.targets.get(i)) ? 1 : 0;
      }
      double accuracy = exact / (double) hyps.size();
      assertTrue(last < first / 4, "loss " + first + " -> " + last);
      assertTrue(accuracy >= 0.8, "exact match " + accuracy + " (loss " + first + " -> " + last + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"MXNet", "PyTorch"})
  void eachStepUsesOnlyItsOwnBatchsGradient(String engine) {
    TokenBatch batch = smallBatch();
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = smallModel(m, 1, 0f);
      // Plain SGD with learning rate 0 leaves the weights alone: the same batch must give the same
      // gradient norm every time (PyTorch would otherwise add up the gradients of all steps).
      TrainingStep step = new TrainingStep(model, m, new SgdOptimizer(0f), 0f, 0f, 5, TokenSampler.ARGMAX);
      float first = step.run(batch, 0, 0f, 1.0, SamplingScope.TOKEN).gradientNorm();
      for (int s = 1; s < 3; s++) {
        assertEquals(first, step.run(batch, s, 0f, 1.0, SamplingScope.TOKEN).gradientNorm(), 1e-6f * first);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"MXNet", "PyTorch"})
  void scheduledSamplingStepsLeaveNoArraysBehind(String engine) {
    TokenBatch batch = smallBatch();
    try (NDManager m = Engine.getEngine(engine).newBaseManager()) {
      Seq2SeqModel model = smallModel(m, 2, 0.3f);
      TrainingStep step = new TrainingStep(model, m, new AdamOptimizer(0.9f, 0.999f), 0.1f, 1f, 5, TokenSampler.ARGMAX);
      step.run(batch, 0, 0.01f, 0.5, SamplingScope.TOKEN); // creates the optimizer's moments
      int arrays = m.getManagedArrays().size();
      for (int s = 1; s < 4; s++) {
        step.run(batch, s, 0.01f, 0.5, SamplingScope.TOKEN);
      }
      assertEquals(arrays, m.getManagedArrays().size());
    }
  }

  private static TokenBatch smallBatch() {
    return new ReverseTask(1, 16, 12, 2, 6, 16).epoch(1).get(0);
  }

  private static Seq2SeqModel smallModel(NDManager m, int decoderLayers, float dropout) {
    m.getEngine().setRandomSeed(3);
    Seq2SeqModel model = new Seq2SeqModel(
        new ModelConfig(16, 16, 8, 8, 1, 16, decoderLayers, AttentionType.GENERAL, false, false, dropout));
    model.initialize(m);
    return model;
  }

  @Test
  void pyTorchTrainsTheSameBlocksWithScheduledSampling() {
    ReverseTask train = new ReverseTask(1, 64, 12, 2, 6, 16);
    ModelConfig config = new ModelConfig(16, 16, 16, 16, 2, 32, 2, AttentionType.BAHDANAU, true, false, 0.1f);
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
      m.getEngine().setRandomSeed(3);
      Seq2SeqModel model = new Seq2SeqModel(config);
      model.initialize(m);
      TrainingStep step = new TrainingStep(model, m, new AdamOptimizer(0.9f, 0.999f), 0.1f, 1f, 5,
          TokenSampler.MULTINOMIAL);
      TokenBatch batch = train.epoch(1).get(0);
      float first = step.run(batch, 0, 0.01f, 0.7, SamplingScope.SEQUENCE).loss();
      float last = first;
      for (int s = 1; s < 30; s++) {
        last = step.run(batch, s, 0.01f, 1.0, SamplingScope.TOKEN).loss();
      }
      assertTrue(last < first / 2, "loss on one batch " + first + " -> " + last);
    }
  }

  @Test
  void goldMaskFollowsScope() {
    int[] fifty = new int[50];
    Arrays.fill(fifty, 5);
    float[] sequence = TrainingStep.goldMask(new SplittableRandom(1), fifty, 6, 0.5, SamplingScope.SEQUENCE);
    int gold = 0;
    for (int r = 0; r < 50; r++) {
      assertEquals(1f, sequence[r * 6]);
      for (int t = 2; t < 6; t++) {
        assertEquals(sequence[r * 6 + 1], sequence[r * 6 + t], "a sequence coin covers the whole row");
      }
      gold += (int) sequence[r * 6 + 1];
    }
    assertTrue(gold > 10 && gold < 40, "about half the rows are gold: " + gold);
    float[] all = TrainingStep.goldMask(new SplittableRandom(1), new int[] {4, 4, 4, 4}, 5, 1.0, SamplingScope.TOKEN);
    for (float f : all) {
      assertEquals(1f, f);
    }
    // Rows of 4, 2, 0 and 3 target tokens: inputs BOS + tokens, then padding (always gold).
    float[] none = TrainingStep.goldMask(new SplittableRandom(1), new int[] {4, 2, 0, 3}, 5, 0.0, SamplingScope.TOKEN);
    assertArrayEquals(new float[] {1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1}, none);
  }
}
