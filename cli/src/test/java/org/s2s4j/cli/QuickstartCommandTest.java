package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.cli.report.DecodeResults;
import org.s2s4j.cli.report.ReportAssertions;

class QuickstartCommandTest {

  @TempDir Path dir;

  /** A few seconds of real training on the synthetic task, then beam search, scores and report. */
  @Test
  void syntheticTaskEndToEnd() throws IOException {
    Path runs = dir.resolve("runs");
    CliRunner.Result r = CliRunner.run("quickstart", "--minutes", "0.05", "--runs", runs.toString(),
        "--device", "cpu", "--samples", "2", "--test-limit", "12", "--no-progress", "--format",
        "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    Path run = Path.of(json.get("run_dir").asText());
    assertTrue(run.getFileName().toString().matches("quickstart-\\d{8}-\\d{6}"), run.toString());
    assertEquals(runs, run.getParent());
    assertTrue(json.get("training").get("steps").asLong() > 0);
    JsonNode test = json.get("test");
    assertEquals(12, test.get("sentences").asInt());
    assertEquals(5, test.get("beam").asInt());
    assertEquals("BLEU", test.get("scores").get(0).get("name").asText());
    assertTrue(test.get("scores").get(0).get("signature").asText().contains("tok:none"));
    assertEquals("chrF2", test.get("scores").get(1).get("name").asText());
    assertTrue(test.get("baseline").get("score").asDouble() < 5,
        "copying English words does not match German: " + test.get("baseline"));

    // The run directory is a complete model directory with the data, output and report.
    for (String f : List.of("config.yaml", "source.vocab", "target.vocab", "metadata.json",
        "train.jsonl", "test.hyp", "decode.json", "report.html", "data/train.src",
        "data/test.tgt")) {
      assertTrue(Files.isRegularFile(run.resolve(f)), f);
    }
    assertEquals(12, Files.readAllLines(run.resolve("test.hyp")).size());
    assertEquals(300, Files.readAllLines(run.resolve("data/test.src")).size());
    DecodeResults decoded = DecodeResults.load(run);
    assertEquals(2, decoded.samples().size());
    for (DecodeResults.Sample s : decoded.samples()) {
      assertEquals(s.outputTokens().size() + 1, s.attention().length, "a row per token and </s>");
      for (float[] row : s.attention()) {
        assertEquals(s.sourceTokens().size(), row.length);
        double sum = 0;
        for (float w : row) {
          sum += w;
        }
        assertEquals(1.0, sum, 1e-3, "attention rows are distributions");
      }
    }
    assertTrue(ReportAssertions.assertSelfContained(run.resolve("report.html")) >= 6);
    try (var files = Files.list(run)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")),
          "no temporary files left in the run directory");
    }
  }

  @Test
  void textSummaryHasScoresBaselineSamplesAndPaths() throws IOException {
    Path runs = dir.resolve("runs");
    CliRunner.Result r = CliRunner.run("quickstart", "--minutes", "0.02", "--runs", runs.toString(),
        "--device", "cpu", "--samples", "1", "--beam", "2", "--test-limit", "5", "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("BLEU|nrefs:1|case:mixed|eff:no|tok:none|smooth:exp"), r.out());
    assertTrue(r.out().contains("chrF2|"), r.out());
    assertTrue(r.out().contains("copy-the-source baseline: BLEU|"), r.out());
    assertTrue(r.out().contains("beam 2"), r.out());
    assertTrue(r.out().contains("  reference: "), r.out());
    assertTrue(r.out().contains("report: " + runs), r.out());
    assertTrue(r.out().contains("run directory: " + runs + "/quickstart-"), r.out());
  }

  @Test
  void notAMulti30kFolderFailsBeforeCreatingARun() throws IOException {
    Path data = Files.createDirectories(dir.resolve("empty"));
    Path runs = dir.resolve("runs");
    CliRunner.Result r = CliRunner.run("quickstart", "--data", data.toString(), "--runs",
        runs.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s quickstart: error: " + data + " is not a Multi30k folder"),
        r.err());
    assertTrue(r.err().contains("s2s corpus download multi30k --dest " + data), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(Files.exists(runs));
  }

  @Test
  void badMinutesIsAUsageError() {
    CliRunner.Result r = CliRunner.run("quickstart", "--minutes", "0", "--runs",
        dir.resolve("runs").toString());
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--minutes must be > 0"), r.err());
    assertFalse(Files.exists(dir.resolve("runs")));
  }
}
