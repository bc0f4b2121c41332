package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LearningRateTest {

  private static TrainingOptions options(int warmup, StopMetric metric) {
    return new TrainingOptions(OptimizerKind.ADAM, 0.001f, 0.9f, 0.999f, warmup, 0.5f, 2, 0.0002f, 1f, 0f,
        10, 0, Duration.ZERO, metric, 0, 0, 0, 1, 1, 10, 0f);
  }

  @Test
  void warmsUpLinearlyThenHoldsThePeak() {
    TrainingOptions o = options(4, StopMetric.BLEU);
    LearningRate lr = LearningRate.initial();
    // Step s (0-based) gets peak * (s + 1) / 4 until s = 3; min_learning_rate 0.0002 is the floor.
    assertEquals(0.00025f, lr.at(0, o), 1e-9);
    assertEquals(0.0005f, lr.at(1, o), 1e-9);
    assertEquals(0.001f, lr.at(3, o), 1e-9);
    assertEquals(0.001f, lr.at(100, o), 1e-9);
  }

  @Test
  void decaysAfterPatienceEvaluationsWithoutImprovementDownToTheFloor() {
    TrainingOptions o = options(0, StopMetric.BLEU);
    LearningRate lr = LearningRate.initial().afterEvaluation(20, o); // best 20
    lr = lr.afterEvaluation(25, o); // improves: best 25
    assertEquals(1.0, lr.scale());
    lr = lr.afterEvaluation(24, o); // 1 bad
    assertEquals(1.0, lr.scale());
    lr = lr.afterEvaluation(25, o); // 2 bad (equal is not better): decay to 0.5
    assertEquals(0.5, lr.scale());
    assertEquals(0.0005f, lr.at(10, o), 1e-9);
    lr = lr.afterEvaluation(1, o).afterEvaluation(1, o).afterEvaluation(1, o).afterEvaluation(1, o);
    assertEquals(0.125, lr.scale());
    assertEquals(0.0002f, lr.at(10, o), 1e-9); // 0.000125 is below the floor
  }

  @Test
  void perplexityImprovesDownwards() {
    TrainingOptions o = options(0, StopMetric.PERPLEXITY);
    LearningRate lr = LearningRate.initial().afterEvaluation(10, o).afterEvaluation(9, o);
    assertEquals(9.0, lr.best());
    assertEquals(0, lr.badEvaluations());
  }
}
