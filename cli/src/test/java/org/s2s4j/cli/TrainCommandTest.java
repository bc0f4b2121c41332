package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.train.EvaluationRecord;
import org.s2s4j.seq2seq.train.TrainingLog;

class TrainCommandTest {

  private static final Path TINY = Path.of("..", "examples", "tiny-reverse.yaml");

  private static final ObjectMapper JSON = new ObjectMapper();

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
    // The model directory translates, and has learned to reverse: greedy exact match on the dev set.
    Path devSource = Path.of("..", "examples", "tiny", "dev.src");
    Path devTarget = Path.of("..", "examples", "tiny", "dev.tgt");
    Path hyp = tmp.resolve("dev.hyp");
    CliRunner.Result translated = CliRunner.run("translate", "--model", runDir.toString(), "--beam", "1", "--no-detokenize",
        "--device", "cpu", "--input", devSource.toString(), "--output", hyp.toString());
    assertEquals(0, translated.exitCode(), translated.err());
    List<String> out = Files.readAllLines(hyp);
    List<String> tgt = Files.readAllLines(devTarget);
    assertEquals(tgt.size(), out.size());
    int exact = 0;
    for (int i = 0; i < out.size(); i++) {
      exact += out.get(i).equals(tgt.get(i)) ? 1 : 0;
    }
    assertTrue(exact >= 0.7 * tgt.size(), "exact match " + exact + "/" + tgt.size());
    // Training wrote a shortlist; on this tiny vocabulary its 300 frequent words are every word,
    // so --shortlist translates exactly as without it.
    assertTrue(Files.exists(runDir.resolve("shortlist.txt")));
    Path cut = tmp.resolve("dev.shortlist.hyp");
    CliRunner.Result shortlisted = CliRunner.run("translate", "--model", runDir.toString(), "--beam", "1",
        "--no-detokenize", "--device", "cpu", "--shortlist", "--input", devSource.toString(), "--output", cut.toString());
    assertEquals(0, shortlisted.exitCode(), shortlisted.err());
    assertEquals(out, Files.readAllLines(cut));
    // s2s shortlist build rebuilds it from the run's training data, here with no frequent words.
    CliRunner.Result rebuilt = CliRunner.run("shortlist", "build", "--model", runDir.toString(), "--frequent", "0",
        "--per-source", "2", "--format", "json");
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertEquals(4, JSON.readTree(rebuilt.out()).get("alwaysTokens").asInt(), rebuilt.out());
    shortlisted = CliRunner.run("translate", "--model", runDir.toString(), "--beam", "3", "--no-detokenize",
        "--device", "cpu", "--shortlist", "--input", devSource.toString(), "--output", cut.toString());
    assertEquals(0, shortlisted.exitCode(), shortlisted.err());
    assertEquals(tgt.size(), Files.readAllLines(cut).size());
    // The dev BLEU that training logged for the best checkpoint is, exactly, what s2s translate
    // --beam 1 and s2s score bleu give on the dev set.
    CliRunner.Result scored = CliRunner.run("score", "bleu", "--hyp", hyp.toString(), "--ref", devTarget.toString(), "--tokenize",
        "none", "--format", "json");
    assertEquals(0, scored.exitCode(), scored.err());
    double bleu = JSON.readTree(scored.out()).get("score").asDouble();
    String best = JSON.readTree(runDir.resolve("metadata.json").toFile()).at("/metrics/best_checkpoint").asText();
    EvaluationRecord atBest = TrainingLog.read(runDir.resolve(TrainingLog.FILE)).stream()
        .filter(e -> best.equals(String.format("step-%09d", e.step()))).findFirst().orElseThrow();
    assertEquals(bleu, atBest.devBleu(), 0.0, "dev BLEU at " + best);
    // metadata.json's history is train.jsonl's records, spelled the same way.
    JsonNode history = JSON.readTree(runDir.resolve("metadata.json").toFile()).at("/metrics/history");
    List<String> lines = Files.readAllLines(runDir.resolve(TrainingLog.FILE));
    assertEquals(lines.size(), history.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(JSON.readTree(lines.get(i)), history.get(i));
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
