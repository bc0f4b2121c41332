package org.s2s4j.tokenization.moses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand from tokenizer.perl's rules. */
class MosesTokenizerTest {

  private static String tok(String lang, String text) {
    return String.join(" ", new MosesTokenizer(lang).tokenize(text));
  }

  @Test
  void englishContractionsSplitRightAndAreEscaped() {
    assertEquals("It &apos;s a dog &apos;s life , isn &apos;t it ?",
        tok("en", "It's a dog's life, isn't it?"));
    assertEquals("the 1990 &apos;s", tok("en", "the 1990's"));
  }

  @Test
  void frenchElisionsSplitLeft() {
    assertEquals("L&apos; homme d&apos; affaires ( à Paris ) : 10 € .",
        tok("fr", "L'homme d'affaires (à Paris): 10 €."));
  }

  @Test
  void otherLanguagesSplitEveryApostrophe() {
    assertEquals("McDonald &apos; s", tok("de", "McDonald's"));
  }

  @Test
  void nonbreakingPrefixesKeepTheirPeriod() {
    // "Nr" and "5" are German non-breaking prefixes; "gut." ends the line
    assertEquals("Er wohnt in Nr. 5. Das ist gut .", tok("de", "Er wohnt in Nr. 5. Das ist gut."));
    // a period before a lower-case word is not a sentence end either
    assertEquals("ein hund. eine katze .", tok("de", "ein hund. eine katze."));
    // English "No" is non-breaking only before a number
    assertEquals("No. 5 is here . No . Then", tok("en", "No. 5 is here. No. Then"));
  }

  @Test
  void aFinalPrefixKeepsItsPeriodAsIn2017() {
    // a single letter is a German prefix: the 2017 script has no last-word exception
    assertEquals("linie a.", tok("de", "linie a."));
  }

  @Test
  void multipleDotsStayTogether() {
    assertEquals("Warte ... was ?", tok("en", "Warte... was?"));
  }

  @Test
  void commasSplitExceptInsideNumbers() {
    assertEquals("5,300 Leute , A , B", tok("de", "5,300 Leute, A,B"));
    assertEquals("bis 5 ,", tok("de", "bis 5,"));
  }

  @Test
  void hyphensStayInsideWords() {
    assertEquals("t-shirt und e-mail", tok("de", "t-shirt und e-mail"));
  }

  @Test
  void specialCharactersAreEscaped() {
    assertEquals("a &lt; b &amp; &#91; c &#93; &#124; &quot; d &quot; &gt;",
        tok("en", "a < b & [c] | \"d\" >"));
  }

  @Test
  void whitespaceAndControlCharactersAreCleanedUp() {
    assertEquals(List.of("a", "b", "c"), new MosesTokenizer("en").tokenize(" a\u00a0\tb \u0001c "));
    assertEquals(List.of(), new MosesTokenizer("en").tokenize(" \t "));
  }
}
