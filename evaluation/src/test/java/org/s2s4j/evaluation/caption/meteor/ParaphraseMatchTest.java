package org.s2s4j.evaluation.caption.meteor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paraphrase module on small hand-made tables in METEOR's format, against alignments and
 * statistics worked out by hand. No function words, so {@code P = sum_i w_i m_i / len} with the
 * stage weights {@code 1.0, 0.6} of {@code -m "exact paraphrase"}.
 */
class ParaphraseMatchTest {

  private static final FunctionWords NONE = FunctionWords.of(Set.of(), "none");
  private static final MeteorParameters PARAMS = MeteorParameters.english(2);

  @TempDir
  Path dir;

  private ParaphraseTable table(String text) throws IOException {
    Path file = dir.resolve("para.txt");
    Files.writeString(file, text);
    return ParaphraseTable.read(file);
  }

  private static MeteorAligner aligner(ParaphraseTable table) {
    return new MeteorAligner(new MeteorMatcher(
        List.of(MeteorModule.EXACT, MeteorModule.PARAPHRASE), Optional.empty(),
        Optional.of(table)));
  }

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  private static MeteorMatch exact(int ref, int hyp) {
    return new MeteorMatch(MeteorModule.EXACT, 0, ref, hyp);
  }

  private static MeteorMatch para(int ref, int refLength, int hyp, int hypLength) {
    return new MeteorMatch(MeteorModule.PARAPHRASE, 1, ref, refLength, hyp, hypLength);
  }

  @Test
  void aTwoWordParaphraseIsOneMatchWithinOneChunk() throws IOException {
    ParaphraseTable t = table("0.5\nsitting on\nseated upon\n");
    List<String> hyp = words("a man seated upon a bench");
    List<String> ref = words("a man sitting on a bench");
    // man, "sitting on"~"seated upon" and bench are the only candidates for their words, so they
    // are fixed; "a" (ref 0 and 4) goes to hyp 0 and 4, which keeps one chunk
    MeteorMatch[] alignment = aligner(t).align(hyp, ref);
    assertArrayEquals(new MeteorMatch[] {exact(0, 0), exact(1, 1), para(2, 2, 2, 2), null,
        exact(4, 4), exact(5, 5)}, alignment);
    MeteorStats s = MeteorStats.of(hyp, ref, alignment, NONE);
    assertArrayEquals(new double[] {6, 6, 0, 0, 4, 4, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 6, 6}, s.toArray(), 0);
    // every word matched in one chunk: no penalty; P = R = (4 + 0.6 * 2) / 6
    assertEquals(5.2 / 6, PARAMS.score(s), 1e-12);
  }

  @Test
  void phrasesOfDifferentLengthsMatchInEitherDirection() throws IOException {
    List<String> hyp = words("the kid smiles");
    List<String> ref = words("the young child smiles");
    // "young child" -> "kid" is found from the reference side, "kid" -> "young child" from the
    // hypothesis side; either way ref 1..2 matches hyp 1
    for (String entry : List.of("0.1\nyoung child\nkid\n", "0.1\nkid\nyoung child\n")) {
      MeteorMatch[] alignment = aligner(table(entry)).align(hyp, ref);
      assertArrayEquals(new MeteorMatch[] {exact(0, 0), para(1, 2, 1, 1), null, exact(3, 2)},
          alignment, entry);
      MeteorStats s = MeteorStats.of(hyp, ref, alignment, NONE);
      // 3 hypothesis and 4 reference words matched, one chunk, so no penalty
      assertArrayEquals(new double[] {3, 4, 0, 0, 2, 2, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0,
          0, 1, 3, 4}, s.toArray(), 0);
      double p = 2.6 / 3;
      double r = 3.2 / 4;
      assertEquals(1 / (0.15 / p + 0.85 / r), PARAMS.score(s), 1e-12);
    }
  }

