package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed chrF and TER values. */
class ChrfTerTest {

  @Test
  void identicalSegmentsScorePerfectly() {
    assertEquals(100.0, new Chrf().sentenceScore("Das ist gut.", List.of("Das ist gut.")).score(),
        1e-12);
    assertEquals(0.0, new Ter().sentenceScore("Das ist gut.", List.of("das ist GUT.")).score());
  }

  @Test
  void chrfOfOneCharacterOrder() {
    // 1-grams: hyp {a, b}, ref {a, c}: P = R = 1/2, so F = 50.
    Chrf c1 = new Chrf(ChrfOptions.defaults().charOrder(1));
    assertEquals(50.0, c1.sentenceScore("ab", List.of("ac")).score(), 1e-12);
    assertEquals("chrF2", c1.name());
    assertEquals("chrF2++", new Chrf(ChrfOptions.plusPlus()).name());
  }

  @Test
  void chrfPlusPlusSplitsOnePunctuationMarkOffWords() {
    assertEquals(List.of("(hi", ")", "a", ",", ",", "b", "!"),
        Chrf.removePunctuation("(hi) a, ,b !"));
  }

  @Test
  void terCountsAShiftAsOneEdit() {
    // Moving "b c" to the front is one shift; no other edit.
    TerScore s = new Ter().sentenceScore("a b c d", List.of("b c a d"));
    assertEquals(1, s.numEdits());
    assertEquals(25.0, s.score(), 1e-12);
  }

  @Test
  void terAgainstAnEmptyReferenceCountsHypothesisWords() {
    TerScore s = new Ter().sentenceScore("one two three", List.of(""));
    assertEquals(3, s.numEdits());
    assertEquals(100.0, s.score());
  }
}
