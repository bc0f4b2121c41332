package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.inference.TinyModelDirectory;

/** {@code s2s translate} on a small model directory with random weights (plumbing, not quality). */
class TranslateCommandTest {

  @TempDir
  static Path shared;

  static Path modelDir;

  @TempDir
  Path dir;

  /** A complete model directory: config, vocabularies and one checkpoint, as training writes. */
  @BeforeAll
  static void modelDirectory() throws IOException {
    modelDir = TinyModelDirectory.create(shared.resolve("model"));
  }

  @Test
  void writesOneLinePerInputLineAndASummary() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c", "", "d e f a", "zzz b"));
    Path out = dir.resolve("out.txt");
    CliResult r = CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", out.toString(), "--beam", "3", "--max-length", "6");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(4, lines.size());
    assertEquals("", lines.get(1));
    assertTrue(r.out().contains("translated 4 lines (0 resumed, 1 empty, 0 truncated)"), r.out());
  }

  @Test
  void jsonOutputHasTheNBestListWithScores() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b", "c"));
    Path out = dir.resolve("out.jsonl");
    CliResult r = CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", out.toString(), "--beam", "4", "--nbest", "3",
        "--max-length", "5", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertEquals(3, lines.get(0).split("\"logprob\"").length - 1, lines.get(0));
    assertTrue(r.out().startsWith("{\"lines\":2,"), r.out());
  }

  @Test
  void greedyAndBeamOfOneAgree() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c", "d", "e f a b"));
    Path greedy = dir.resolve("greedy.txt");
    Path beam = dir.resolve("beam.txt");
    assertEquals(0, CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", greedy.toString(), "--beam", "1", "--max-length", "6")
        .exitCode());
    assertEquals(0, CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", beam.toString(), "--beam", "1", "--batch-size", "1",
        "--max-length", "6", "--length-penalty", "none").exitCode());
    assertEquals(Files.readString(greedy), Files.readString(beam));
  }

  /** The mean of two identical models is the model: an ensemble of a model with itself. */
  @Test
  void anEnsembleOfAModelWithItselfTranslatesLikeTheModel() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c", "d e f a"));
    Path single = dir.resolve("single.txt");
    Path ensemble = dir.resolve("ensemble.txt");
    assertEquals(0, CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", single.toString(), "--max-length", "6").exitCode());
    assertEquals(0, CliResult.run("translate", "--model", modelDir.toString(), "--model",
        modelDir.toString(), "--input", in.toString(), "--output", ensemble.toString(),
        "--max-length", "6").exitCode());
    assertEquals(Files.readString(single), Files.readString(ensemble));
  }

  @Test
  void anIncompleteModelDirectoryIsAClearError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-model"));
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a"));
    Path out = dir.resolve("out.txt");
    CliResult r = CliResult.run("translate", "--model", empty.toString(), "--input",
        in.toString(), "--output", out.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("not a complete s2s4j model directory"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path in = dir.resolve("bad.txt");
    Files.write(in, "a b\nc \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("out.txt");
    CliResult r = CliResult.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", out.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("bad.txt:2: invalid UTF-8"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void resumeToStandardOutputIsAUsageError() {
    CliResult r = CliResult.run("translate", "--model", modelDir.toString(), "--resume");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--resume needs --input FILE and --output FILE"), r.err());
  }

  @Test
  void batchSizeAndBatchTokensExcludeEachOther() {
    CliResult r = CliResult.run("translate", "--model", modelDir.toString(), "--batch-size", "8",
        "--batch-tokens", "100");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
  }
}
