package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.inference.TinyModelDirectory;

class AverageCommandTest {

  @TempDir Path dir;

  /** Two equal checkpoints average to the same model: the new directory translates the same. */
  @Test
  void theAverageOfEqualCheckpointsTranslatesLikeTheRun() throws IOException {
    Path run = TinyModelDirectory.create(dir.resolve("run"));
    Path second = run.resolve("checkpoints/step-000000002");
    Files.createDirectories(second);
    Files.copy(run.resolve("checkpoints/step-000000001/params.bin"), second.resolve("params.bin"));
    Path avg = dir.resolve("avg");
    CliRunner.Result r = CliRunner.run("average", "--model", run.toString(), "--last", "2",
        "--output", avg.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"checkpoints\" : [ \"step-000000001\", \"step-000000002\" ]"), r.out());

    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c", "d e f a"));
    for (Path model : List.of(run, avg)) {
      CliRunner.Result t = CliRunner.run("translate", "--model", model.toString(), "--input",
          in.toString(), "--output", dir.resolve(model.getFileName() + ".out").toString(),
          "--beam", "3", "--max-length", "6");
      assertEquals(0, t.exitCode(), t.err());
    }
    assertEquals(Files.readAllLines(dir.resolve("run.out")), Files.readAllLines(dir.resolve("avg.out")));
  }

  @Test
  void tooFewCheckpointsIsAClearErrorAndWritesNothing() throws IOException {
    Path run = TinyModelDirectory.create(dir.resolve("run"));
    CliRunner.Result r = CliRunner.run("average", "--model", run.toString(), "--last", "3",
        "--output", dir.resolve("avg").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("has 1 checkpoint(s), fewer than the 3 to average"), r.err());
    assertFalse(Files.exists(dir.resolve("avg")));
    assertEquals(2, CliRunner.run("average", "--model", run.toString(), "--last", "0",
        "--output", dir.resolve("avg").toString()).exitCode());
  }
}
