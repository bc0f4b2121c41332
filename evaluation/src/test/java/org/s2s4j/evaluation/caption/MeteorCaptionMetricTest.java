package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.evaluation.caption.meteor.FunctionWords;
import org.s2s4j.evaluation.caption.meteor.MeteorMatcher;
import org.s2s4j.evaluation.caption.meteor.MeteorModule;
import org.s2s4j.evaluation.caption.meteor.SynonymDictionary;

/**
 * Hand-computed METEOR scores. Parameters: alpha 0.85, beta 0.2, gamma 0.6, delta 0.75; weights
 * exact 1.0, stem 0.6, synonym 0.8. P = weighted matches / weighted length of the hypothesis, R the
 * same of the reference, Fmean = 1 / (0.15 / P + 0.85 / R), penalty = 0.6 (chunks / mean
 * matches)^0.2 (0 if everything matches in one chunk), score = Fmean (1 - penalty).
 */
class MeteorCaptionMetricTest {

  private static final double EPS = 1e-12;

  /** No function words: delta cancels out of P and R. */
  private static final MeteorCaptionMetric PLAIN = metric(FunctionWords.of(Set.of(), "none"),
      Optional.empty(), MeteorModule.EXACT, MeteorModule.STEM);

  private static MeteorCaptionMetric metric(FunctionWords functionWords,
      Optional<SynonymDictionary> synonyms, MeteorModule... modules) {
    return new MeteorCaptionMetric(new MeteorMatcher(List.of(modules), synonyms,
        Optional.empty()), true, functionWords);
  }

  private static double score(MeteorCaptionMetric metric, String candidate, String... refs) {
    return metric.score(List.of(new CaptionItem("1", candidate, List.of(refs)))).get(0).corpus();
  }

  private static double penalty(double chunks, double meanMatches) {
    return 0.6 * Math.pow(chunks / meanMatches, 0.2);
  }

  @Test
  void identicalCaptionScoresOne() {
    // every word matched in one chunk: P = R = 1, fragmentation 0
    assertEquals(1.0, score(MeteorCaptionMetric.exactAndStem(), "a dog runs", "a dog runs"), 0);
  }

  @Test
  void exactMatchesInOneChunk() {
    // hyp "dog runs fast" (3), ref "dog runs slowly today" (4): 2 exact matches, 1 chunk
    // P = 2/3, R = 2/4, Fmean = 1 / (0.15 / (2/3) + 0.85 / 0.5) = 1 / 1.925
    // penalty = 0.6 (1 / 2)^0.2
    double expected = (1 / 1.925) * (1 - penalty(1, 2));
    assertEquals(expected, score(PLAIN, "dog runs fast", "dog runs slowly today"), EPS);
  }

  @Test
  void stemMatchesCountSixTenths() {
    // dogs~dog, running~runs (Snowball stems dog, run): 2 stem matches, 1 chunk, all words
    // matched, so fragmentation 0; P = R = 0.6 * 0.75 * 2 / (0.75 * 2) = 0.6
    assertEquals(0.6, score(PLAIN, "dogs running", "dog runs"), EPS);
  }

  @Test
  void reversedWordsMakeThreeChunks() {
    // hyp "c b a", ref "a b c": P = R = 1, 3 chunks over 3 matches, penalty 0.6 * 1^0.2
    assertEquals(0.4, score(PLAIN, "c b a", "a b c"), EPS);
  }

  @Test
  void alignerPrefersFewerChunks() {
    // ref "a b", hyp "a x a b": "b" is fixed to hyp 3; "a" can take hyp 0 (2 chunks) or hyp 2
    // (1 chunk): the aligner takes hyp 2. P = 2/4, R = 1, Fmean = 1 / (0.3 + 0.85) = 1 / 1.15
    double expected = (1 / 1.15) * (1 - penalty(1, 2));
    assertEquals(expected, score(PLAIN, "a x a b", "a b"), EPS);
  }

  @Test
  void bestReferenceIsKept() {
    assertEquals(1.0, score(PLAIN, "dog runs", "cat sleeps", "dog runs"), 0);
    assertEquals(1.0, score(PLAIN, "dog runs", "dog runs", "cat sleeps"), 0);
  }

  @Test
  void emptyOrUnmatchedCandidateScoresZero() {
    assertEquals(0.0, score(PLAIN, "", "a dog"), 0);
    assertEquals(0.0, score(PLAIN, "cat", "a dog"), 0);
    assertEquals(0.0, score(PLAIN, "cat", ""), 0);
  }

