package org.s2s4j.evaluation.caption.meteor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeteorNormalizerTest {

  @Test
  void contractionsSplitToTheRight() {
    assertEquals("don 't stop .", MeteorNormalizer.normalize("Don't stop."));
    // an apostrophe that starts a word is split off
    assertEquals("don ' t", MeteorNormalizer.normalize("don 't"));
  }

  @Test
  void dottedAbbreviationsLoseTheirDots() {
    assertEquals("the us based firm", MeteorNormalizer.normalize("The U.S.-based firm"));
  }

  @Test
  void nonbreakingPrefixKeepsItsDot() {
    assertEquals("mr. smith", MeteorNormalizer.normalize("Mr. Smith"));
    // prefixes are case-sensitive and looked up before lower-casing: "no" is not "No"
    assertEquals("no . 5", MeteorNormalizer.normalize("no. 5"));
    assertEquals("no. 5", MeteorNormalizer.normalize("No. 5"));
    assertEquals("it ends .", MeteorNormalizer.normalize("It ends."));
  }

  @Test
  void quotesDashesAndCommas() {
    assertEquals("\" hi \"", MeteorNormalizer.normalize("“Hi”"));
    assertEquals("a b", MeteorNormalizer.normalize("a--b"));
    assertEquals("3,000 cats , dogs", MeteorNormalizer.normalize("3,000 cats, dogs"));
    assertEquals("wait ...", MeteorNormalizer.normalize("wait..."));
  }

  @Test
  void emptyAndBlankLines() {
    assertEquals("", MeteorNormalizer.normalize(""));
    assertEquals("", MeteorNormalizer.normalize(" \t "));
  }
}
