package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.inference.TinyModelDirectory;

class CheckpointAverageTest {

  @TempDir Path dir;

  private static void checkpoint(Path run, long step, float[] w, float b) throws IOException {
    Path c = run.resolve("checkpoints").resolve(Checkpoints.name(step));
    Files.createDirectories(c);
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      Map<String, NDArray> params = new LinkedHashMap<>();
      params.put("w", m.create(w, new Shape(w.length)));
      params.put("b", m.create(new float[] {b}, new Shape(1, 1)));
      TensorFile.write(c.resolve(Checkpoints.PARAMS), params);
    }
  }

  private Path run() throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    for (String f : new String[] {TrainedModel.CONFIG, TrainedModel.SOURCE_VOCAB, TrainedModel.TARGET_VOCAB}) {
      Files.writeString(run.resolve(f), f + "\n");
    }
    checkpoint(run, 100, new float[] {5, 5, 5}, 9);
    checkpoint(run, 200, new float[] {1, 2, 3}, 4);
    checkpoint(run, 300, new float[] {3, 4, 8}, 0);
    return run;
  }

  private static Map<String, float[]> read(Path modelDir) throws IOException {
    Map<String, float[]> out = new LinkedHashMap<>();
    try (NDManager m = Engine.getEngine("MXNet").newBaseManager()) {
      TensorFile.read(modelDir.resolve("checkpoints/averaged/params.bin"), m)
          .forEach((k, v) -> out.put(k, v.toFloatArray()));
    }
    return out;
  }

  @Test
  void averagesTheLastCheckpointsElementWise() throws IOException {
    Path run = run();
    CheckpointAverage.Result r = CheckpointAverage.average(run, 2, dir.resolve("avg"));
    assertEquals(List.of("step-000000200", "step-000000300"), r.checkpoints());
    Map<String, float[]> p = read(dir.resolve("avg"));
    assertArrayEquals(new float[] {2f, 3f, 5.5f}, p.get("w"));
    assertArrayEquals(new float[] {2f}, p.get("b"));
    assertEquals("averaged", Files.readString(dir.resolve("avg/checkpoints/best")).strip());
    assertEquals("config.yaml\n", Files.readString(dir.resolve("avg/config.yaml")));

    CheckpointAverage.average(run, 3, dir.resolve("avg3"));
    assertArrayEquals(new float[] {3f, 11f / 3f, 16f / 3f}, read(dir.resolve("avg3")).get("w"), 1e-6f);
  }

  @Test
  void refusesTooFewCheckpointsAnExistingOutputAndMismatchedShapes() throws IOException {
    Path run = run();
    IOException few = assertThrows(IOException.class,
        () -> CheckpointAverage.average(run, 4, dir.resolve("x")));
    assertTrue(few.getMessage().contains("has 3 checkpoint(s), fewer than the 4"), few.getMessage());
    Files.createDirectories(dir.resolve("taken"));
    assertThrows(IOException.class, () -> CheckpointAverage.average(run, 1, dir.resolve("taken")));
    checkpoint(run, 400, new float[] {1, 2}, 0);
    IOException shape = assertThrows(IOException.class,
        () -> CheckpointAverage.average(run, 2, dir.resolve("y")));
    assertTrue(shape.getMessage().contains("step-000000400"), shape.getMessage());
    assertFalse(Files.exists(dir.resolve("y")), "no partial output");
  }

  @Test
  void theAveragedDirectoryLoadsAsAModel() throws IOException {
    Path model = TinyModelDirectory.create(dir.resolve("tiny"));
    Path copy = model.resolve("checkpoints/step-000000002");
    Files.createDirectories(copy);
    Files.copy(model.resolve("checkpoints/step-000000001/params.bin"), copy.resolve("params.bin"));
    CheckpointAverage.average(model, 2, dir.resolve("tiny-avg"));
    try (TrainedModel original = TrainedModel.load(model, "mxnet", "cpu");
        TrainedModel averaged = TrainedModel.load(dir.resolve("tiny-avg"), "mxnet", "cpu")) {
      Map<String, ai.djl.nn.Parameter> a = ModelParameters.byName(original.model());
      Map<String, ai.djl.nn.Parameter> b = ModelParameters.byName(averaged.model());
      assertEquals(a.keySet(), b.keySet());
      for (String k : a.keySet()) {
        assertArrayEquals(a.get(k).getArray().toFloatArray(), b.get(k).getArray().toFloatArray(), k);
      }
    }
  }
}
