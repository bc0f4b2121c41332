package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpiceCaptionMetricTest {

  private static final String SKIP = "CoreNLP models jar not on the class path: "
      + "run with -Pspice to test SPICE with the real scene graph parser";

  /** Hand-written parses, so that the metric's arithmetic is tested without CoreNLP's models. */
  private static final Map<String, Set<SemanticTuple>> PARSES = Map.of(
      "a red bus", Set.of(SemanticTuple.object("bus"), SemanticTuple.attribute("bus", "red")),
      "a bus on a street", Set.of(SemanticTuple.object("bus"), SemanticTuple.object("street"),
          SemanticTuple.relation("bus", "on", "street")),
      "a dog", Set.of(SemanticTuple.object("dog")),
      "a cat", Set.of(SemanticTuple.object("cat")));

  @Test
  void referencesAreMergedAndTheCorpusScoreIsTheMean() {
    List<String> seen = new ArrayList<>();
    Function<String, Set<SemanticTuple>> parser = c -> {
      seen.add(c);
      return PARSES.get(c);
    };
    SpiceCaptionMetric spice = new SpiceCaptionMetric(parser);
    MetricScore s = spice.score(List.of(
        new CaptionItem("1", "a red bus", List.of("a red bus", "a bus on a street")),
        new CaptionItem("2", "a dog", List.of("a cat"))
    )).get(0);
    // Image 1: candidate {bus, red bus}; references' union {bus, red bus, street, bus on street}:
    // P = 2/2, R = 2/4, F = 2/3. Image 2: no match, F = 0.
    assertEquals("SPICE", s.name());
    assertArrayEquals(new double[] {2.0 / 3, 0.0}, s.perItem(), 1e-15);
    assertEquals(1.0 / 3, s.corpus(), 1e-15);
    assertEquals(List.of("a red bus", "a bus on a street", "a cat", "a dog"), seen,
        "references first, then the candidate; each distinct caption once");
  }

  @Test
  void withoutModelsScoringSaysHowToEnableSpice() {
    assumeFalse(SpiceCaptionMetric.available(), "the CoreNLP models are on the class path");
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        new SpiceCaptionMetric().score(List.of(new CaptionItem("1", "a dog", List.of("a dog")))));
    assertEquals(SceneGraphTupleParser.MISSING_MODELS, e.getMessage());
  }

  @Test
  void signatureNamesParserAndMatching() {
    assertEquals("spice|parser:corenlp-4.5.10-scenegraph-pcfg|synonyms:none",
        SpiceCaptionMetric.signature());
  }

  @Test
  void sceneGraphParserGivesObjectsAttributesAndRelations() {
    assumeTrue(SpiceCaptionMetric.available(), SKIP);
    SceneGraphTupleParser parser = SceneGraphTupleParser.create();
    assertEquals(Set.of(SemanticTuple.object("man"), SemanticTuple.object("couch"),
            SemanticTuple.attribute("man", "long-haired"),
            SemanticTuple.relation("man", "sleep", "couch")),
        parser.parse("a long-haired man sleeping on a couch"));
    assertEquals(Set.of(SemanticTuple.object("dog")), parser.parse("a dog"),
        "a noun with no relation or attribute is still an object");
    assertEquals(Set.of(SemanticTuple.object("teddy bear"), SemanticTuple.object("park bench"),
            SemanticTuple.relation("teddy bear", "on", "park bench")),
        parser.parse("a teddy bear on a park bench"));
    assertEquals(Set.of(), parser.parse(""));
  }

  @Test
  void spiceOfTwoImagesWithTheRealParser() {
    assumeTrue(SpiceCaptionMetric.available(), SKIP);
    MetricScore s = new SpiceCaptionMetric().score(List.of(
        new CaptionItem("1", "a man sleeping on a couch",
            List.of("a long-haired man sleeping on a couch", "a man sleeping in a green room")),
        new CaptionItem("2", "a black dog", List.of("a white cat"))
    )).get(0);
    // Image 1: candidate {man, couch, (man, sleep, couch)}; references' union {man, couch,
    // (man, long-haired), (man, sleep, couch), room, (room, green), (man, sleep, room)}:
    // P = 3/3, R = 3/7, F = 2 * (3/7) / (10/7) = 0.6. Image 2: no match, F = 0.
    assertArrayEquals(new double[] {0.6, 0.0}, s.perItem(), 1e-12);
    assertEquals(0.3, s.corpus(), 1e-12);
  }
}
