package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionSynthCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheDatasetAndSummarisesItAsJson() throws Exception {
    Path out = dir.resolve("shapes");
    CliRunner.Result r = CliRunner.run("caption", "synth", "--n", "40", "--out", out.toString(), "--seed", "2",
        "--split", "2,1,1", "--captions", "3", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(40, json.get("images").asInt());
    assertEquals(120, json.get("captions").asInt());
    assertEquals(20, json.get("imagesPerSplit").get("train").asInt());
    assertEquals(10, json.get("imagesPerSplit").get("val").asInt());
    assertEquals(10, json.get("imagesPerSplit").get("test").asInt());
    assertTrue(json.get("vocabulary").asInt() > 20);
    for (String f : new String[] {"captions_train.json", "captions_val.json", "captions_test.json",
        "dataset_synth.json", "scenes.jsonl", "train_images.txt", "images/40.png"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertEquals(10, Files.readAllLines(out.resolve("test_images.txt")).size());
  }

  @Test
  void refusesToOverwriteAndRejectsBadOptions() throws Exception {
    Path out = dir.resolve("shapes");
    assertEquals(0, CliRunner.run("caption", "synth", "--n", "5", "--out", out.toString()).exitCode());
    CliRunner.Result again = CliRunner.run("caption", "synth", "--n", "5", "--out", out.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("use --overwrite"), again.err());
    assertEquals(0, CliRunner.run("caption", "synth", "--n", "6", "--out", out.toString(), "--overwrite").exitCode());
    assertTrue(Files.exists(out.resolve("images/6.png")));
    CliRunner.Result split = CliRunner.run("caption", "synth", "--n", "5", "--out", dir.resolve("x").toString(),
        "--split", "8,2");
    assertEquals(2, split.exitCode());
    assertTrue(split.err().contains("--split takes three numbers"), split.err());
    CliRunner.Result size = CliRunner.run("caption", "synth", "--n", "5", "--out", dir.resolve("y").toString(),
        "--size", "16");
    assertEquals(2, size.exitCode());
    assertFalse(Files.exists(dir.resolve("y")));
  }
}
