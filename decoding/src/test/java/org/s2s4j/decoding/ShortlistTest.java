package org.s2s4j.decoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.tokenization.vocab.Vocabulary;

class ShortlistTest {

  // ids: 4 a, 5 b, 6 c | 4 x, 5 y, 6 z, 7 w
  private static final Vocabulary SOURCE = Vocabulary.of(List.of("a", "b", "c"));
  private static final Vocabulary TARGET = Vocabulary.of(List.of("x", "y", "z", "w"));

  @TempDir
  Path dir;

  @Test
  void candidatesAreTheSpecialsTheFrequentWordsAndTheSourceWordsTranslations() {
    Shortlist s = new Shortlist(8, new int[] {4}, new int[][] {null, null, null, null, {6}, {5, 7},
        {}}, "test");
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, s.candidates(List.of(new int[] {6})));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 6}, s.candidates(List.of(new int[] {4, 4})));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7},
        s.candidates(List.of(new int[] {4}, new int[] {5, 6})));
  }

  @Test
  void writtenAndReadBackItIsTheSame() throws IOException {
    Shortlist s = new Shortlist(8, new int[] {4}, new int[][] {null, null, null, null, {6}, {5, 7},
        {}}, "built for a test");
    Path file = dir.resolve(Shortlist.FILE);
    s.write(file, SOURCE, TARGET);
    assertEquals(List.of("# built for a test", "\tx", "a\tz", "b\ty w"), Files.readAllLines(file));
    Shortlist back = Shortlist.read(file, SOURCE, TARGET);
    assertEquals("built for a test", back.description());
    for (int[] source : List.of(new int[] {4}, new int[] {5}, new int[] {6}, new int[] {4, 5})) {
      assertArrayEquals(s.candidates(List.of(source)), back.candidates(List.of(source)));
    }
  }

  @Test
  void aTokenOutsideTheVocabulariesNamesTheLine() throws IOException {
    Path file = dir.resolve(Shortlist.FILE);
    Files.write(file, List.of("# s", "\tx", "a\tz q"));
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> Shortlist.read(file, SOURCE, TARGET));
    assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("'q'"),
        e.getMessage());
    Files.write(file, List.of("# s", "\tx", "a z"));
    e = assertThrows(InputFormatException.class, () -> Shortlist.read(file, SOURCE, TARGET));
    assertTrue(e.getMessage().contains(":3:"), e.getMessage());
  }

  /**
   * IBM Model 1 on three pairs where each source word has one consistent translation: EM finds
   * them (a-x from the first two pairs, then b-y and c-z by elimination).
   */
  @Test
  void theBuilderFindsTranslationsByIbmModelOne() {
    ShortlistBuilder b = new ShortlistBuilder(7, 8, 0, 1, 5, 100);
    b.add(new int[] {4, 5}, new int[] {4, 5});
    b.add(new int[] {4, 6}, new int[] {4, 6});
    b.add(new int[] {4}, new int[] {4});
    Shortlist s = b.build();
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, s.candidates(List.of(new int[] {4})));
    assertArrayEquals(new int[] {0, 1, 2, 3, 5}, s.candidates(List.of(new int[] {5})));
    assertArrayEquals(new int[] {0, 1, 2, 3, 6}, s.candidates(List.of(new int[] {6})));
  }

  /** The frequent words come by count; per source word the best translations besides them. */
  @Test
  void perSourceCandidatesAreBesidesTheFrequentWords() {
    ShortlistBuilder b = new ShortlistBuilder(7, 8, 1, 1, 5, 2);
    b.add(new int[] {4, 5}, new int[] {4, 5});
    b.add(new int[] {4, 6}, new int[] {4, 6});
    assertEquals(false, b.add(new int[] {4}, new int[] {7}));
    assertEquals(2, b.pairs());
    Shortlist s = b.build();
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, s.always());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, s.candidates(List.of(new int[] {5})));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 6}, s.candidates(List.of(new int[] {6})));
    // a saw y and z equally often: the tie goes to the lower id
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, s.candidates(List.of(new int[] {4})));
  }
}
