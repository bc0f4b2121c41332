package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.train.EvaluationRecord;
import org.s2s4j.seq2seq.train.TrainingLog;

/**
 * {@code s2s caption train}, {@code generate} and {@code score coco} on a tiny synthetic dataset:
 * the commands fit together, and the dev CIDEr-D that training computes in-process is exactly
 * what {@code s2s score coco} gives for the same greedy captions.
 */
class CaptionTrainGenerateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path data;
  static Path run;

  @BeforeAll
  static void train() throws Exception {
    data = dir.resolve("shapes");
    assertEquals(0, CliRunner.run("caption", "synth", "--n", "60", "--out", data.toString(), "--split", "4,1,1")
        .exitCode());
    run = dir.resolve("run");
    CliRunner.Result r = CliRunner.run("caption", "train", "--config", Path.of("..", "examples", "caption-synth.yaml")
        .toString(), "--output", run.toString(), "--no-progress", "--set", "data_dir=" + data,
        "--set", "training.max_steps=6", "--set", "training.eval_every=3", "--set", "data.batch_size=16",
        "--set", "model.encoder_size=16", "--set", "model.decoder_size=16", "--set", "model.embedding_size=8",
        "--set", "training.max_decode_length=6", "--engine", "mxnet", "--device", "cpu");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("max_steps 6 reached after 6 steps"), r.out());
  }

  @Test
  void devCiderOfTrainingIsWhatScoreCocoGivesForTheSameGreedyCaptions() throws Exception {
    List<EvaluationRecord> log = TrainingLog.read(run.resolve(TrainingLog.FILE));
    assertEquals(List.of(3L, 6L), log.stream().map(EvaluationRecord::step).toList());
    // the best checkpoint is the first evaluation with the highest dev CIDEr-D
    double best = Math.max(log.get(0).devCider(), log.get(1).devCider());
    for (String f : new String[] {"config.yaml", "target.vocab", "features.json", "loss.png", "cider.png"}) {
      assertTrue(Files.isRegularFile(run.resolve(f)), f);
    }
    Path results = dir.resolve("val.json");
    CliRunner.Result g = CliRunner.run("caption", "generate", "--model", run.toString(), "--images",
        data.resolve("images").toString(), "--annotations", data.resolve("captions_val.json").toString(),
        "--beam", "1", "--max-length", "6", "--out", results.toString(), "--format", "json");
    assertEquals(0, g.exitCode(), g.err());
    assertEquals(10, JSON.readTree(g.out()).get("images").asInt());
    JsonNode captions = JSON.readTree(results.toFile());
    assertEquals(10, captions.size());
    assertTrue(captions.get(0).get("image_id").isNumber());
    assertTrue(captions.get(0).get("caption").isTextual());
    CliRunner.Result s = CliRunner.run("score", "coco", "--refs", data.resolve("captions_val.json").toString(),
        "--results", results.toString(), "--format", "json");
    assertEquals(0, s.exitCode(), s.err());
    assertEquals(best, JSON.readTree(s.out()).get("CIDEr").asDouble(), 1e-12);
  }

  @Test
  void beamSearchCaptionsEveryTestImage() throws Exception {
    Path results = dir.resolve("test.json");
    CliRunner.Result g = CliRunner.run("caption", "generate", "--model", run.toString(), "--images",
        data.resolve("images").toString(), "--annotations", data.resolve("captions_test.json").toString(),
        "--beam", "3", "--out", results.toString());
    assertEquals(0, g.exitCode(), g.err());
    assertTrue(g.out().contains("captioned 10 images"), g.out());
    assertEquals(0, CliRunner.run("score", "coco", "--refs", data.resolve("captions_test.json").toString(),
        "--results", results.toString()).exitCode());
  }

  @Test
  void badInputIsAClearErrorNamingTheFile() throws Exception {
    Path annotations = dir.resolve("missing.json");
    Files.writeString(annotations, "{\"images\":[{\"id\":999,\"file_name\":\"999.png\"}],\"annotations\":[]}");
    Path out = dir.resolve("never.json");
    CliRunner.Result g = CliRunner.run("caption", "generate", "--model", run.toString(), "--images",
        data.resolve("images").toString(), "--annotations", annotations.toString(), "--out", out.toString());
    assertEquals(1, g.exitCode());
    assertTrue(g.err().contains("999.png: image 999 of " + annotations + " not found"), g.err());
    assertFalse(Files.exists(out));
    CliRunner.Result features = CliRunner.run("caption", "generate", "--model", run.toString(), "--features",
        dir.toString(), "--out", out.toString());
    assertEquals(1, features.exitCode());
    assertTrue(features.err().contains("trained on pixel patches of the images: give --images"), features.err());
    CliRunner.Result again = CliRunner.run("caption", "train", "--config",
        Path.of("..", "examples", "caption-synth.yaml").toString(), "--output", run.toString(),
        "--set", "data_dir=" + data);
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("already holds a training run; add --resume"), again.err());
    CliRunner.Result key = CliRunner.run("caption", "train", "--config",
        Path.of("..", "examples", "caption-synth.yaml").toString(), "--output", dir.resolve("x").toString(),
        "--set", "data.train_source=a");
    assertEquals(1, key.exitCode());
    assertTrue(key.err().contains("unknown config key 'data.train_source'"), key.err());
  }
}
