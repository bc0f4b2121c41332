package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.TextFiles;

/** BPE-dropout: hand-worked draws, and the properties that hold for any generator. */
class BpeDropoutTest {

  private static BpeApplier bpe;
  private static List<String> lines;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    Path dir = Path.of(BpeDropoutTest.class.getResource("made-up.txt").toURI()).getParent();
    bpe = new BpeApplier(BpeCodes.load(dir.resolve("made-up.s150.codes")), "@@", null);
    lines = TextFiles.readLines(dir.resolve("made-up.txt"));
  }

  @Test
  void eachPairGetsOneDrawPerMergeStepAndIsKeptAboveP() {
    BpeApplier small = new BpeApplier(new BpeCodes(List.of(new BpeMerge("a", "b"),
        new BpeMerge("ab", "c</w>"))), "@@", null);
    // step 1: a b dropped (0.1 <= 0.5), b c</w> kept but no merge: nothing to do, stop
    Scripted r = new Scripted(0.1, 0.9);
    assertEquals("a@@ b@@ c", small.applyLine("abc", 0.5, r));
    assertTrue(r.draws.isEmpty());
    // step 1: both kept, a b merges; step 2: ab c</w> kept, merges
    r = new Scripted(0.9, 0.9, 0.9);
    assertEquals("abc", small.applyLine("abc", 0.5, r));
    assertTrue(r.draws.isEmpty());
    // a draw equal to P drops the pair, as random.random() > dropout does
    assertEquals("a@@ b@@ c", small.applyLine("abc", 0.5, new Scripted(0.5, 0.5)));
  }

  @Test
  void onlyKeptOccurrencesOfTheChosenMergeAreMerged() {
    BpeApplier xx = new BpeApplier(new BpeCodes(List.of(new BpeMerge("x", "x"))), "@@", null);
    // x x x x x</w>: x x merges at 0 and 2 (1 overlaps 0)
    assertEquals("xx@@ xx@@ x", xx.applyLine("xxxxx"));
    // step 1: the pair at 2 is dropped, so x x merges at 0 only; step 2: xx x, x x, x x</w>
    // with x x dropped again: no merge is left, stop
    Scripted r = new Scripted(0.9, 0.9, 0.1, 0.9, 0.9, 0.1, 0.9);
    assertEquals("xx@@ x@@ x@@ x", xx.applyLine("xxxxx", 0.5, r));
    assertTrue(r.draws.isEmpty());
  }

  @Test
  void singleCharactersTakeNoDraws() {
    Scripted none = new Scripted();
    assertEquals("a . 🐕", bpe.applyLine("a . 🐕", 0.5, none));
  }

  @Test
  void zeroDropoutIsPlainBpe() {
    RandomGenerator r = BpeApplier.dropoutRandom(1, 0, 0);
    for (String line : lines) {
      assertEquals(bpe.applyLine(line), bpe.applyLine(line, 0, r));
      assertEquals(bpe.applyLine(line), bpe.applyLine(line, 0, null));
    }
  }

  @Test
  void theSameSeedGivesTheSameSegmentationAndOtherEpochsOthers() {
    String epoch0 = applyAll(0.3, 42, 0);
    assertEquals(epoch0, applyAll(0.3, 42, 0));
    assertNotEquals(epoch0, applyAll(0.3, 42, 1));
    assertNotEquals(epoch0, applyAll(0.3, 43, 0));
  }

  @Test
  void parallelCallsWithTheirOwnGeneratorsGiveTheSequentialResult() {
    String sequential = applyAll(0.3, 5, 2);
    List<String> parallel = IntStream.range(0, 64).parallel()
        .mapToObj(k -> applyAll(0.3, 5, 2)).distinct().toList();
    assertEquals(List.of(sequential), parallel);
  }

  @Test
  void joiningTheSubwordsGivesBackTheWords() {
    for (double p : new double[] {0.1, 0.5, 0.9}) {
      for (int seed = 0; seed < 20; seed++) {
        for (int i = 0; i < lines.size(); i++) {
          List<String> words = PyText.words(lines.get(i));
          RandomGenerator r = BpeApplier.dropoutRandom(seed, 0, i);
          assertEquals(words, bpe.join(bpe.apply(words, p, r)), lines.get(i));
          String single = String.join(" ", words);
          assertEquals(single,
              BpeApplier.restore(bpe.applyLine(single, p, BpeApplier.dropoutRandom(seed, 1, i))));
        }
      }
    }
  }

  @Test
  void higherDropoutGivesFinerSegmentationOnAverage() {
    double plain = subwordsPerWord(0);
    double previous = plain;
    for (double p : new double[] {0.1, 0.3, 0.6, 0.9}) {
      double mean = subwordsPerWord(p);
      assertTrue(mean > previous, "P=" + p + ": " + mean + " subwords per word, not more than "
          + previous);
      previous = mean;
    }
    double characters = lines.stream().flatMap(l -> PyText.words(l).stream())
        .mapToInt(w -> w.codePointCount(0, w.length())).average().orElseThrow();
    assertTrue(previous < characters);
    assertEquals(characters, subwordsPerWord(0.999999), 1e-12);
  }

  @Test
  void dropoutOutsideZeroToOneIsRejected() {
    for (double p : new double[] {-0.1, 1, 1.5, Double.NaN}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> bpe.applyLine("abc", p, BpeApplier.dropoutRandom(1, 0, 0)));
      assertEquals("the BPE-dropout probability must be at least 0 and less than 1, got " + p,
          e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> bpe.applyLine("abc", 0.1, null));
  }

  private static String applyAll(double p, long seed, long epoch) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(bpe.applyLine(lines.get(i), p, BpeApplier.dropoutRandom(seed, epoch, i)))
          .append('\n');
    }
    return out.toString();
  }

  /** Mean subwords per word over the text, over 20 seeds. */
  private static double subwordsPerWord(double p) {
    long subwords = 0;
    long words = 0;
    for (int seed = 0; seed < 20; seed++) {
      for (int i = 0; i < lines.size(); i++) {
        List<String> w = PyText.words(lines.get(i));
        subwords += bpe.apply(w, p, BpeApplier.dropoutRandom(seed, 0, i)).size();
        words += w.size();
      }
    }
    return (double) subwords / words;
  }

  /** Hands out the given draws, in order, and fails if asked for more. */
  private static final class Scripted implements RandomGenerator {
    final Queue<Double> draws = new ArrayDeque<>();

    Scripted(double... draws) {
      for (double d : draws) {
        this.draws.add(d);
      }
    }

    @Override
    public double nextDouble() {
      Double d = draws.poll();
      if (d == null) {
        throw new AssertionError("one draw too many");
      }
      return d;
    }

    @Override
    public long nextLong() {
      throw new AssertionError("only nextDouble() is drawn");
    }
  }
}
