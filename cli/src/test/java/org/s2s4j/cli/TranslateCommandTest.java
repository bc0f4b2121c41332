package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.decoding.BeamSearch;
import org.s2s4j.decoding.GreedySearch;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.NoLengthPenalty;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.s2s4j.seq2seq.inference.ModelStepScorer;
import org.s2s4j.seq2seq.inference.ModelTranslators;
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
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--input",
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
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", out.toString(), "--beam", "4", "--nbest", "3",
        "--max-length", "5", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertEquals(3, lines.get(0).split("\"logprob\"").length - 1, lines.get(0));
    assertTrue(r.out().startsWith("{\"lines\":2,"), r.out());
  }

  /**
   * {@code --beam 1} runs {@link GreedySearch}; without a length penalty (a longer output can
   * never score higher) it must equal {@link BeamSearch} with a beam of one, run here through the
   * same text path as the command but without it.
   */
  @Test
  void greedyAndBeamOfOneAgree() throws IOException {
    List<String> sources = List.of("a b c", "d", "e f a b", "b b a d c");
    Path in = dir.resolve("in.txt");
    Files.write(in, sources);
    Path greedy = dir.resolve("greedy.txt");
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", greedy.toString(), "--beam", "1", "--max-length", "6",
        "--length-penalty", "none", "--no-detokenize");
    assertEquals(0, r.exitCode(), r.err());
    SearchOptions beamOfOne = SearchOptions.builder().beamSize(1)
        .lengthPenalty(new NoLengthPenalty()).limits(new LengthLimits(0, 0, 6,
            LengthLimits.DEFAULT_MAX_RATIO, LengthLimits.DEFAULT_MAX_OFFSET)).build();
    List<String> expected = new ArrayList<>();
    try (TrainedModel model = TrainedModel.load(modelDir, "mxnet", "cpu");
        ModelStepScorer scorer = ModelTranslators.scorer(model, null)) {
      TextCodec codec = ModelTranslators.codec(model, new TextOptions(null, null, null, false));
      SearchTranslator translator = new SearchTranslator(codec, scorer, new BeamSearch(beamOfOne),
          false);
      for (String line : sources) {
        List<List<String>> batch = List.of(translator.tokenize(line));
        expected.add(translator.toText(batch, translator.hypotheses(batch)).get(0).get(0).text());
      }
    }
    assertEquals(expected, Files.readAllLines(greedy));
  }

  /** Standard input or a file, to standard output or a file: the same translations. */
  @Test
  void everyCombinationOfStandardStreamsAndFilesTranslatesAlike() throws IOException {
    String text = "a b c\n\nd e f a\n";
    Path in = Files.writeString(dir.resolve("in.txt"), text);
    String[] search = {"--model", modelDir.toString(), "--beam", "2", "--max-length", "6"};
    CliRunner.Result fileToFile = translate(text, search, "--input", in.toString(), "--output",
        dir.resolve("a.txt").toString());
    CliRunner.Result stdinToFile = translate(text, search, "--output",
        dir.resolve("b.txt").toString());
    CliRunner.Result fileToStdout = translate(text, search, "--input", in.toString());
    CliRunner.Result stdinToStdout = translate(text, search);
    for (CliRunner.Result r : List.of(fileToFile, stdinToFile, fileToStdout, stdinToStdout)) {
      assertEquals(0, r.exitCode(), r.err());
    }
    String expected = Files.readString(dir.resolve("a.txt"));
    assertEquals(3, expected.lines().count());
    assertEquals(expected, Files.readString(dir.resolve("b.txt")));
    assertEquals(expected, fileToStdout.stdout());
    assertEquals(expected, stdinToStdout.stdout());
    assertTrue(stdinToFile.out().contains("translated 3 lines"), stdinToFile.out());
  }

  @Test
  void resumeFromStandardInputIsRefusedWithTheReason() {
    CliRunner.Result r = CliRunner.withInput("a b\n", "translate", "--model",
        modelDir.toString(), "--output", dir.resolve("out.txt").toString(), "--resume");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--resume needs --input FILE and --output FILE"), r.err());
    assertFalse(Files.exists(dir.resolve("out.txt")));
  }

  @Test
  void anOutputInADirectoryThatDoesNotExistIsCreated() throws IOException {
    Path out = dir.resolve("new/sub/out.txt");
    CliRunner.Result r = CliRunner.withInput("a b\nc\n", "translate", "--model",
        modelDir.toString(), "--output", out.toString(), "--max-length", "6");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, Files.readAllLines(out).size());
  }

  private static CliRunner.Result translate(String stdin, String[] search, String... io) {
    List<String> args = new ArrayList<>(List.of("translate"));
    args.addAll(List.of(search));
    args.addAll(List.of(io));
    return CliRunner.withInput(stdin, args.toArray(new String[0]));
  }

  /** The mean of two identical models is the model: an ensemble of a model with itself. */
  @Test
  void anEnsembleOfAModelWithItselfTranslatesLikeTheModel() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c", "d e f a"));
    Path single = dir.resolve("single.txt");
    Path ensemble = dir.resolve("ensemble.txt");
    assertEquals(0, CliRunner.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", single.toString(), "--max-length", "6").exitCode());
    assertEquals(0, CliRunner.run("translate", "--model", modelDir.toString(), "--model",
        modelDir.toString(), "--input", in.toString(), "--output", ensemble.toString(),
        "--max-length", "6").exitCode());
    assertEquals(Files.readString(single), Files.readString(ensemble));
  }

  @Test
  void aShortlistForAModelWithoutOneIsAClearError() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a b c"));
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", dir.resolve("out.txt").toString(), "--shortlist");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("has no shortlist.txt") && r.err().contains("s2s shortlist build"),
        r.err());
    assertFalse(Files.exists(dir.resolve("out.txt")));
  }

  @Test
  void anIncompleteModelDirectoryIsAClearError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-model"));
    Path in = dir.resolve("in.txt");
    Files.write(in, List.of("a"));
    Path out = dir.resolve("out.txt");
    CliRunner.Result r = CliRunner.run("translate", "--model", empty.toString(), "--input",
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
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--input",
        in.toString(), "--output", out.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("bad.txt:2: invalid UTF-8"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void resumeToStandardOutputIsAUsageError() {
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--resume");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--resume needs --input FILE and --output FILE"), r.err());
  }

  @Test
  void batchSizeAndBatchTokensExcludeEachOther() {
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--batch-size", "8",
        "--batch-tokens", "100");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
  }

  /** The jar of cli has no Spark: --spark is for the launcher, which runs the spark module. */
  @Test
  void sparkIsHandedToTheLauncher() {
    CliRunner.Result r = CliRunner.run("translate", "--model", modelDir.toString(), "--spark",
        "local[2]", "--input", "in.en", "--output", "out.de");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--spark is run by the s2s launcher"), r.err());
  }
}
