package org.s2s4j.tokenization.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.TextFiles;

/**
 * learn-bpe's {@code --total-symbols} and apply-bpe's {@code --merges} and {@code --dropout}
 * against subword-nmt's own output, byte for byte, on a small text made up for this test.
 *
 * <p>{@code made-up.txt} (28 lines: German and English sentences, word families, a long compound,
 * a tab and a no-break space inside lines, single characters, emoji outside the BMP, the literal
 * {@code </w>}, blank lines and lines of spaces) was written by hand for this test. The other
 * files in this package's test resources are what subword-nmt (rsennrich/subword-nmt at 92d6139,
 * the version of {@code ../shared/fixtures/bpe}) wrote for it with Debian's Python 3.11.2:
 *
 * <pre>
 * learn_bpe.py -s 150 -i made-up.txt -o made-up.s150.codes
 *     (136 merges: "no pair has frequency &gt;= 2. Stopping")
 * learn_bpe.py -s 150 --total-symbols -i made-up.txt -o made-up.total150.codes
 *     (stderr: 33 word-internal and 31 word-final characters, "Reducing number of merge
 *     operations by 64": 86 merges)
 * apply_bpe.py -c made-up.s150.codes -i made-up.txt -o made-up.s150.bpe.txt
 * apply_bpe.py -c made-up.s150.codes --merges 20 -i made-up.txt -o made-up.s150.merges20.bpe.txt
 * apply_bpe.py -c made-up.s150.codes --dropout 0.3 --seed 7 -i made-up.txt
 *     -o made-up.s150.dropout0.3.seed7.bpe.txt
 * apply_bpe.py -c made-up.s150.codes --dropout 0.6 --seed 4294967301 -i made-up.txt
 *     -o made-up.s150.dropout0.6.seed4294967301.bpe.txt
 * </pre>
 *
 * The dropout runs are reproduced by giving {@link BpeApplier} CPython's own generator
 * ({@link PythonRandom}, seeded as {@code random.seed} seeds it), one stream over all lines as
 * apply-bpe draws it. That pins down the dropout branch exactly: one draw per adjacent pair per
 * merge step, before the pair is looked up, kept if greater than P, and only kept occurrences of
 * the chosen merge are merged.
 */
class BpeOptionsParityTest {

  @Test
  void totalSymbolsEqualsLearnBpe() throws IOException {
    WordCounts counts = counts();
    assertEquals(64, BpeLearner.characterSymbols(counts.counts()));
    BpeCodes codes = new BpeLearner(150, 2, true).learn(counts.counts());
    assertEquals(read("made-up.total150.codes"), codes.text());
    assertEquals(86, codes.size());
  }

  @Test
  void plainLearningAndApplyingEqualSubwordNmt() throws IOException {
    BpeCodes codes = new BpeLearner(150, 2).learn(counts().counts());
    assertEquals(read("made-up.s150.codes"), codes.text());
    assertEquals(read("made-up.s150.bpe.txt"), applyAll(new BpeApplier(codes, "@@", null), null, 0));
  }

  @Test
  void mergesUsesOnlyTheFirstMerges() throws IOException {
    BpeCodes codes = BpeCodes.load(resource("made-up.s150.codes")).first(20);
    assertEquals(20, codes.size());
    assertEquals(read("made-up.s150.merges20.bpe.txt"),
        applyAll(new BpeApplier(codes, "@@", null), null, 0));
  }

  @Test
  void dropoutDrawsAsApplyBpeDoes() throws IOException {
    BpeApplier bpe = new BpeApplier(BpeCodes.load(resource("made-up.s150.codes")), "@@", null);
    assertEquals(read("made-up.s150.dropout0.3.seed7.bpe.txt"),
        applyAll(bpe, new PythonRandom(7), 0.3));
    assertEquals(read("made-up.s150.dropout0.6.seed4294967301.bpe.txt"),
        applyAll(bpe, new PythonRandom(4294967301L), 0.6));
    // segmenting with dropout leaves the cache of the deterministic path alone
    assertEquals(read("made-up.s150.bpe.txt"), applyAll(bpe, null, 0));
  }

  private static String applyAll(BpeApplier bpe, RandomGenerator random, double dropout)
      throws IOException {
    StringBuilder out = new StringBuilder();
    for (String line : TextFiles.readLines(resource("made-up.txt"))) {
      out.append(bpe.applyLine(line, dropout, random)).append('\n');
    }
    return out.toString();
  }

  private static WordCounts counts() throws IOException {
    WordCounts counts = new WordCounts();
    List<String> lines = TextFiles.readLines(resource("made-up.txt"));
    lines.forEach(counts::addLine);
    return counts;
  }

  private static String read(String name) throws IOException {
    return Files.readString(resource(name), StandardCharsets.UTF_8);
  }

  private static Path resource(String name) {
    try {
      return Path.of(BpeOptionsParityTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
