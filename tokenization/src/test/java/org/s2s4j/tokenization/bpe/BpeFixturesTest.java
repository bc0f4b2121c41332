package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s2s4j.tokenization.SharedData;
import org.s2s4j.tokenization.TextFiles;

/** Byte-for-byte comparison with subword-nmt's own output in the shared fixtures. */
class BpeFixturesTest {

  private static WordCounts train;

  @BeforeAll
  static void countTrain() throws IOException {
    Path input = SharedData.root().resolve("data/multi30k/task1/tok/train.lc.norm.tok.de");
    if (Files.exists(input)) {
      train = new WordCounts();
      TextFiles.readLines(input).forEach(train::addLine);
    }
  }

  @ParameterizedTest
  @CsvSource({"s3000, 3000, 2", "s1000.minfreq5, 1000, 5", "s20000.minfreq20, 20000, 20"})
  void learnedCodesEqualSubwordNmts(String name, int symbols, int minFrequency) throws IOException {
    Path expected = SharedData.require("fixtures/bpe/codes.de." + name + ".bpe");
    SharedData.require("data/multi30k/task1/tok/train.lc.norm.tok.de");
    BpeCodes codes = new BpeLearner(symbols, minFrequency).learn(train.counts());
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), codes.text());
  }

  @Test
  void earlyStopKeepsTheLastMergeAtTheThreshold() throws IOException {
    SharedData.require("data/multi30k/task1/tok/train.lc.norm.tok.de");
    BpeCodes codes = new BpeLearner(20000, 20).learn(train.counts());
    assertEquals(3232, codes.size());
    assertEquals(new BpeMerge("ab", "sperr"), codes.merges().get(3231));
  }

  @ParameterizedTest
  @CsvSource({
      "s3000, val.first300.lc.norm.tok.de, val.first300.s3000.bpe.de",
      "s1000.minfreq5, val.first300.lc.norm.tok.de, val.first300.s1000.minfreq5.bpe.de",
      "s20000.minfreq20, val.first300.lc.norm.tok.de, val.first300.s20000.minfreq20.bpe.de",
      "s3000, edge_input_de.txt, edge_input_de.s3000.bpe.txt",
      "s1000.minfreq5, edge_input_de.txt, edge_input_de.s1000.minfreq5.bpe.txt",
      "s20000.minfreq20, edge_input_de.txt, edge_input_de.s20000.minfreq20.bpe.txt"})
  void appliedOutputEqualsSubwordNmts(String codesName, String input, String output)
      throws IOException {
    Path dir = SharedData.require("fixtures/bpe");
    BpeApplier bpe = new BpeApplier(BpeCodes.load(dir.resolve("codes.de." + codesName + ".bpe")),
        "@@", null);
    StringBuilder out = new StringBuilder();
    for (String line : TextFiles.readLines(dir.resolve(input))) {
      out.append(bpe.applyLine(line)).append('\n');
    }
    assertEquals(Files.readString(dir.resolve(output), StandardCharsets.UTF_8), out.toString());
  }

  /**
   * learn-bpe's {@code --total-symbols}. {@code learn_bpe.py -s 1100 --total-symbols} on the same
   * training file printed "Number of word-internal characters: 47", "Number of word-final
   * characters: 54" and "Reducing number of merge operations by 101", and wrote 999 merges
   * identical ({@code cmp}) to the first 999 of {@code codes.de.s3000.bpe}.
   */
  @Test
  void totalSymbolsSubtractsTheCharactersAsLearnBpe() throws IOException {
    Path s3000 = SharedData.require("fixtures/bpe/codes.de.s3000.bpe");
    SharedData.require("data/multi30k/task1/tok/train.lc.norm.tok.de");
    assertEquals(101, BpeLearner.characterSymbols(train.counts()));
    BpeCodes codes = new BpeLearner(1100, 2, true).learn(train.counts());
    String expected = String.join("\n", Files.readString(s3000, StandardCharsets.UTF_8)
        .lines().limit(1000).toList()) + "\n";
    assertEquals(expected, codes.text());
  }

  /**
   * apply-bpe's {@code --merges 1000} with the 3000 codes: {@code codes.de.s1000.minfreq5.bpe} is
   * the first 1000 merges of {@code codes.de.s3000.bpe} (see the fixtures' README), so the output
   * must be subword-nmt's own output for those codes.
   */
  @ParameterizedTest
  @CsvSource({
      "val.first300.lc.norm.tok.de, val.first300.s1000.minfreq5.bpe.de",
      "edge_input_de.txt, edge_input_de.s1000.minfreq5.bpe.txt"})
  void firstMergesEqualSubwordNmtsOutputForTheShorterCodes(String input, String output)
      throws IOException {
    Path dir = SharedData.require("fixtures/bpe");
    BpeCodes first = BpeCodes.load(dir.resolve("codes.de.s3000.bpe")).first(1000);
    assertEquals(Files.readString(dir.resolve("codes.de.s1000.minfreq5.bpe"),
        StandardCharsets.UTF_8), first.text());
    BpeApplier bpe = new BpeApplier(first, "@@", null);
    StringBuilder out = new StringBuilder();
    for (String line : TextFiles.readLines(dir.resolve(input))) {
      out.append(bpe.applyLine(line)).append('\n');
    }
    assertEquals(Files.readString(dir.resolve(output), StandardCharsets.UTF_8), out.toString());
  }

  @Test
  void loadedCodesSaveToTheSameBytes() throws IOException {
    Path file = SharedData.require("fixtures/bpe/codes.de.s3000.bpe");
    BpeCodes codes = BpeCodes.load(file);
    assertEquals(3000, codes.size());
    assertEquals(new BpeMerge("e", "i"), codes.merges().get(0));
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), codes.text());
  }
}
