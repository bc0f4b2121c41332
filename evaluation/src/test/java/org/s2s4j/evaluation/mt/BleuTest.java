package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed BLEU values. */
class BleuTest {

  @Test
  void precisionsAndScoreOfAWorkedExample() {
    // hyp n-grams matched: 5/6, 3/5, 2/4, 1/3; equal lengths so BP = 1.
    BleuScore s = new Bleu().sentenceScore("the cat sat on the mat", List.of("the cat sat on a mat"));
    assertArrayEquals(new long[] {5, 3, 2, 1}, s.counts());
    assertArrayEquals(new long[] {6, 5, 4, 3}, s.totals());
    assertEquals(100 * Math.pow(1 / 12.0, 0.25), s.score(), 1e-9);
    assertEquals(1.0, s.bp());
  }

  @Test
  void brevityPenaltyUsesTheClosestReferenceShorterOnTies() {
    assertEquals(4, Bleu.closestRefLen(5, new int[] {6, 4}));
    assertEquals(6, Bleu.closestRefLen(5, new int[] {6, 9}));
    assertEquals(0, Bleu.closestRefLen(1, new int[] {0, 2}));
    BleuScore s = new Bleu().sentenceScore("a b c", List.of("a b c d e f"));
    assertEquals(Math.exp(1 - 6.0 / 3), s.bp(), 1e-15);
  }

  @Test
  void matchesAreClippedByTheLargestCountInAnyOneReference() {
    BleuScore s = new Bleu().sentenceScore("a a a", List.of("a b", "a a c"));
    assertEquals(2, s.counts()[0]);
    assertEquals(3, s.totals()[0]);
  }

  @Test
  void smoothingMethods() {
    // counts [1, 0, 0, 0], totals [2, 1, 0, 0]
    String hyp = "the cat";
    List<String> ref = List.of("the dog");
    BleuOptions eff = BleuOptions.sentenceDefaults();
    assertEquals(50.0, new Bleu(eff).sentenceScore(hyp, ref).score(), 1e-9);
    assertEquals(0.0, new Bleu().sentenceScore(hyp, ref).score(), 1e-9);
    assertEquals(Math.sqrt(50 * 10.0),
        new Bleu(eff.smoothing(BleuSmoothing.FLOOR)).sentenceScore(hyp, ref).score(), 1e-9);
    assertEquals(Math.sqrt(50 * 20.0), new Bleu(eff.smoothing(BleuSmoothing.FLOOR)
        .smoothValue(0.2)).sentenceScore(hyp, ref).score(), 1e-9);
    // add-k: 2-grams 1/2, 3- and 4-grams (0+1)/(0+1).
    assertEquals(Math.pow(50.0 * 50 * 100 * 100, 0.25),
        new Bleu(eff.smoothing(BleuSmoothing.ADD_K)).sentenceScore(hyp, ref).score(), 1e-9);
    assertEquals(0.0, new Bleu(eff.smoothing(BleuSmoothing.NONE)).sentenceScore(hyp, ref)
        .score(), 1e-9);
  }

  @Test
  void signaturesNameEveryOption() {
    assertEquals("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp",
        SharedFixtures.withoutVersion(new Bleu().signature(1).format()));
    assertEquals("nrefs:2|case:lc|eff:yes|tok:none|smooth:floor[0.10]",
        SharedFixtures.withoutVersion(new Bleu(BleuOptions.sentenceDefaults().lowercase(true)
            .tokenize("none").smoothing(BleuSmoothing.FLOOR)).signature(2).format()));
    assertEquals("nrefs:1|case:mixed|eff:no|tok:char|smooth:add-k[1.00]",
        SharedFixtures.withoutVersion(new Bleu(BleuOptions.defaults().tokenize("char")
            .smoothing(BleuSmoothing.ADD_K)).signature(1).format()));
    assertTrue(new Bleu().signature(1).format().endsWith("|version:"
        + org.s2s4j.evaluation.Signature.VERSION));
    assertTrue(org.s2s4j.evaluation.Signature.VERSION.startsWith("s2s4j-"));
  }

  @Test
  void mismatchedStreamsAndUnknownNamesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Bleu().corpusScore(List.of("a", "b"), List.of(List.of("a"))));
    assertTrue(e.getMessage().contains("reference stream 1 has 1 segments"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BleuOptions.defaults().tokenize("moses"));
    assertThrows(IllegalArgumentException.class, () -> BleuSmoothing.byId("add-one"));
  }

  @Test
  void moreThanFourOrdersUseTheGeneralCounter() {
    BleuScore s = new Bleu(BleuOptions.defaults().maxNgramOrder(5))
        .sentenceScore("a b c d e f", List.of("a b c d e x"));
    assertArrayEquals(new long[] {5, 4, 3, 2, 1}, s.counts());
    assertArrayEquals(new long[] {6, 5, 4, 3, 2}, s.totals());
  }
}