  @Test
  void theAlignerPrefersExactWordsOverAParaphraseThatCoversMore() throws IOException {
    ParaphraseTable t = table("0.2\non top of\non\n");
    List<String> hyp = words("cat on mat");
    List<String> ref = words("cat on top of mat");
    // at ref 1 the candidates are exact on~on and the paraphrase "on top of"~"on". Weighted
    // counts: exact adds 1 + 1; the paraphrase adds (int) (1 * 0.5) = 0 on the hypothesis side
    // and (int) (1 + 3 * 0.5) - 1 = 1 on the reference side. After mat, the exact path has 6,
    // the paraphrase path 5 (although it has 1 chunk, not 2): exact wins.
    MeteorMatch[] alignment = aligner(t).align(hyp, ref);
    assertArrayEquals(new MeteorMatch[] {exact(0, 0), exact(1, 1), null, null, exact(4, 2)},
        alignment);
    MeteorStats s = MeteorStats.of(hyp, ref, alignment, NONE);
    assertEquals(2, s.chunks());
    double fMean = 1 / (0.15 / 1 + 0.85 / 0.6);
    assertEquals(fMean * (1 - 0.6 * Math.pow(2 / 3.0, 0.2)), PARAMS.score(s), 1e-12);
  }

  @Test
  void candidatesListBothDirectionsAndCountCoverage() throws IOException {
    ParaphraseTable t = table("0.1\na b\nc\n0.2\nc\nb\n");
    MeteorMatcher matcher = new MeteorMatcher(List.of(MeteorModule.PARAPHRASE), Optional.empty(),
        Optional.of(t));
    // ref "a b" -> "c" at hyp 0; hyp "c" -> "b" at ref 1
    MeteorMatcher.Candidates c = matcher.candidates(words("c"), words("a b"));
    assertEquals(List.of(List.of(new MeteorMatch(MeteorModule.PARAPHRASE, 0, 0, 2, 0, 1)),
        List.of(new MeteorMatch(MeteorModule.PARAPHRASE, 0, 1, 1, 0, 1))), c.byRef());
    assertArrayEquals(new int[] {2}, c.hypCoverage());
    assertArrayEquals(new int[] {1, 2}, c.refCoverage());
  }

  @Test
  void wordsOutsideTheTableNeverMatch() throws IOException {
    ParaphraseTable t = table("0.3\ndog\npuppy\n");
    assertEquals(-1, t.id("cat"));
    MeteorMatcher matcher = new MeteorMatcher(List.of(MeteorModule.PARAPHRASE), Optional.empty(),
        Optional.of(t));
    assertTrue(matcher.candidates(words("cat"), words("kitten")).byRef().get(0).isEmpty());
  }

  @Test
  void readsGzipLikeMeteorsOwnFile() throws IOException {
    Path file = dir.resolve("paraphrase-en.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("0.5\nsitting on\nseated upon\n0.25\nman\nguy\n".getBytes(StandardCharsets.UTF_8));
    }
    ParaphraseTable t = ParaphraseTable.read(file);
    assertEquals(2, t.size());
    assertEquals("file:paraphrase-en.gz", t.source());
    int[] phrases = t.phrasesAt(new int[] {t.id("sitting"), t.id("on")}, 0);
    assertArrayEquals(new int[] {2, 0}, phrases);
  }

  @Test
  void malformedTablesNameFileAndLine() throws IOException {
    IOException e = assertThrows(IOException.class, () -> table("0.5\nsitting on\n"));
    assertTrue(e.getMessage().contains("para.txt line 3: the file ends inside an entry"),
        e.getMessage());
    e = assertThrows(IOException.class, () -> table("0.5\na\nb\nhigh\nc\nd\n"));
    assertTrue(e.getMessage().contains("para.txt line 4: expected a paraphrase probability, "
        + "found 'high'"), e.getMessage());
    e = assertThrows(IOException.class, () -> table("0.5\n \nb\n"));
    assertTrue(e.getMessage().contains("para.txt line 2: empty phrase"), e.getMessage());
  }
}
