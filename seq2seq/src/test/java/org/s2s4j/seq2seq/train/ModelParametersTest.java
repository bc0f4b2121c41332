package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.EncoderOutput;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;

class ModelParametersTest {

  @TempDir Path tmp;

  private static final ModelConfig CONFIG =
      new ModelConfig(11, 13, 6, 4, 1, 8, 2, AttentionType.GENERAL, true, false, 0f);

  private static float[] logits(Seq2SeqModel model, NDManager m) {
    EncoderOutput enc = model.encode(m.create(new int[] {4, 5, 6, 7, 8, 0}, new Shape(2, 3)), m.create(new int[] {3, 2}));
    return model.step(enc, model.initialState(enc), m.create(new int[] {2, 2})).logits().toFloatArray();
  }

  @Test
  void checkpointsMoveBetweenEnginesUnchanged() throws IOException {
    Path file = tmp.resolve("params.bin");
    float[] expected;
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      m.getEngine().setRandomSeed(5);
      Seq2SeqModel model = new Seq2SeqModel(CONFIG);
      model.initialize(m);
      ModelParameters.save(model, file);
      expected = logits(model, m);
    }
    try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
      m.getEngine().setRandomSeed(99);
      Seq2SeqModel model = new Seq2SeqModel(CONFIG);
      model.initialize(m);
      ModelParameters.load(model, file, m);
      float[] actual = logits(model, m);
      float worst = 0;
      for (int i = 0; i < expected.length; i++) {
        worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
      }
      assertTrue(worst < 1e-5, "max |diff| " + worst);
    }
  }

  @Test
  void aCheckpointOfAnotherArchitectureIsRejectedByName() throws IOException {
    Path file = tmp.resolve("params.bin");
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Seq2SeqModel model = new Seq2SeqModel(CONFIG);
      model.initialize(m);
      ModelParameters.save(model, file);
      Seq2SeqModel wider = new Seq2SeqModel(new ModelConfig(11, 13, 6, 4, 1, 16, 2, AttentionType.GENERAL, true,
          false, 0f));
      wider.initialize(m);
      var e = assertThrows(IOException.class, () -> ModelParameters.load(wider, file, m));
      assertTrue(e.getMessage().contains("but the model expects"), e.getMessage());
    }
  }
}
