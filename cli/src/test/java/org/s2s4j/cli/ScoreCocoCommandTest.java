package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.evaluation.caption.SpiceCaptionMetric;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCocoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ScoreCocoCommandTest.class.getResource("coco/" + name).toURI()).toString();
  }

  @Test
  void scoresTwoImagesAsJsonAndWritesPerImageScores() throws Exception {
    Path perItem = dir.resolve("out/per_image.json");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--per-item", perItem.toString(),
        "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode scores = JSON.readTree(r.out());
    assertEquals(List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "ROUGE_L", "CIDEr", "signature"),
        fieldNames(scores));
    // Both candidates equal their only reference after tokenization; idf = log 2 everywhere:
    // CIDEr = 10 * (1 + 1 + 0 + 0) / 4 = 5, ROUGE_L = 1, Bleu_1 = 1 up to the 1e-9 epsilons.
    assertEquals(5.0, scores.get("CIDEr").asDouble(), 1e-12);
    assertEquals(1.0, scores.get("ROUGE_L").asDouble(), 0.0);
    assertEquals(1.0, scores.get("Bleu_1").asDouble(), 1e-9);
    assertTrue(scores.get("signature").asText().contains("images:2|refs:2"));
    JsonNode items = JSON.readTree(perItem.toFile());
    assertEquals(2, items.size());
    assertEquals(1, items.get(0).get("image_id").asInt());
    assertTrue(items.get(0).get("image_id").isNumber());
    assertEquals(5.0, items.get(1).get("CIDEr").asDouble(), 1e-12);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void textOutputListsTheChosenMetrics() throws Exception {
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "CIDEr,ROUGE_L");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ROUGE_L  1.000000\nCIDEr    5.000000\nsignature: "), r.out());
  }

  @Test
  void meteorIsOptInAndCarriesItsModules() throws Exception {
    Path perItem = dir.resolve("per_image.json");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "METEOR", "--format", "json",
        "--per-item", perItem.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode scores = JSON.readTree(r.out());
    assertEquals(List.of("METEOR", "signature", "METEOR_signature"), fieldNames(scores));
    // each candidate equals its reference: every word matched in one chunk
    assertEquals(1.0, scores.get("METEOR").asDouble(), 0.0);
    assertEquals("meteor-1.5|modules:exact,stem|norm:yes|lang:en|params:0.85_0.2_0.6_0.75"
        + "|fw:snowball-english-stop", scores.get("METEOR_signature").asText());
    assertEquals(1.0, JSON.readTree(perItem.toFile()).get(1).get("METEOR").asDouble(), 0.0);
  }

  @Test
  void meteorSynonymsAppearInTheTextSignature() throws Exception {
    Path synsets = dir.resolve("synsets.txt");
    Files.writeString(synsets, "dog hound\n");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "METEOR",
        "--synonyms", synsets.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("METEOR   1.000000\nsignature: "), r.out());
    assertTrue(r.out().contains("METEOR_signature: meteor-1.5|modules:exact,stem,synonym|"
        + "norm:yes|lang:en|params:0.85_0.2_0.6_0.75|fw:snowball-english-stop"
        + "|syn:file:synsets.txt\n"), r.out());
  }

  @Test
  void imageWithoutResultFailsWithFileAndNoPerItemFile() throws Exception {
    Path perItem = dir.resolve("per_image.json");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results_missing.json"), "--per-item", perItem.toString());
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s score coco: error: "), r.err());
    assertTrue(r.err().contains("results_missing.json: 1 image(s) of "), r.err());
    assertTrue(r.err().contains("have no result: 2"), r.err());
    assertFalse(Files.exists(perItem));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void unknownMetricIsAUsageError() throws Exception {
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "Bleu,WER");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("expected one of [Bleu, ROUGE_L, CIDEr, METEOR, SPICE]"), r.err());
  }

  @Test
  void spiceWithoutModelsFailsSayingHowToBuildThem() throws Exception {
    assumeFalse(SpiceCaptionMetric.available(), "built with -Pspice: the models are present");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "CIDEr,SPICE");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode());
    assertTrue(r.err().startsWith("s2s score coco: error: --metrics SPICE: SPICE needs the "
        + "CoreNLP models jar"), r.err());
    assertTrue(r.err().contains("-Pspice"), r.err());
  }

  @Test
  void spiceScoresWithTheModels() throws Exception {
    assumeTrue(SpiceCaptionMetric.available(), "CoreNLP models not on the class path: "
        + "run with -Pspice to test --metrics SPICE");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", resource("annotations.json"),
        "--results", resource("results.json"), "--metrics", "SPICE", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode scores = JSON.readTree(r.out());
    assertEquals(List.of("SPICE", "signature", "SPICE_signature"), fieldNames(scores));
    // Each candidate equals its only reference after tokenization: F = 1 for both images.
    assertEquals(1.0, scores.get("SPICE").asDouble(), 0.0);
  }

  @Test
  void helpShowsExamples() {
    CliRunner.Result r = CliRunner.run("score", "coco", "--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Examples:"), r.out());
  }

  @Test
  void sharedFixtureGivesTheReferenceScores() throws IOException {
    Path coco = Path.of(System.getProperty("s2s4j.shared", "../../shared"), "fixtures", "coco");
    assumeTrue(Files.isDirectory(coco), "COCO fixtures not found at " + coco + "; skipping");
    CliRunner.Result r = CliRunner.run("score", "coco", "--refs", coco.resolve("annotations.json").toString(),
        "--results", coco.resolve("results_caption1.json").toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode scores = JSON.readTree(r.out());
    JsonNode expected = JSON.readTree(coco.resolve("expected.json").toFile())
        .get("sets").get("caption1");
    for (String name : List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "ROUGE_L", "CIDEr")) {
      double e = expected.get(name).asDouble();
      assertEquals(e, scores.get(name).asDouble(), 1e-12 * e, name);
    }
  }
}
