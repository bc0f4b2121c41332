package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpeCommandTest {

  @TempDir Path dir;

  @Test
  void learnWritesSubwordNmtCodes() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "low low lot\n");
    Path codes = dir.resolve("codes");
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "10", "--output", codes.toString());
    assertEquals(0, r.exitCode(), r.err());
    // l o: 3 times, lo w</w>: 2 times, then nothing reaches the default minimum of 2
    assertEquals("#version: 0.2\nl o\nlo w</w>\n", Files.readString(codes));
    assertTrue(r.out().startsWith("learned 2 merges from 1 lines (2 word types)"), r.out());
    assertTrue(r.out().contains("stopped early: no pair has frequency >= 2"), r.out());
  }

  @Test
  void learnSummaryAsJson() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "low low lot\n");
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "1", "--output", dir.resolve("codes").toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("merges").asInt());
    assertEquals(false, json.get("stoppedEarly").asBoolean());
    assertEquals(2, json.get("wordTypes").asInt());
  }

  @Test
  void learnOnBadInputKeepsTheOldCodesFile() throws IOException {
    Path input = dir.resolve("bad.txt");
    Files.write(input, new byte[] {'a', 'b', '\n', 'c', (byte) 0xff, '\n'});
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\nx y\n");
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "10", "--output", codes.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s bpe learn: error: " + input + ":2: invalid UTF-8 at byte 2 of the line\n",
        r.err());
    assertEquals("#version: 0.2\nx y\n", Files.readString(codes));
    assertEquals(2, Files.list(dir).count(), "no temporary file is left behind");
  }

  @Test
  void learnWithAMissingInputSaysSo() {
    Path missing = dir.resolve("missing.txt");
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", missing.toString(),
        "--symbols", "10", "--output", dir.resolve("codes").toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s bpe learn: error: " + missing + ": no such file or not readable\n", r.err());
    assertTrue(Files.notExists(dir.resolve("codes")));
  }

  @Test
  void applySegmentsStandardInput() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\nab c</w>\n");
    CliRunner.Result r = CliRunner.withInput("abc abx\n  \ncab\n", "bpe", "apply", "--codes",
        codes.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("abc ab@@ x\n  \nc@@ a@@ b\n", r.stdout());
  }

  @Test
  void applyWithVocabularyAndThreshold() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\nab c</w>\n");
    Path vocab = Files.writeString(dir.resolve("vocab"), "ab@@ 5\nc 1\na@@ 9\nb@@ 9\n");
    CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--vocabulary", vocab.toString(), "--vocabulary-threshold", "6", "--separator", "@@");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("a@@ b@@ c\n", r.stdout());
  }

  @Test
  void applyWithGlossaries() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\nab c</w>\n");
    CliRunner.Result r = CliRunner.withInput("xabc abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--glossaries", "x", "[0-9]+");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("x@@ abc abc\n", r.stdout());
    CliRunner.Result bad = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--glossaries", "(");
    assertEquals(S2s.EXIT_USAGE, bad.exitCode());
    assertTrue(bad.err().contains("invalid glossary regular expression '('"), bad.err());
  }

  @Test
  void applyWithABadCodesFileNamesFileAndLine() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\nabc\n");
    CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s bpe apply: error: " + codes + ":3: invalid line in BPE codes file: 'abc'; "
        + "it must hold exactly two symbols separated by one space\n", r.err());
    assertEquals("", r.stdout());
  }

  @Test
  void applyWithAMissingCodesFileSaysSo() {
    Path missing = dir.resolve("nope.codes");
    CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", missing.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertEquals("s2s bpe apply: error: " + missing + ": no such file\n", r.err());
  }

  @Test
  void learnIntoAnUnwritableDirectorySaysSo() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "low low lot\n");
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path codes = blocker.resolve("codes"); // a file cannot be a directory
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "10", "--output", codes.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s bpe learn: error: " + codes + ": cannot write: "), r.err());
  }

  @Test
  void thresholdWithoutVocabularyIsAUsageError() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\n");
    CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--vocabulary-threshold", "3");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--vocabulary-threshold needs --vocabulary"), r.err());
  }

  @Test
  void applyOnTheFixtureIsByteIdenticalToSubwordNmt() throws IOException {
    Path bpe = Path.of(System.getProperty("s2s4j.shared", "../../shared"), "fixtures/bpe");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(bpe),
        () -> "skipped: fixtures not found at " + bpe.toAbsolutePath());
    byte[] input = Files.readAllBytes(bpe.resolve("edge_input_de.txt"));
    CliRunner.Result r = CliRunner.withInput(input, "bpe", "apply", "--codes",
        bpe.resolve("codes.de.s3000.bpe").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Files.readString(bpe.resolve("edge_input_de.s3000.bpe.txt"),
        StandardCharsets.UTF_8), r.stdout());
  }

  @Test
  void restoreJoinsSubwords() {
    CliRunner.Result r = CliRunner.withInput("lä@@ d@@ t baum@@ wo@@ lle\n", "bpe", "restore");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("lädt baumwolle\n", r.stdout());
  }

  @Test
  void bpeWithoutASubcommandIsAUsageError() {
    CliRunner.Result r = CliRunner.run("bpe");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("Missing required subcommand"), r.err());
  }

  @Test
  void learnWithTotalSymbolsSubtractsTheCharacters() throws IOException {
    Path input = Files.writeString(dir.resolve("train.txt"), "low low lot\n");
    Path codes = dir.resolve("codes");
    // characters: l, o inside words; w, t ending them: 6 symbols - 4 = 2 merges
    CliRunner.Result r = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "6", "--total-symbols", "--output", codes.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("#version: 0.2\nl o\nlo w</w>\n", Files.readString(codes));
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("merges").asInt());
    assertEquals(2, json.get("requested").asInt());
    assertEquals(6, json.get("totalSymbols").asInt());
    assertEquals(4, json.get("characterSymbols").asInt());
    assertEquals(false, json.get("stoppedEarly").asBoolean());
    CliRunner.Result text = CliRunner.run("bpe", "learn", "--input", input.toString(),
        "--symbols", "3", "--total-symbols", "--output", codes.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertEquals("#version: 0.2\n", Files.readString(codes));
    assertTrue(text.out().contains("(3 symbols - 4 characters = 0 merges requested)"), text.out());
  }

  @Test
  void applyWithMergesUsesTheFirstOnes() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\nab c</w>\n");
    CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--merges", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("ab@@ c\n", r.stdout());
    CliRunner.Result none = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--merges", "0");
    assertEquals("a@@ b@@ c\n", none.stdout());
    CliRunner.Result bad = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
        "--merges", "-1");
    assertEquals(S2s.EXIT_USAGE, bad.exitCode());
    assertTrue(bad.err().contains("--merges must not be negative: -1"), bad.err());
  }

  @Test
  void applyWithDropoutIsSeededAndRestoresToTheInput() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"),
        "#version: 0.2\na b\nab c</w>\nab c\nabc d</w>\nc d</w>\n");
    String input = "abc abcd cd abcd abc\n".repeat(20);
    CliRunner.Result plain = CliRunner.withInput(input, "bpe", "apply", "--codes", codes.toString());
    CliRunner.Result zero = CliRunner.withInput(input, "bpe", "apply", "--codes", codes.toString(),
        "--dropout", "0", "--seed", "9");
    assertEquals("abc abcd cd abcd abc\n".repeat(20), plain.stdout());
    assertEquals(plain.stdout(), zero.stdout());
    CliRunner.Result a = CliRunner.withInput(input, "bpe", "apply", "--codes", codes.toString(),
        "--dropout", "0.5", "--seed", "3");
    CliRunner.Result b = CliRunner.withInput(input, "bpe", "apply", "--codes", codes.toString(),
        "--dropout", "0.5", "--seed", "3");
    CliRunner.Result c = CliRunner.withInput(input, "bpe", "apply", "--codes", codes.toString(),
        "--dropout", "0.5", "--seed", "4");
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(a.stdout(), b.stdout());
    assertTrue(!a.stdout().equals(c.stdout()), "another seed, other draws");
    assertTrue(a.stdout().contains("@@"), a.stdout());
    CliRunner.Result restored = CliRunner.withInput(a.stdout(), "bpe", "restore");
    assertEquals(input, restored.stdout());
  }

  @Test
  void dropoutOutsideZeroToOneIsAUsageError() throws IOException {
    Path codes = Files.writeString(dir.resolve("codes"), "#version: 0.2\na b\n");
    for (String p : new String[] {"1", "1.5", "-0.1", "NaN"}) {
      CliRunner.Result r = CliRunner.withInput("abc\n", "bpe", "apply", "--codes", codes.toString(),
          "--dropout", p);
      assertEquals(S2s.EXIT_USAGE, r.exitCode(), p);
      assertTrue(r.err().contains("--dropout: the BPE-dropout probability must be at least 0 "
          + "and less than 1, got " + Double.parseDouble(p)), r.err());
      assertEquals("", r.stdout());
    }
  }

  @Test
  void applyWithMergesOnTheFixtureIsByteIdenticalToSubwordNmt() throws IOException {
    Path bpe = Path.of(System.getProperty("s2s4j.shared", "../../shared"), "fixtures/bpe");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(bpe),
        () -> "skipped: fixtures not found at " + bpe.toAbsolutePath());
    // codes.de.s1000.minfreq5.bpe is the first 1000 merges of codes.de.s3000.bpe
    byte[] input = Files.readAllBytes(bpe.resolve("val.first300.lc.norm.tok.de"));
    CliRunner.Result r = CliRunner.withInput(input, "bpe", "apply", "--codes",
        bpe.resolve("codes.de.s3000.bpe").toString(), "--merges", "1000");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Files.readString(bpe.resolve("val.first300.s1000.minfreq5.bpe.de"),
        StandardCharsets.UTF_8), r.stdout());
  }
}
