package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.evaluation.mt.BleuScore;
import picocli.CommandLine;

class ScoreCommandTest {

  private static String res(String name) {
    try {
      return Path.of(ScoreCommandTest.class.getResource("score/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(String name) throws IOException {
    return Files.readAllLines(Path.of(res(name)), StandardCharsets.UTF_8);
  }

  @Test
  void everyMetricHasHelpWithExamples() {
    for (String metric : List.of("bleu", "chrf", "ter")) {
      CliRunner.Result r = CliRunner.run("score", metric, "--help");
      assertEquals(0, r.exitCode(), metric);
      assertTrue(r.out().contains("Examples:"), metric + " help has no examples");
    }
  }

  @Test
  void bleuTextIsSacrebleuStyleWithSignature() throws IOException {
    CliRunner.Result r = CliRunner.run("score", "bleu", "--hyp", res("hyp.txt"), "--ref", res("ref1.txt"),
        "--ref", res("ref2.txt"));
    assertEquals(0, r.exitCode(), r.err());
    BleuScore expected = new Bleu().corpusScore(lines("hyp.txt"),
        List.of(lines("ref1.txt"), lines("ref2.txt")));
    assertEquals("BLEU|" + expected.signature() + " = " + expected.toString().substring(7) + "\n",
        r.out());
    assertTrue(r.out().startsWith("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:"));
  }

  @Test
  void bleuJsonHasTheDocumentedFields() throws IOException {
    CliRunner.Result r = CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r", res("ref1.txt"), "--lowercase",
        "--tokenize", "intl", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> fields = List.of("name", "score", "counts", "totals", "precisions", "bp",
        "sys_len", "ref_len", "signature");
    assertEquals(fields, iterable(json));
    assertEquals("BLEU", json.get("name").asText());
    assertTrue(json.get("signature").asText().startsWith("nrefs:1|case:lc|eff:no|tok:intl|"));
  }

  private static List<String> iterable(JsonNode node) {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void chrfAndTerJsonHaveNameScoreSignature() throws IOException {
    for (String metric : List.of("chrf", "ter")) {
      CliRunner.Result r = CliRunner.run("score", metric, "-i", res("hyp.txt"), "-r", res("ref1.txt"), "--format",
          "json");
      assertEquals(0, r.exitCode(), r.err());
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertEquals(List.of("name", "score", "signature"), iterable(json));
    }
    CliRunner.Result pp = CliRunner.run("score", "chrf", "-i", res("hyp.txt"), "-r", res("ref1.txt"),
        "--word-order", "2");
    assertTrue(pp.out().startsWith("chrF2++|nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|"),
        pp.out());
  }

  @Test
  void lineCountMismatchNamesTheFilesAndFails() {
    CliRunner.Result r = CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r", res("short.txt"));
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s score bleu: error: "), r.err());
    assertTrue(r.err().contains("short.txt: has 1 lines but hypothesis"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void emptyHypothesisFileIsAClearError(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    CliRunner.Result r = CliRunner.run("score", "bleu", "-i", empty.toString(), "-r", empty.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains("empty.txt: is empty: there is nothing to score"), r.err());
  }

  @Test
  void invalidUtf8NamesFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n', 'x', '\n'});
    CliRunner.Result r = CliRunner.run("score", "ter", "-i", bad.toString(), "-r", res("ref1.txt"));
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().contains(bad + ":2: invalid UTF-8"), r.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(S2s.EXIT_USAGE, CliRunner.run("score", "bleu", "-i", res("hyp.txt")).exitCode());
    assertEquals(S2s.EXIT_USAGE, CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r",
        res("ref1.txt"), "--tokenize", "moses").exitCode());
    assertEquals(S2s.EXIT_USAGE, CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r",
        res("ref1.txt"), "--paired-bs").exitCode());
    assertEquals(S2s.EXIT_USAGE, CliRunner.run("score").exitCode());
  }

  @Test
  void outputFileIsWrittenOnlyOnSuccess(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("bleu.json");
    CliRunner.Result ok = CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r", res("ref1.txt"), "--format",
        "json", "-o", out.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals("", ok.out());
    assertTrue(Files.readString(out).contains("\"signature\""));
    Path failed = dir.resolve("failed.json");
    CliRunner.Result bad = CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-r", res("short.txt"), "-o",
        failed.toString());
    assertEquals(S2s.EXIT_FAILURE, bad.exitCode());
    assertFalse(Files.exists(failed));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file may be left behind");
    }
  }

  @Test
  void pairedBootstrapAndRandomizationReportPValues() throws IOException {
    CliRunner.Result bs = CliRunner.run("score", "bleu", "-i", res("hyp.txt"), "-i", res("worse.txt"), "-r",
        res("ref1.txt"), "--paired-bs", "--paired-bs-n", "100", "--format", "json");
    assertEquals(0, bs.exitCode(), bs.err());
    JsonNode json = new ObjectMapper().readTree(bs.out());
    assertEquals("bs", json.get("test").asText());
    assertTrue(json.get("signature").asText().startsWith("nrefs:1|bs:100|seed:12345|"));
    assertTrue(json.get("baseline").has("ci"));
    double p = json.get("systems").get(0).get("p_value").asDouble();
    assertTrue(p > 0 && p <= 1);

    CliRunner.Result ar = CliRunner.run("score", "chrf", "-i", res("hyp.txt"), "-i", res("worse.txt"), "-r",
        res("ref1.txt"), "--paired-ar", "--paired-ar-n", "50");
    assertEquals(0, ar.exitCode(), ar.err());
    assertTrue(ar.out().contains("ar:50|seed:12345"), ar.out());
    assertTrue(ar.out().contains("p-value"), ar.out());
    assertFalse(ar.out().matches("(?s).*\\d ± \\d.*"),
        "no confidence intervals unless asked: " + ar.out());
    CliRunner.Result arCi = CliRunner.run("score", "ter", "-i", res("hyp.txt"), "-i", res("worse.txt"), "-r",
        res("ref1.txt"), "--paired-ar", "--paired-ar-n", "50", "--paired-ar-confidence-n", "0");
    assertEquals(0, arCi.exitCode(), arCi.err());
    assertTrue(arCi.out().matches("(?s).*\\d ± \\d.*"), arCi.out());
  }

  /** The command gives sacreBLEU's number on the shared WMT17 fixture. */
  @Test
  void wmt17KitMatchesSacrebleu() throws IOException {
    Path dir = Path.of(System.getProperty("s2s4j.shared", "../../shared"))
        .resolve("fixtures/bleu");
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("expected.json")),
        () -> "sacreBLEU fixtures not found at " + dir.toAbsolutePath() + "; skipping");
    CliRunner.Result r = CliRunner.run("score", "bleu", "-i",
        dir.resolve("wmt17/newstest2017.KIT.4950.en-de.hyp.de").toString(), "-r",
        dir.resolve("wmt17/newstest2017.ref.de").toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile())
        .get("wmt17_en_de").get("systems").get("newstest2017.KIT.4950.en-de").get("bleu")
        .get("default");
    assertEquals(expected.get("score").asDouble(), json.get("score").asDouble());
    assertEquals(expected.get("counts"), json.get("counts"));
    assertEquals(expected.get("ref_len").asLong(), json.get("ref_len").asLong());
  }
}
