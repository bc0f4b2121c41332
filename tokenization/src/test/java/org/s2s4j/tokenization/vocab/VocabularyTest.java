package org.s2s4j.tokenization.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  private static final Map<String, Long> COUNTS =
      Map.of("the", 5L, "a", 5L, "dog", 2L, "cat", 1L, "<unk>", 9L, "\uD83D\uDC15", 2L, "\uFFFD", 2L);

  @Test
  void specialTokensComeFirstThenFrequencyThenCodePointOrder() {
    Vocabulary v = Vocabulary.build(COUNTS, 2, 0);
    // dog, U+FFFD and U+1F415 all occur twice: code point order puts the emoji last, although
    // its UTF-16 form (a surrogate pair, D83D) sorts before U+FFFD
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "a", "the", "dog", "\uFFFD",
        "\uD83D\uDC15"), v.tokens());
    assertEquals(0, v.id("<pad>"));
    assertEquals(Vocabulary.UNK, v.id("cat"));
    assertEquals("the", v.token(5));
  }

  @Test
  void maxSizeCountsOrdinaryTokensOnly() {
    Vocabulary v = Vocabulary.build(COUNTS, 1, 2);
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "a", "the"), v.tokens());
    assertEquals(6, v.size());
  }

  @Test
  void encodeMapsUnknownTokensToUnkAndAddsNoMarkers() {
    Vocabulary v = Vocabulary.build(COUNTS, 2, 0);
    assertArrayEquals(new int[] {5, 1, 6}, v.encode(List.of("the", "zebra", "dog")));
  }

  @Test
  void decodeStopsAtEosAndSkipsPadAndBos() {
    Vocabulary v = Vocabulary.build(COUNTS, 2, 0);
    assertEquals(List.of("the", "<unk>", "dog"), v.decode(new int[] {2, 5, 0, 1, 6, 3, 4, 4}));
    assertThrows(IllegalArgumentException.class, () -> v.decode(new int[] {99}));
  }

  @Test
  void saveWritesOneTokenPerLineAndLoadReadsItBack(@TempDir Path dir) throws IOException {
    Vocabulary v = Vocabulary.build(COUNTS, 2, 0);
    Path file = dir.resolve("vocab.txt");
    v.save(file);
    assertEquals("<pad>\n<unk>\n<s>\n</s>\na\nthe\ndog\n\uFFFD\n\uD83D\uDC15\n",
        Files.readString(file, StandardCharsets.UTF_8));
    Vocabulary back = Vocabulary.load(file);
    assertEquals(v.tokens(), back.tokens());
    assertEquals(v.sha256(), back.sha256());
    assertEquals(List.of(file.getFileName().toString()), list(dir), "no temporary file left");
  }

  @Test
  void sha256IsThatOfTheFileBytes() {
    // sha256sum of "<pad>\n<unk>\n<s>\n</s>\n" computed with coreutils
    assertEquals("fc1db485863f46388d63123c5bb25b46accf3967eb1e961f9da8de5d4ab7422c",
        Vocabulary.of(List.of()).sha256());
  }

  @Test
  void loadRejectsAFileWithoutTheSpecialTokens(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "<pad>\nthe\n<s>\n</s>\n");
    IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
    assertEquals(file + ":2: expected the special token <unk>, found 'the'", e.getMessage());
  }

  @Test
  void loadRejectsDuplicates(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dup.txt");
    Files.writeString(file, "<pad>\n<unk>\n<s>\n</s>\nx\ny\nx\n");
    IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
    assertEquals(file + ":7: duplicate token 'x' (first on line 5)", e.getMessage());
  }

  @Test
  void loadRejectsInvalidUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "<pad>\n<unk>\n<s>\n</s>\nm\u00e4nner\n".getBytes(StandardCharsets.ISO_8859_1));
    IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
    assertEquals(file + ":5: invalid UTF-8", e.getMessage());
  }

  @Test
  void buildRejectsTokensWithLineBreaks() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.build(Map.of("a\nb", 3L), 1, 0));
    assertTrue(e.getMessage().contains("a\\nb"), e.getMessage());
  }

  private static List<String> list(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
