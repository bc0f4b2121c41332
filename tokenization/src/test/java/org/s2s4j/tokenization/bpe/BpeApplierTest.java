package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-worked cases of subword-nmt's apply-bpe semantics. */
class BpeApplierTest {

  // "a b" first, then "ab c</w>": "abc" → a b c</w> → ab c</w> → abc</w> → "abc"
  private static final BpeCodes CODES = new BpeCodes(List.of(
      new BpeMerge("a", "b"), new BpeMerge("ab", "c</w>"), new BpeMerge("c", "d</w>")));

  @Test
  void mergesInRankOrderAndMarksNonFinalSubwords() {
    BpeApplier bpe = new BpeApplier(CODES, "@@", null);
    assertEquals("abc ab@@ x c@@ x cd", bpe.applyLine("abc abx cx cd"));
  }

  @Test
  void singleCharacterWordsAreNeverSegmented() {
    BpeApplier bpe = new BpeApplier(CODES, "@@", null);
    assertEquals(List.of("a", "\uD83D\uDC15"), bpe.apply(List.of("a", "\uD83D\uDC15")));
  }

  @Test
  void whitespaceAroundTheLineIsCopiedAndRunsOfSpacesCollapse() {
    BpeApplier bpe = new BpeApplier(CODES, "@@", null);
    assertEquals("  abc c@@ x \r", bpe.applyLine("  abc   cx \r"));
    assertEquals("   ", bpe.applyLine("   "));
    assertEquals("", bpe.applyLine(""));
  }

  @Test
  void customSeparator() {
    BpeApplier bpe = new BpeApplier(CODES, "￭", null);
    assertEquals("ab￭ x", bpe.applyLine("abx"));
    assertEquals(List.of("abx", "cd"), bpe.join(List.of("ab￭", "x", "cd")));
  }

  @Test
  void vocabularyUndoesMergesThatProduceUnknownSubwords() {
    // "abc" is not in the vocabulary as a final subword: undo "ab c</w>" → ab@@ c
    BpeApplier bpe = new BpeApplier(CODES, "@@", Set.of("ab@@", "c"));
    assertEquals("ab@@ c", bpe.applyLine("abc"));
    // neither "ab@@" nor "c": split ab into a b, and c has no merge to undo
    BpeApplier smaller = new BpeApplier(CODES, "@@", Set.of("a@@", "b@@"));
    assertEquals("a@@ b@@ c", smaller.applyLine("abc"));
  }

  @Test
  void vocabularyThresholdDropsRareSubwords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vocab");
    Files.writeString(file, "ab@@ 5\nc 1\na@@ 9\nb@@ 9\n");
    Set<String> vocab = BpeApplier.readVocabulary(file, 6);
    assertEquals(Set.of("a@@", "b@@"), vocab);
    assertEquals("a@@ b@@ c", new BpeApplier(CODES, "@@", vocab).applyLine("abc"));
    assertEquals(Set.of("ab@@", "c", "a@@", "b@@"), BpeApplier.readVocabulary(file, null));
  }

  @Test
  void anEmptyVocabularyMeansNoVocabularyAsInSubwordNmt() {
    assertEquals("abc", new BpeApplier(CODES, "@@", Set.of()).applyLine("abc"));
  }

  @Test
  void malformedVocabularyLineIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vocab");
    Files.writeString(file, "ab@@ 5\nc\n");
    IOException e = assertThrows(IOException.class, () -> BpeApplier.readVocabulary(file, null));
    assertEquals(file + ":2: expected 'subword count' separated by one space, found 'c'",
        e.getMessage());
  }

  @Test
  void glossariesAreIsolatedAndNeverSplit() {
    BpeCodes codes = new BpeCodes(List.of(new BpeMerge("1", "9"), new BpeMerge("3", "4</w>"),
        new BpeMerge("U", "S")));
    BpeApplier bpe = new BpeApplier(codes, "@@", null, List.of("USA"));
    // subword-nmt's docstring example: 1934USABUSA → 1934 USA B USA; 1934 → 19 34
    assertEquals("19@@ 34@@ USA@@ B@@ USA", bpe.applyLine("1934USABUSA"));
    // without the glossary, "U S" would merge: US@@ A
    assertEquals("US@@ A", new BpeApplier(codes, "@@", null).applyLine("USA"));
    assertEquals("USA", bpe.applyLine("USA"));
    // the text after the last match is kept whole (subword-nmt 0.3.9 keeps only its first char)
    assertEquals("USA@@ x@@ y@@ z", bpe.applyLine("USAxyz"));
    // regular expressions work too
    BpeApplier digits = new BpeApplier(codes, "@@", null, List.of("[0-9]+"));
    assertEquals("a@@ 1934@@ b", digits.applyLine("a1934b"));
  }

  @Test
  void invalidGlossaryIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BpeApplier(CODES, "@@", null, List.of("(")));
    assertTrue(e.getMessage().startsWith("invalid glossary regular expression '(': "),
        e.getMessage());
  }

  @Test
  void firstMergesOnlyAsApplyBpeMerges() {
    assertEquals("ab@@ c", new BpeApplier(CODES.first(1), "@@", null).applyLine("abc"));
    assertEquals("a@@ b@@ c", new BpeApplier(CODES.first(0), "@@", null).applyLine("abc"));
    assertEquals(CODES.merges(), CODES.first(10).merges());
    assertEquals(2, CODES.first(2).size());
    assertThrows(IllegalArgumentException.class, () -> CODES.first(-1));
  }

  @Test
  void restoreRemovesSeparators() {
    assertEquals("lädt baumwolle x", BpeApplier.restore("lä@@ d@@ t baum@@ wo@@ lle x@@"));
    assertEquals("abx", BpeApplier.restore("ab## x", "##"));
  }

  @Test
  void codesFileWithABadLineIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("codes");
    Files.writeString(file, "#version: 0.2\na b\nabc\n");
    IOException e = assertThrows(IOException.class, () -> BpeCodes.load(file));
    assertEquals(file + ":3: invalid line in BPE codes file: 'abc'; it must hold exactly two "
        + "symbols separated by one space", e.getMessage());
    Files.writeString(file, "a b\n");
    e = assertThrows(IOException.class, () -> BpeCodes.load(file));
    assertEquals(file + ":1: not a BPE codes file: the first line must be '#version: 0.2'",
        e.getMessage());
  }
}
