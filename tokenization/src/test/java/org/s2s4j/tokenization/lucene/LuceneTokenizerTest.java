package org.s2s4j.tokenization.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneTokenizerTest {

  @Test
  void standardDropsPunctuationAndLowercases() {
    assertEquals(List.of("a", "man's", "dog", "runs", "3.5", "km"),
        LuceneTokenizer.standard(true).tokenize("A man's dog runs 3.5 km!"));
    assertEquals(List.of("A", "Dog"), LuceneTokenizer.standard(false).tokenize("A (Dog)."));
  }

  @Test
  void stemmingUsesTheLanguagesSnowballStemmer() {
    // Snowball English: running → run, dogs → dog; German: häuser → häus (step 1 drops "er"),
    // then the umlaut is removed → haus
    assertEquals(List.of("run", "dog"), LuceneTokenizer.stemming("en", true).tokenize("Running dogs"));
    assertEquals(List.of("die", "haus"), LuceneTokenizer.stemming("de", true).tokenize("Die Häuser"));
  }

  @Test
  void languageAnalyzersKeepStopWordsAndStem() {
    // EnglishAnalyzer: possessive 's removed, Porter stemmer; "the" is kept (no stop words)
    assertEquals(List.of("the", "dog", "owner", "run"),
        LuceneTokenizer.languageAnalyzer("en").tokenize("The dog's owners running"));
    // GermanAnalyzer: lower case, umlaut folded (häuser → hauser), light stemmer drops -er
    assertEquals(List.of("die", "haus"), LuceneTokenizer.languageAnalyzer("de").tokenize("Die Häuser"));
    // FrenchAnalyzer: the elision l' is removed
    assertEquals(List.of("avion"), LuceneTokenizer.languageAnalyzer("fr").tokenize("L'avion"));
  }

  @Test
  void icuSplitsThaiWordsWithoutSpaces() {
    // Thai has no spaces between words; ICU's dictionary break iterator finds them
    assertTrue(LuceneTokenizer.icu(false).tokenize("สวัสดีครับ").size() >= 2);
  }

  @Test
  void unknownStemmerLanguageListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LuceneTokenizer.stemming("xx", true));
    assertTrue(e.getMessage().startsWith("no Lucene stemmer for language 'xx'; languages with one: da, de, en"),
        e.getMessage());
  }
}
