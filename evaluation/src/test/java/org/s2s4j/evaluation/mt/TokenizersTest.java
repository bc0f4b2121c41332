package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected tokens were worked out from sacreBLEU's tokenizer rules. */
class TokenizersTest {

  @Test
  void thirteenA() {
    Nist13aTokenizer t = new Nist13aTokenizer();
    assertEquals("Hello , world ! 1,000.5 3 - 4 ( a ) ?",
        t.tokenize("Hello, world! 1,000.5 3-4 (a)?"));
    // The apostrophe (U+0027) is not in 13a's symbol ranges; hyphens between letters stay.
    assertEquals("It's state-of-the-art .", t.tokenize("It's state-of-the-art."));
    assertEquals("a & b < c \" d", t.tokenize("a &amp; b &lt; c &quot; d"));
    assertEquals("In 2019 .", t.tokenize("In 2019."));
    assertEquals("", t.tokenize("   "));
  }

  @Test
  void intlSplitsUnicodePunctuationAndSymbolsButNotDecimalSeparators() {
    IntlTokenizer t = new IntlTokenizer();
    assertEquals("« Bonjour » , dit - il — 1,5 € !", t.tokenize("«Bonjour», dit-il — 1,5 €!"));
    // mteval-v14 keeps a year's final period (no padding spaces).
    assertEquals("In 2019.", t.tokenize("In 2019."));
    assertEquals("a ❤ b", t.tokenize("a❤b"));
  }

  @Test
  void zhSplitsChineseCharactersAndKeepsSacrebleusRangeQuirks() {
    ZhTokenizer t = new ZhTokenizer();
    assertEquals("我 爱 北 京 , ok .", t.tokenize("我爱北京, ok."));
    // U+2013 (en dash) falls in the quirky range U+2001..U+2A6D and is split off.
    assertEquals("a – b", t.tokenize("a–b"));
    // Characters outside the BMP are never treated as Chinese.
    assertEquals("𠀀𠀁", t.tokenize("𠀀𠀁"));
  }

  @Test
  void charAndNone() {
    // The space is a character too: " ".join("ab c") has three spaces between b and c.
    assertEquals("a b   c 🐕", new CharTokenizer().tokenize("ab c🐕"));
    assertEquals("  as is ", new NoneTokenizer().tokenize("  as is "));
  }
}
