package org.s2s4j.corpora.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.parallel.ParallelTextCorpus;

class ParallelCleanerTest {

  @TempDir Path dir;

  private final CleaningRules rules = new CleaningRules(true, 1, 12, 3.0, true);

  private List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachRuleRemovesItsPairAndTheRestIsKeptInOrder() throws Exception {
    Path outEn = dir.resolve("clean.en");
    Path outDe = dir.resolve("clean.de");
    CleanReport report = new ParallelCleaner(rules).clean(new ParallelTextCorpus(
        TestCorpora.toy("en"), TestCorpora.toy("de")), outEn, outDe, n -> {});
    // toy line 3 repeats line 1, 4 has ratio 5, 5 is empty, 6 has 17 tokens; 7 differs from 1.
    assertEquals(new CleanReport(7, 3,
        Map.of("empty", 1L, "length", 1L, "ratio", 1L, "duplicate", 1L)), report);
    assertEquals(List.of("empty", "length", "ratio", "duplicate"),
        List.copyOf(report.removed().keySet()));
    assertEquals("a dog runs .\ntwo cats sleep on the sofa .\na dog runs .\n",
        Files.readString(outEn));
    assertEquals("ein hund rennt .\nzwei katzen schlafen auf dem sofa .\nein hund läuft .\n",
        Files.readString(outDe));
  }

  @Test
  void invalidUtf8FailsNamingFileAndLineAndLeavesOldOutputs() throws IOException {
    Path src = dir.resolve("in.en");
    Files.write(src, new byte[] {'o', 'k', '\n', (byte) 0xc3, '\n'});
    Path tgt = Files.writeString(dir.resolve("in.de"), "ja\nnein\n");
    Path outEn = Files.writeString(dir.resolve("out.en"), "previous good output\n");
    Path outDe = Files.writeString(dir.resolve("out.de"), "vorherige gute Ausgabe\n");
    InputFormatException e = assertThrows(InputFormatException.class, () ->
        new ParallelCleaner(rules).clean(new ParallelTextCorpus(src, tgt), outEn, outDe, n -> {}));
    assertEquals(src + ":2: invalid UTF-8 at byte 1 of the line", e.getMessage());
    assertEquals("previous good output\n", Files.readString(outEn));
    assertEquals("vorherige gute Ausgabe\n", Files.readString(outDe));
    assertEquals(List.of("in.de", "in.en", "out.de", "out.en"), filesIn(dir));
  }

  @Test
  void differentLineCountsFailAndLeaveOldOutputs() throws IOException {
    Path src = Files.writeString(dir.resolve("in.en"), "a\nb\n");
    Path tgt = Files.writeString(dir.resolve("in.de"), "a\n");
    Path outEn = Files.writeString(dir.resolve("out.en"), "previous\n");
    Path outDe = dir.resolve("new/out.de");
    InputFormatException e = assertThrows(InputFormatException.class, () ->
        new ParallelCleaner(rules).clean(new ParallelTextCorpus(src, tgt), outEn, outDe, n -> {}));
    assertEquals(src + ":2: line counts differ: " + src + " has 2 lines but " + tgt + " has 1",
        e.getMessage());
    assertEquals("previous\n", Files.readString(outEn));
    assertEquals(List.of("in.de", "in.en", "new", "out.en"), filesIn(dir));
    assertEquals(List.of(), filesIn(dir.resolve("new")));
  }

  @Test
  void keepsDuplicatesAndEmptyLinesWhenAskedTo() throws Exception {
    CleaningRules keepAll = new CleaningRules(false, 0, 100, 100, false);
    CleanReport report = new ParallelCleaner(keepAll).clean(new ParallelTextCorpus(
        TestCorpora.toy("en"), TestCorpora.toy("de")),
        dir.resolve("a"), dir.resolve("b"), n -> {});
    assertEquals(7, report.kept());
    assertEquals(Files.readString(TestCorpora.toy("en")), Files.readString(dir.resolve("a")));
  }

  @Test
  void sameOutputForBothSidesIsRefused() {
    Path out = dir.resolve("same");
    assertThrows(IllegalArgumentException.class, () -> new ParallelCleaner(rules).clean(
        new ParallelTextCorpus(out, out), out, out, n -> {}));
  }

  @Test
  void rulesRejectImpossibleLimits() {
    assertThrows(IllegalArgumentException.class, () -> new CleaningRules(true, 5, 4, 3, true));
    assertThrows(IllegalArgumentException.class, () -> new CleaningRules(true, 1, 4, 0.5, true));
  }

  @Test
  void multi30kTrainLosesTwoRatioOutliersAndThreeDuplicates() throws IOException {
    Path tok = TestCorpora.shared().resolve("data/multi30k/task1/tok");
    assumeTrue(Files.isDirectory(tok), "Multi30k not found at " + tok);
    CleanReport report = new ParallelCleaner(new CleaningRules(true, 1, 50, 3.0, true)).clean(
        new ParallelTextCorpus(tok.resolve("train.lc.norm.tok.en"), tok.resolve("train.lc.norm.tok.de")),
        dir.resolve("train.en"), dir.resolve("train.de"), n -> {});
    // The same rules applied with a Python set of (en, de) pairs.
    assertEquals(new CleanReport(29000, 28995,
        Map.of("empty", 0L, "length", 0L, "ratio", 2L, "duplicate", 3L)), report);
    assertEquals(28995, Files.readAllLines(dir.resolve("train.de")).size());
  }
}
