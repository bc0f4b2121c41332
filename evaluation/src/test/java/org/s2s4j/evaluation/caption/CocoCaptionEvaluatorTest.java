package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Raw captions through tokenization and all metrics: the edge cases end to end. */
class CocoCaptionEvaluatorTest {

  private static final CocoCaptionEvaluator EVALUATOR = CocoCaptionEvaluator.standard();

  private static CocoCaptionSet set(Map<String, List<String>> refs, Map<String, String> cands) {
    return new CocoCaptionSet(List.copyOf(new TreeMap<>(refs).keySet()), true, refs,
        cands);
  }

  @Test
  void tokenizesReferencesAndCandidatesPerImageInOrder() {
    List<CaptionItem> items = EVALUATOR.tokenize(set(
        Map.of("1", List.of("A Dog (brown).", "Two dogs!"), "2", List.of("Straße im Café.")),
        Map.of("1", "A DOG.", "2", "")));
    assertEquals(new CaptionItem("1", "a dog", List.of("a dog -lrb- brown -rrb-", "two dogs")),
        items.get(0));
    assertEquals(new CaptionItem("2", "", List.of("straße im café")), items.get(1));
  }

  @Test
  void lowerCasedUnicodeMatchScoresLikeAnExactMatch() {
    CocoCaptionReport r = EVALUATOR.evaluate(set(
        Map.of("1", List.of("Ein Mädchen läuft."), "2", List.of("Собака бежит.")),
        Map.of("1", "EIN MÄDCHEN LÄUFT", "2", "собака бежит")));
    assertEquals(1.0, r.scores().get("ROUGE_L").corpus(), 0.0);
    // idf log 2 everywhere; every order present has cosine 1, absent orders score 0:
    // image 1 (3 words) 10 * 3 / 4, image 2 (2 words) 10 * 2 / 4.
    assertEquals(7.5, r.scores().get("CIDEr").item(0), 1e-12);
    assertEquals(5.0, r.scores().get("CIDEr").item(1), 1e-12);
    assertEquals(6.25, r.scores().get("CIDEr").corpus(), 1e-12);
    assertEquals(1.0, r.scores().get("Bleu_1").corpus(), 1e-9);
  }

  @Test
  void emptyAndZeroMatchCandidatesScoreZeroWithoutFailing() {
    CocoCaptionReport r = EVALUATOR.evaluate(set(
        Map.of("1", List.of("a dog runs"), "2", List.of("a cat sleeps"), "3", List.of("x y")),
        Map.of("1", "", "2", "?!", "3", "🐕")));
    for (MetricScore s : r.scores().values()) {
      for (int i = 0; i < 3; i++) {
        assertEquals(0.0, s.item(i), 1e-6, s.name());
      }
    }
  }

  @Test
  void multipleReferencesTakeTheBestForRougeAndTheClosestLengthForBleu() {
    CocoCaptionReport r = EVALUATOR.evaluate(set(
        Map.of("1", List.of("A man.", "A man rides a red bike."), "2", List.of("Grass.")),
        Map.of("1", "a man rides a bike", "2", "grass")));
    // ROUGE-L image 1: best P = 5/5 (ref 2), best R = 2/2 (ref 1) -> 1.
    assertEquals(1.0, r.scores().get("ROUGE_L").item(0), 0.0);
    assertTrue(r.signature().endsWith("|images:2|refs:3"), r.signature());
  }
}
