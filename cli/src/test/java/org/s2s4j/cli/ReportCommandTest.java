package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheReportAndSaysWhere() throws IOException {
    Files.writeString(dir.resolve("train.jsonl"), "{\"step\":10,\"seconds\":1.0,"
        + "\"train_loss\":2.0,\"dev_perplexity\":5.0,\"dev_bleu\":null,\"epsilon\":1.0}\n");
    CliRunner.Result r = CliRunner.run("report", "--run", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("wrote " + dir.resolve("report.html") + "\n", r.out());
    assertTrue(Files.isRegularFile(dir.resolve("plot-loss-steps.png")));
  }

  @Test
  void missingDirectoryFailsWithOneLine() {
    CliRunner.Result r = CliRunner.run("report", "--run", dir.resolve("nope").toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s report: error: run directory not found: " + dir.resolve("nope") + "\n",
        r.err());
  }

  @Test
  void missingRunOptionIsAUsageError() {
    assertEquals(S2s.EXIT_USAGE, CliRunner.run("report").exitCode());
  }

  @Test
  void sourceWithoutReferenceIsAUsageError() throws IOException {
    Files.writeString(dir.resolve("train.jsonl"), "{\"step\":1}\n");
    CliRunner.Result r = CliRunner.run("report", "--run", dir.toString(), "--source", "x.en");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--source and --reference go together"), r.err());
  }

  @Test
  void decodingARunWithoutAModelFailsWithOneLine() throws IOException {
    Path src = Files.writeString(dir.resolve("t.src"), "a b .\n");
    Path ref = Files.writeString(dir.resolve("t.tgt"), "x y .\n");
    CliRunner.Result r = CliRunner.run("report", "--run", dir.toString(), "--source", src.toString(),
        "--reference", ref.toString(), "--device", "cpu");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s report: error: not a complete s2s4j model directory"),
        r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(Files.notExists(dir.resolve("report.html")));
  }
}
