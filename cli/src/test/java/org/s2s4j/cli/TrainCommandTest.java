package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.GreedyDecoder;
import org.s2s4j.seq2seq.TrainedModel;
import picocli.CommandLine;

class TrainCommandTest {

  private static final Path TINY = Path.of("..", "examples", "tiny-reverse.yaml");

  @TempDir Path tmp;

  @Test
  void trainsTheTinyExampleIntoAModelDirectoryThatLoadsAndTranslates() throws Exception {
    Path runDir = tmp.resolve("run");
    CliRunner.Result r = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--no-progress",
        "--device", "cpu", "--set", "training.max_epochs=4");
    assertEquals(0, r.exitCode(), r.err());
    for (String f : List.of("config.yaml", "source.vocab", "target.vocab", "metadata.json", "train.jsonl",
        "loss.png", "bleu.png", "eps.png", "checkpoints/best", "checkpoints/latest", "report.html")) {
      assertTrue(Files.exists(runDir.resolve(f)), "missing " + f);
    }
    assertEquals(4, Files.readAllLines(runDir.resolve("train.jsonl")).size());
    assertTrue(Files.readString(runDir.resolve("metadata.json")).contains("sha256"));
    // The model directory loads and has learned to reverse: greedy exact match on the dev set.
    List<String> src = Files.readAllLines(Path.of("..", "examples", "tiny", "dev.src"));
    List<String> tgt = Files.readAllLines(Path.of("..", "examples", "tiny", "dev.tgt"));
    try (TrainedModel model = TrainedModel.load(runDir, "mxnet", "cpu")) {
      List<int[]> ids = new ArrayList<>();
      for (String s : src) {
        ids.add(model.sourceVocabulary().encode(Arrays.asList(s.split(" "))));
      }
      List<int[]> hyps = new GreedyDecoder(model.model(), 12).decode(model.manager(), ids);
      int exact = 0;
      for (int i = 0; i < hyps.size(); i++) {
        exact += String.join(" ", model.targetVocabulary().decode(hyps.get(i))).equals(tgt.get(i)) ? 1 : 0;
      }
      assertTrue(exact >= 0.7 * src.size(), "exact match " + exact + "/" + src.size());
    }
    // Resuming a finished run is a no-op; raising the limit continues it; other vocabulary
    // settings are an error.
    CliRunner.Result done = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--resume",
        "--no-progress", "--set", "training.max_epochs=4");
    assertEquals(0, done.exitCode(), done.err());
    assertEquals(4, Files.readAllLines(runDir.resolve("train.jsonl")).size());
    CliRunner.Result more = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--resume",
        "--no-progress", "--set", "training.max_epochs=5");
    assertEquals(0, more.exitCode(), more.err());
    assertEquals(5, Files.readAllLines(runDir.resolve("train.jsonl")).size());
    CliRunner.Result mismatch = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--resume",
        "--no-progress", "--set", "data.target_vocab_size=5");
    assertEquals(S2s.EXIT_FAILURE, mismatch.exitCode());
    assertTrue(mismatch.err().contains("vocabulary mismatch"), mismatch.err());
    CliRunner.Result again = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--no-progress");
    assertEquals(S2s.EXIT_FAILURE, again.exitCode());
    assertTrue(again.err().contains("already holds a training run"), again.err());
  }

  @Test
  void badInputFailsWithAClearMessageBeforeTraining() throws Exception {
    Path runDir = tmp.resolve("bad");
    CliRunner.Result unknown = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(),
        "--set", "model.atention=dot");
    assertEquals(S2s.EXIT_FAILURE, unknown.exitCode());
    assertTrue(unknown.err().contains("unknown config key 'model.atention'"), unknown.err());
    assertTrue(unknown.err().contains("attention"), unknown.err());

    CliRunner.Result range = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(),
        "--set", "model.dropout=1.5");
    assertTrue(range.err().contains("model.dropout must be in [0, 1)"), range.err());

    CliRunner.Result missing = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(),
        "--set", "data.train_source=nope.txt");
    assertTrue(missing.err().contains("data.train_source: file not found"), missing.err());

    CliRunner.Result noConfig = CliRunner.run("train", "--config", tmp.resolve("none.yaml").toString(), "--output", runDir.toString());
    assertTrue(noConfig.err().contains("config file not found"), noConfig.err());

    Path yaml = tmp.resolve("typo.yaml");
    Files.writeString(yaml, "trianing:\n  max_epochs: 3\n");
    CliRunner.Result typo = CliRunner.run("train", "--config", yaml.toString(), "--output", runDir.toString());
    assertTrue(typo.err().contains("unknown config key 'trianing'"), typo.err());

    CliRunner.Result gpu = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--device", "gpu");
    assertEquals(S2s.EXIT_FAILURE, gpu.exitCode());
    assertTrue(gpu.err().contains("asked for 1 GPU(s) but the MXNet engine sees 0"), gpu.err());

    CliRunner.Result resume = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--resume");
    assertTrue(resume.err().contains("has no checkpoint to resume from"), resume.err());

    CliRunner.Result engine = CliRunner.run("train", "--config", TINY.toString(), "--output", runDir.toString(), "--engine", "tf");
    assertTrue(engine.err().contains("unknown engine 'tf'"), engine.err());
    assertFalse(Files.exists(runDir.resolve("checkpoints")), "no training may start on bad input");
  }

  @Test
  void anIncompleteModelDirectoryIsAClearError() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> TrainedModel.load(dir, "mxnet", "cpu"));
    assertTrue(e.getMessage().contains("has no config.yaml"), e.getMessage());
  }
}
