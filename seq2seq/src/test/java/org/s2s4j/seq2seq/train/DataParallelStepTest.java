package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TokenSampler;

/**
 * A step on two devices equals the step on one. DJL has a single CPU device, so the test uses the
 * CPU twice: the second shard still runs on its own parameter copies, whose gradients are summed
 * onto the parameters, as on GPUs (only the cross-device copy itself is not exercised).
 */
class DataParallelStepTest {

  private static final ModelConfig CONFIG =
      new ModelConfig(16, 16, 12, 16, 1, 24, 1, AttentionType.GENERAL, false, false, 0f);

  @ParameterizedTest
  @ValueSource(strings = {"MXNet", "PyTorch"})
  void twoShardsGiveTheOneDeviceStep(String engine) {
    // 5 rows: shards of 3 and 2; two steps so Adam's second update sees the summed first one too.
    List<TokenBatch> batches = new ReverseTask(1, 10, 12, 2, 6, 5).epoch(1);
    Result one = train(engine, 1, batches);
    Result two = train(engine, 2, batches);
    for (int s = 0; s < one.losses.size(); s++) {
      assertEquals(one.losses.get(s), two.losses.get(s), 1e-5, "loss of step " + s);
      assertEquals(one.norms.get(s), two.norms.get(s), 1e-5, "gradient norm of step " + s);
    }
    assertTrue(one.losses.get(1) < one.losses.get(0) + 1, "the steps ran: " + one.losses);
    double maxDiff = 0;
    for (Map.Entry<String, float[]> e : one.parameters.entrySet()) {
      float[] a = e.getValue();
      float[] b = two.parameters.get(e.getKey());
      for (int i = 0; i < a.length; i++) {
        maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
      }
    }
    assertTrue(maxDiff < 1e-5, "max |parameter difference| " + maxDiff);
  }

  private record Result(List<Float> losses, List<Float> norms, Map<String, float[]> parameters) {}

  private static Result train(String engine, int devices, List<TokenBatch> batches) {
    try (NDManager m = Engine.getEngine(engine).newBaseManager(Device.cpu())) {
      m.getEngine().setRandomSeed(3);
      Seq2SeqModel model = new Seq2SeqModel(CONFIG);
      model.initialize(m);
      TrainingStep step = new TrainingStep(model, m, Collections.nCopies(devices, Device.cpu()),
          new AdamOptimizer(0.9f, 0.999f), 0.1f, 0.5f, 7, TokenSampler.ARGMAX);
      List<Float> losses = new ArrayList<>();
      List<Float> norms = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        TrainingStep.Result r = step.run(batches.get(s), s, 0.01f, 1.0, SamplingScope.TOKEN);
        losses.add(r.loss());
        norms.add(r.gradientNorm());
      }
      Map<String, float[]> values = new java.util.LinkedHashMap<>();
      ModelParameters.byName(model).forEach((name, p) -> values.put(name, p.getArray().toFloatArray()));
      return new Result(losses, norms, values);
    }
  }
}
