package org.s2s4j.tokenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizersTest {

  @Test
  void unknownSchemeListsTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tokenizers.create("nltk", "en", false));
    assertTrue(e.getMessage().startsWith("unknown tokenization scheme 'nltk'; valid schemes: "),
        e.getMessage());
    for (String scheme : Tokenizers.schemes()) {
      assertTrue(e.getMessage().contains(scheme), scheme);
    }
  }

  @Test
  void everySchemeTokenizesASimpleSentence() {
    for (String scheme : Tokenizers.schemes()) {
      List<String> tokens = Tokenizers.create(scheme, "en", true).tokenize("A dog runs");
      assertTrue(tokens.contains("dog") || tokens.contains("d"), scheme + ": " + tokens);
      assertTrue(Tokenizers.create(scheme, "en", true).tokenize("   ").isEmpty(), scheme);
    }
  }

  @Test
  void lucenelangRefusesToKeepCase() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tokenizers.create("lucene-lang", "en", false));
    assertTrue(e.getMessage().startsWith("the lucene-lang scheme always lower-cases"),
        e.getMessage());
  }

  @Test
  void detokenizerUndoesMosesForTheLanguage() {
    assertEquals("l'homme dit : \"oui\" !", Tokenizers.detokenizer("fr").detokenize(
        Tokenizers.create("moses", "fr", true).tokenize("L'homme dit : « oui » !")));
  }

  @Test
  void whitespaceSplitsAtRunsOfWhitespace() {
    assertEquals(List.of("Ein", "Mann", "läuft."),
        Tokenizers.create("whitespace", "de", false).tokenize("  Ein\tMann\u00a0 läuft. "));
    assertEquals(List.of("ein", "mann"), Tokenizers.create("whitespace", "de", true).tokenize("EIN Mann"));
  }

  @Test
  void charGivesCodePointsWithoutWhitespace() {
    assertEquals(List.of("a", "\uD83D\uDC15", "b"),
        Tokenizers.create("char", "en", false).tokenize("a\uD83D\uDC15 b"));
  }
}
