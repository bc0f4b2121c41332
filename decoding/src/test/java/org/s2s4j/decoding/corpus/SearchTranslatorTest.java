package org.s2s4j.decoding.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.decoding.BeamSearch;
import org.s2s4j.decoding.GreedySearch;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.TableScorer;

/** Real search on a hand-built copy model: the best translation of a line is the line itself. */
class SearchTranslatorTest {

  private static final int UNK = 1;
  private static final int BOS = 2;
  private static final int EOS = 3;
  private static final int WORDS = 10;
  private static final int V = 4 + WORDS;

  @TempDir
  Path dir;

  /** Words w0..w9 have ids 4..13; anything else is UNK. */
  static final TextCodec CODEC = new TextCodec() {
    @Override
    public List<String> tokenize(String line) {
      String s = line.strip();
      return s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    @Override
    public int[] encodeSource(List<String> tokens) {
      return tokens.stream().mapToInt(t -> t.matches("w[0-9]") ? 4 + (t.charAt(1) - '0') : UNK)
          .toArray();
    }

    @Override
    public List<String> decodeTarget(int[] ids) {
      return Arrays.stream(ids).mapToObj(i -> i == UNK ? "<unk>" : "w" + (i - 4)).toList();
    }

    @Override
    public int targetUnkId() {
      return UNK;
    }

    @Override
    public String detokenize(List<String> tokens) {
      return String.join(" ", tokens);
    }
  };

  /** Copies the source with probability 0.9 per step, attending to the position it copies. */
  static final TableScorer.Table COPY = new TableScorer.Table() {
    @Override
    public double[] next(int[] source, int[] prefix) {
      double[] p = new double[V];
      for (int v = 3; v < V; v++) {
        p[v] = 0.1 / (V - 2);
      }
      p[UNK] = 0.1 / (V - 2);
      int t = prefix.length;
      p[t < source.length ? source[t] : EOS] += 0.9;
      return p;
    }

    @Override
    public double[] attention(int[] source, int[] prefix) {
      double[] a = new double[source.length];
      Arrays.fill(a, 0.1 / source.length);
      a[Math.min(prefix.length, source.length - 1)] += 0.9;
      return a;
    }
  };

  private static SearchTranslator translator(boolean replaceUnknown, int beam) {
    SearchOptions options = SearchOptions.builder().beamSize(beam).build();
    return new SearchTranslator(CODEC, new TableScorer(V, BOS, EOS, COPY),
        beam == 1 ? new GreedySearch(options) : new BeamSearch(options), replaceUnknown);
  }

  @Test
  void copiesAndReplacesUnknownWordsFromTheAttention() {
    List<List<String>> sources = List.of(CODEC.tokenize("w1 w2 w3"), CODEC.tokenize("w4 Zürich w5"));
    for (int beam : new int[] {1, 4}) {
      assertEquals(List.of("w1 w2 w3", "w4 Zürich w5"), texts(translator(true, beam), sources));
      assertEquals(List.of("w1 w2 w3", "w4 <unk> w5"), texts(translator(false, beam), sources));
    }
  }

  @Test
  void scoresAreTheCopyProbabilities() {
    Translation t = translator(false, 3).translate(List.of(CODEC.tokenize("w1 w2"))).get(0).get(0);
    double step = Math.log(0.9 + 0.1 / (V - 2));
    assertEquals(3 * step, t.logProb(), 1e-5);
  }

  @Test
  void translatesAFileEndToEnd() throws IOException {
    List<String> lines = List.of("w1 w2", "", "w3 Genève w3 w3", "w9");
    Path in = dir.resolve("in.txt");
    Files.write(in, lines);
    Path out = dir.resolve("out.txt");
    CorpusDecoder decoder = new CorpusDecoder(List.of(translator(true, 5)),
        new CorpusOptions(Batching.sentences(2), 3, 100, OutputFormat.TEXT, false));
    FileTranslation.run(decoder, in, null, out, null, false, "copy");
    assertEquals(lines, Files.readAllLines(out));
  }

  private static List<String> texts(SearchTranslator translator, List<List<String>> sources) {
    List<String> out = new ArrayList<>();
    for (List<Translation> t : translator.translate(sources)) {
      out.add(t.get(0).text());
    }
    return out;
  }
}
