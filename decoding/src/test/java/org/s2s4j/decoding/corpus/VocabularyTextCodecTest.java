package org.s2s4j.decoding.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeMerge;
import org.s2s4j.tokenization.vocab.Vocabulary;

class VocabularyTextCodecTest {

  private static final Vocabulary VOCAB = Vocabulary.of(List.of("ein", "mann", "lä@@", "d@@", "t",
      ".", "a", "man", "loads"));

  @Test
  void tokenizesEncodesDecodesAndDetokenizes() {
    BpeApplier bpe = new BpeApplier(new BpeCodes(List.of(new BpeMerge("l", "ä"),
        new BpeMerge("t", "</w>"))), "@@", null);
    VocabularyTextCodec codec = new VocabularyTextCodec(Tokenizers.create("moses", "de", true),
        bpe, VOCAB, VOCAB, Tokenizers.detokenizer("de"));
    List<String> tokens = codec.tokenize("Lädt.");
    assertEquals(List.of("lä@@", "d@@", "t", "."), tokens);
    int[] ids = codec.encodeSource(tokens);
    assertArrayEquals(new int[] {6, 7, 8, 9}, ids);
    assertEquals(tokens, codec.decodeTarget(ids));
    assertEquals("lädt.", codec.detokenize(codec.decodeTarget(ids)));
    assertEquals(Vocabulary.UNK, codec.encodeSource(List.of("zebra"))[0]);
  }

  @Test
  void withoutADetokenizerTokensAreJoinedWithSpaces() {
    VocabularyTextCodec codec = new VocabularyTextCodec(Tokenizers.create("moses", "en", false),
        null, VOCAB, VOCAB, null);
    assertEquals("a man loads .", codec.detokenize(List.of("a", "man", "loads", ".")));
    assertEquals("", codec.detokenize(List.of()));
  }
}
