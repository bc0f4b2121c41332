package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of subword-nmt's learn-bpe semantics. */
class BpeLearnerTest {

  private static BpeCodes learn(int symbols, int minFrequency, String... lines) {
    WordCounts counts = new WordCounts();
    for (String line : lines) {
      counts.addLine(line);
    }
    return new BpeLearner(symbols, minFrequency).learn(counts.counts());
  }

  @Test
  void mostFrequentPairFirst() {
    // pairs: l o ×3 (low ×2, lot), o w</w> ×2, o t</w> ×1 → "l o", then "lo w</w>"
    BpeCodes codes = learn(2, 1, "low low lot");
    assertEquals(List.of(new BpeMerge("l", "o"), new BpeMerge("lo", "w</w>")), codes.merges());
    assertEquals("#version: 0.2\nl o\nlo w</w>\n", codes.text());
  }

  @Test
  void tiesGoToTheGreatestPairInCodePointOrder() {
    // "ab" and "cd" once each: both pairs have frequency 1; ("c", "d</w>") > ("a", "b</w>")
    assertEquals(new BpeMerge("c", "d</w>"), learn(1, 1, "ab cd").merges().get(0));
    // U+1F415 sorts after U+FFFD by code point (Java's UTF-16 order would say the opposite)
    assertEquals(new BpeMerge("x", "\uD83D\uDC15</w>"),
        learn(1, 1, "x\uFFFD x\uD83D\uDC15").merges().get(0));
  }

  @Test
  void characterSymbolsCountWordInternalAndWordFinalCharactersApart() {
    WordCounts counts = new WordCounts();
    // inside words: a, b; ending words: b, a, c (a</w> is another symbol than a)
    counts.addLine("ab ba abc a");
    assertEquals(5, BpeLearner.characterSymbols(counts.counts()));
    // code points, not UTF-16 units: the dog is one character
    counts = new WordCounts();
    counts.addLine("\uD83D\uDC15x x\uD83D\uDC15");
    assertEquals(4, BpeLearner.characterSymbols(counts.counts()));
  }

  @Test
  void totalSymbolsLearnsThatManyFewerMerges() {
    WordCounts counts = new WordCounts();
    counts.addLine("low low lot");
    // characters: l, o inside; w, t at the end: 4, so 6 total symbols are 2 merges
    assertEquals(learn(2, 1, "low low lot").merges(),
        new BpeLearner(6, 1, true).learn(counts.counts()).merges());
    // fewer symbols than characters: no merges (learn-bpe's range() of a negative number)
    assertEquals(0, new BpeLearner(3, 1, true).learn(counts.counts()).size());
  }

  @Test
  void stopsWhenNoPairReachesTheMinimumFrequency() {
    // l o: 3, then lo w</w>: 2, then nothing reaches 2
    assertEquals(2, learn(10, 2, "low low lot").size());
  }

  @Test
  void wordsAreSplitAtSingleSpacesOnlyAndLinesStrippedOfCrLfSpace() {
    WordCounts counts = new WordCounts();
    counts.addLine("  a\tb  a\u00a0b \r");
    assertEquals(List.of("a\tb", "a\u00a0b"), List.copyOf(counts.counts().keySet()));
  }

  @Test
  void mergeReproducesTheRegularExpressionAroundWhitespaceInsideSymbols() {
    String[] plain = {"x", "a", "b"};
    assertArrayEquals(new String[] {"x", "ab"}, BpeLearner.merge(plain, "a", "b"));
    // "\ta b": the tab before "a" satisfies (?<!\S), so "a" matches as a suffix of "\ta"
    assertArrayEquals(new String[] {"\tab"}, BpeLearner.merge(new String[] {"\ta", "b"}, "a", "b"));
    assertArrayEquals(new String[] {"xa", "b"}, BpeLearner.merge(new String[] {"xa", "b"}, "a", "b"));
    // overlapping occurrences merge left to right: x x x → xx x
    assertArrayEquals(new String[] {"xx", "x"},
        BpeLearner.merge(new String[] {"x", "x", "x"}, "x", "x"));
  }
}
