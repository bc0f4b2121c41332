package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every number of {@code coco/expected.json}, from the tokenized files and from the raw JSON. */
class CocoFixtureParityTest {

  private static final List<String> NAMES =
      List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "ROUGE_L", "CIDEr");

  private static CocoCaptionEvaluator evaluator() {
    return CocoCaptionEvaluator.standard();
  }

  @ParameterizedTest
  @ValueSource(strings = {"caption1", "shuffled"})
  void scoresFromTokenizedFilesMatch(String set) throws IOException {
    assertMatches(set, evaluator().score(CocoFixtures.tokenizedItems(set)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"caption1", "shuffled"})
  void scoresFromRawJsonThroughTheTokenizerMatch(String set) throws IOException {
    Path dir = CocoFixtures.dir();
    CocoCaptionSet captions = CocoCaptionSet.read(dir.resolve("annotations.json"),
        dir.resolve("results_" + set + ".json"));
    assertEquals(1014, captions.size());
    assertMatches(set, evaluator().evaluate(captions));
  }

  @ParameterizedTest
  @ValueSource(strings = {"caption1", "shuffled"})
  void bleuStatisticsMatch(String set) throws IOException {
    JsonNode expected = CocoFixtures.json("expected.json").get("sets").get(set).get("bleu_stats");
    BleuCaptionMetric bleu = new BleuCaptionMetric();
    BleuCaptionMetric.Stats sum = BleuCaptionMetric.sum(
        CocoFixtures.tokenizedItems(set).stream().map(bleu::stats).toList());
    assertEquals(expected.get("testlen").asLong(), sum.testLength());
    assertEquals(expected.get("reflen").asLong(), sum.refLength());
    assertArrayEquals(longs(expected.get("guess")), sum.guess());
    assertArrayEquals(longs(expected.get("correct")), sum.correct());
  }

  private static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }

  private static void assertMatches(String set, CocoCaptionReport report) throws IOException {
    JsonNode expected = CocoFixtures.json("expected.json").get("sets").get(set);
    for (String name : NAMES) {
      CocoFixtures.assertClose(expected.get(name).asDouble(), report.corpus().get(name),
          set + " " + name);
    }
    for (JsonNode image : expected.get("per_image_first20")) {
      int index = report.imageIds().indexOf(image.get("image_id").asText());
      for (String name : NAMES) {
        CocoFixtures.assertClose(image.get(name).asDouble(),
            report.scores().get(name).item(index),
            set + " image " + image.get("image_id") + " " + name);
      }
    }
  }
}
