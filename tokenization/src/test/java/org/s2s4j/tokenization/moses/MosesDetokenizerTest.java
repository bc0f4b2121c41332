package org.s2s4j.tokenization.moses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand from detokenizer.perl's rules. */
class MosesDetokenizerTest {

  private static String detok(String lang, String tokens) {
    return new MosesDetokenizer(lang).detokenize(Arrays.asList(tokens.split(" ")));
  }

  @Test
  void englishReattachesContractionsAndPunctuation() {
    assertEquals("It's a dog's life, isn't it?",
        detok("en", "It &apos;s a dog &apos;s life , isn &apos;t it ?"));
    assertEquals("the Jones' house", detok("en", "the Jones &apos; house"));
  }

  @Test
  void frenchReattachesElisionsAndKeepsASpaceBeforeHighPunctuation() {
    assertEquals("L'homme d'affaires (à Paris) : 10 €.",
        detok("fr", "L&apos; homme d&apos; affaires ( à Paris ) : 10 € ."));
  }

  @Test
  void quotesPairUp() {
    assertEquals("er sagte \"hallo\".", detok("de", "er sagte &quot; hallo &quot; ."));
  }

  @Test
  void undoesEveryEscape() {
    assertEquals("a < b & [c] | d >", detok("en", "a &lt; b &amp; &#91; c &#93; &#124; d &gt;"));
  }

  @Test
  void joinsConsecutiveCjkWords() {
    assertEquals("我是", detok("zh", "我 是"));
    assertEquals("a 我是", detok("zh", "a 我 是"));
  }
}
