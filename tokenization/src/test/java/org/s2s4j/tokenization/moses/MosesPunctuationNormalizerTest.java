package org.s2s4j.tokenization.moses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values worked out by hand from normalize-punctuation.perl's rules. */
class MosesPunctuationNormalizerTest {

  private static String norm(String lang, String text) {
    return new MosesPunctuationNormalizer(lang).normalize(text);
  }

  @Test
  void englishMovesCommasInsideQuotes() {
    assertEquals("He said \"hi,\" then left...", norm("en", "He said “hi”, then left…"));
  }

  @Test
  void germanMovesPeriodsOutsideQuotesEvenAtTheLineEnd() {
    assertEquals("\"Hallo\", sagte er.", norm("de", "„Hallo“, sagte er."));
    // the Perl rule means to spare the sentence end but sees the line break, so it moves it
    assertEquals("Er sagte \"Hallo\".", norm("de", "Er sagte „Hallo.“"));
  }

  @Test
  void spacesAroundBracketsAndBeforePunctuation() {
    assertEquals("ein (roter) hund: 10%", norm("de", "ein( roter )hund : 10 %"));
  }

  @Test
  void noBreakSpacesBetweenDigitsBecomeSeparatorsAndOrdinarySpacesStay() {
    assertEquals("10,000 € und 10 000", norm("fr", "10\u00a0000 € und 10 000"));
    assertEquals("10.000", norm("en", "10\u00a0000"));
  }

  @Test
  void frenchGuillemetsAndDashes() {
    assertEquals("il dit \"oui\" - non-stop", norm("fr", "il dit « oui » — non–stop"));
  }
}