  @Test
  void functionWordsWeighOneQuarter() {
    FunctionWords fw = FunctionWords.of(Set.of("the", "on"), "test");
    MeteorCaptionMetric metric = metric(fw, Optional.empty(), MeteorModule.EXACT,
        MeteorModule.STEM);
    // hyp "the cat", ref "the dog": only "the" (function) matches.
    // weighted length 0.75 * 1 + 0.25 * 1 = 1 on both sides, weighted matches 0.25:
    // P = R = Fmean = 0.25; 1 chunk over 1 match: penalty 0.6
    assertEquals(0.25 * 0.4, score(metric, "the cat", "the dog"), EPS);
    // hyp "the cat", ref "a cat": "cat" (content) matches. P = 0.75 / 1, R = 0.75 / 1.5 = 0.5,
    // Fmean = 1 / (0.15 / 0.75 + 0.85 / 0.5) = 1 / 1.9; penalty 0.6
    assertEquals(0.4 / 1.9, score(metric, "the cat", "a cat"), EPS);
  }

  @Test
  void corpusScoreComesFromSummedStatistics() {
    List<CaptionItem> items = List.of(
        new CaptionItem("1", "dog runs", List.of("dog runs")),
        new CaptionItem("2", "dog runs fast", List.of("dog runs slowly today")));
    MetricScore s = PLAIN.score(items).get(0);
    // sums: hyp length 5, ref length 6, 4 matches on each side; the perfect image's chunk is
    // left out, so 1 chunk. P = 4/5, R = 4/6, Fmean = 1 / (0.15 / 0.8 + 0.85 / (2/3)) = 1 / 1.4625
    double expected = (1 / 1.4625) * (1 - penalty(1, 4));
    assertEquals(expected, s.corpus(), EPS);
    assertEquals(1.0, s.item(0), 0);
    assertNotEquals((s.item(0) + s.item(1)) / 2, s.corpus(), 1e-3);
  }

  @Test
  void textIsNormalizedAndLowerCased() {
    // "DON'T." and "don't." both become "don 't ." ; "U.S.-based" becomes "us based"
    assertEquals(1.0, score(PLAIN, "DON'T.", "don't."), 0);
    assertEquals(1.0, score(PLAIN, "us based", "U.S.-based"), 0);
  }

  @Test
  void synonymsMatchWithWeightEightTenths(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("syn.txt");
    Files.writeString(file, "# test synsets\nkid child\npuppy\n");
    MeteorCaptionMetric metric = metric(FunctionWords.of(Set.of(), "none"),
        Optional.of(SynonymDictionary.readSynsets(file)), MeteorModule.EXACT, MeteorModule.STEM,
        MeteorModule.SYNONYM);
    // "kids" has no synset itself; WordNet's rule -s gives "kid", which shares a synset with
    // "child": 1 synonym match covering both words, P = R = 0.8, fragmentation 0
    assertEquals(0.8, score(metric, "kids", "child"), EPS);
    assertEquals(0.0, score(PLAIN, "kids", "child"), 0);
    assertEquals("meteor-1.5|modules:exact,stem,synonym|norm:yes|lang:en"
        + "|params:0.85_0.2_0.6_0.75|weights:1.0_0.6_0.8|fw:none|syn:file:syn.txt",
        metric.signature());
  }

  @Test
  void moduleWeightsFollowPositionsNotModules(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("syn.txt");
    Files.writeString(file, "kid child\n");
    // -m "exact synonym": the second default weight, 0.6, goes to synonym (METEOR keeps the
    // first k default weights); "kid"~"child" is 1 synonym match, P = R = 0.6, no penalty
    MeteorCaptionMetric metric = metric(FunctionWords.of(Set.of(), "none"),
        Optional.of(SynonymDictionary.readSynsets(file)), MeteorModule.EXACT,
        MeteorModule.SYNONYM);
    assertEquals(0.6, score(metric, "kid", "child"), EPS);
    assertEquals("meteor-1.5|modules:exact,synonym|norm:yes|lang:en"
        + "|params:0.85_0.2_0.6_0.75|weights:1.0_0.6|fw:none|syn:file:syn.txt",
        metric.signature());
  }

  @Test
  void withoutNormalizationCaseAndPunctuationStay() {
    MeteorCaptionMetric raw = new MeteorCaptionMetric(new MeteorMatcher(
        List.of(MeteorModule.EXACT), Optional.empty(), Optional.empty()), false,
        FunctionWords.of(Set.of(), "none"));
    // "Dog" and "dog" differ without -norm: no match
    assertEquals(0.0, score(raw, "Dog", "dog"), 0);
    assertEquals(1.0, score(PLAIN, "Dog", "dog"), 0);
    // "dog." is one word without -norm
    assertEquals(0.0, score(raw, "dog.", "dog"), 0);
  }

  @Test
  void signatureNamesModulesAndFunctionWords() {
    assertEquals("meteor-1.5|modules:exact,stem|norm:yes|lang:en|params:0.85_0.2_0.6_0.75"
        + "|weights:1.0_0.6|fw:meteor-1.5-english",
        MeteorCaptionMetric.exactAndStem().signature());
  }
}
