package org.s2s4j.seq2seq.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.BeamSearch;
import org.s2s4j.decoding.ForcedDecoding;
import org.s2s4j.decoding.GnmtLengthPenalty;
import org.s2s4j.decoding.GreedySearch;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.DecoderState;
import org.s2s4j.seq2seq.EncoderOutput;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.StepOutput;

/** The adapter on a small randomly initialised model (MXNet): consistency, not quality. */
class ModelStepScorerTest {

  private static final int BOS = 2;
  private static final int EOS = 3;
  private static NDManager manager;
  private static Seq2SeqModel model;
  private static StepDecoder stepDecoder;

  @BeforeAll
  static void model() {
    manager = Engine.getEngine("MXNet").newBaseManager();
    Engine.getEngine("MXNet").setRandomSeed(11);
    model = new Seq2SeqModel(
        new ModelConfig(20, 12, 8, 8, 1, 16, 1, AttentionType.GENERAL, true, false, 0.0f));
    model.initialize(manager);
    stepDecoder = model.stepDecoder(manager);
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  private static List<int[]> sources(int count, long seed) {
    Random random = new Random(seed);
    List<int[]> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] s = new int[1 + random.nextInt(9)];
      for (int j = 0; j < s.length; j++) {
        s[j] = 4 + random.nextInt(16);
      }
      sources.add(s);
    }
    return sources;
  }

  private static ModelStepScorer scorer() {
    return new ModelStepScorer(model, stepDecoder, manager, BOS, EOS, null);
  }

  private static final SearchOptions BEAM = SearchOptions.builder().beamSize(4).nBest(2)
      .lengthPenalty(new GnmtLengthPenalty(1.0)).limits(new LengthLimits(0, 0, 6, 1, 1)).build();

  /**
   * The first 64 sentences of test_2016_flickr.en (words hashed to source ids) decoded at batch
   * sizes 1, 7 and 64 must give the same hypotheses; without the shared data, 64 random sources.
   */
  @Test
  void resultsDoNotDependOnBatchSize() throws IOException {
    List<int[]> sources = multi30kSources(64);
    if (sources == null) {
      System.err.println("ModelStepScorerTest: Multi30k not found under " + SHARED
          + "; using random sources");
      sources = sources(64, 1);
    }
    List<List<Hypothesis>> reference = decode(sources, 64);
    for (int batch : new int[] {1, 7}) {
      List<List<Hypothesis>> out = decode(sources, batch);
      for (int i = 0; i < sources.size(); i++) {
        for (int n = 0; n < reference.get(i).size(); n++) {
          assertArrayEquals(reference.get(i).get(n).tokens(), out.get(i).get(n).tokens(),
              "batch " + batch + " sentence " + i);
          assertEquals(reference.get(i).get(n).score(), out.get(i).get(n).score(), 1e-4);
        }
      }
    }
  }

  private static final Path SHARED = Path.of(System.getProperty("s2s4j.shared", "../../shared"));

  private static List<int[]> multi30kSources(int count) throws IOException {
    Path file = SHARED.resolve("data/multi30k/task1/raw/test_2016_flickr.en.gz");
    if (!Files.exists(file)) {
      return null;
    }
    List<int[]> sources = new ArrayList<>();
    try (Utf8LineReader reader = Utf8LineReader.open(file)) {
      String line;
      while (sources.size() < count && (line = reader.readLine()) != null) {
        sources.add(Arrays.stream(line.toLowerCase(Locale.ROOT).split(" +"))
            .mapToInt(w -> 4 + Math.floorMod(w.hashCode(), 16)).toArray());
      }
    }
    return sources;
  }

  @Test
  void forcedDecodingReproducesTheScores() {
    List<int[]> sources = sources(16, 2);
    try (ModelStepScorer scorer = scorer()) {
      List<List<Hypothesis>> found = new BeamSearch(BEAM).search(scorer, sources);
      List<int[]> targets = found.stream().map(h -> h.get(0).tokens()).toList();
      double[] forced = ForcedDecoding.score(scorer, sources, targets);
      for (int i = 0; i < sources.size(); i++) {
        assertEquals(found.get(i).get(0).logProb(), forced[i], 1e-4);
      }
    }
  }

  /** Greedy search and a beam of one must agree. */
  @Test
  void greedySearchAndABeamOfOneAgree() {
    List<int[]> sources = sources(20, 3);
    SearchOptions options = SearchOptions.builder().beamSize(1)
        .limits(new LengthLimits(0, 0, 10, 100, 0)).build();
    try (ModelStepScorer scorer = scorer()) {
      List<List<Hypothesis>> greedy = new GreedySearch(options).search(scorer, sources);
      List<List<Hypothesis>> beam = new BeamSearch(options).search(scorer, sources);
      for (int i = 0; i < sources.size(); i++) {
        assertArrayEquals(beam.get(i).get(0).tokens(), greedy.get(i).get(0).tokens(), "sentence " + i);
      }
    }
  }

  private static List<List<Hypothesis>> decode(List<int[]> sources, int batchSize) {
    List<List<Hypothesis>> out = new ArrayList<>();
    try (ModelStepScorer scorer = scorer()) {
      for (int start = 0; start < sources.size(); start += batchSize) {
        out.addAll(new BeamSearch(BEAM).search(scorer,
            sources.subList(start, Math.min(sources.size(), start + batchSize))));
      }
    }
    return out;
  }

  private static List<List<Hypothesis>> decode(List<int[]> sources, int batchSize,
      Shortlist shortlist) {
    List<List<Hypothesis>> out = new ArrayList<>();
    try (ModelStepScorer scorer = new ModelStepScorer(model, stepDecoder, manager, BOS, EOS,
        shortlist)) {
      for (int start = 0; start < sources.size(); start += batchSize) {
        out.addAll(new BeamSearch(BEAM).search(scorer,
            sources.subList(start, Math.min(sources.size(), start + batchSize))));
      }
    }
    return out;
  }

  private static final int TARGETS = 12;

  /** Source word s may add target 5 + s mod 7; target 4 is always allowed. */
  private static Shortlist smallShortlist() {
    int[][] bySource = new int[20][];
    for (int s = 4; s < 20; s++) {
      bySource[s] = new int[] {5 + s % 7};
    }
    return new Shortlist(TARGETS, new int[] {4}, bySource, "test");
  }

  @Test
  void aShortlistOfEveryTokenGivesTheSameResults() {
    int[] all = new int[TARGETS - 4];
    for (int t = 0; t < all.length; t++) {
      all[t] = 4 + t;
    }
    List<int[]> sources = sources(24, 4);
    List<List<Hypothesis>> whole = decode(sources, 8);
    List<List<Hypothesis>> cut = decode(sources, 8,
        new Shortlist(TARGETS, all, new int[20][], "all"));
    for (int i = 0; i < sources.size(); i++) {
      for (int n = 0; n < whole.get(i).size(); n++) {
        assertArrayEquals(whole.get(i).get(n).tokens(), cut.get(i).get(n).tokens(), "sentence " + i);
        assertEquals(whole.get(i).get(n).score(), cut.get(i).get(n).score(), 1e-6);
      }
    }
  }

  /**
   * With a shortlist each sentence uses only its own candidates, normalised over them alone, so
   * its output is the same whatever batch it is in.
   */
  @Test
  void withAShortlistResultsDoNotDependOnBatchSizeAndUseOnlyOwnCandidates() {
    Shortlist shortlist = smallShortlist();
    List<int[]> sources = sources(30, 5);
    List<List<Hypothesis>> reference = decode(sources, 30, shortlist);
    for (int i = 0; i < sources.size(); i++) {
      int[] own = shortlist.candidates(List.of(sources.get(i)));
      for (Hypothesis h : reference.get(i)) {
        for (int t : h.tokens()) {
          assertTrue(Arrays.binarySearch(own, t) >= 0, "sentence " + i + " token " + t);
        }
      }
    }
    for (int batch : new int[] {1, 7}) {
      List<List<Hypothesis>> out = decode(sources, batch, shortlist);
      for (int i = 0; i < sources.size(); i++) {
        for (int n = 0; n < reference.get(i).size(); n++) {
          assertArrayEquals(reference.get(i).get(n).tokens(), out.get(i).get(n).tokens(),
              "batch " + batch + " sentence " + i);
          assertEquals(reference.get(i).get(n).score(), out.get(i).get(n).score(), 1e-4);
        }
      }
    }
  }

  /** The prepared step decoder computes the model's step: same logits, attention and state. */
  @Test
  void theStepDecoderComputesTheModelsStep() {
    try (NDManager m = manager.newSubManager()) {
      List<int[]> sources = sources(5, 6);
      int width = sources.stream().mapToInt(x -> x.length).max().orElse(1);
      int[] flat = new int[5 * width];
      int[] lengths = new int[5];
      for (int r = 0; r < 5; r++) {
        System.arraycopy(sources.get(r), 0, flat, r * width, sources.get(r).length);
        lengths[r] = sources.get(r).length;
      }
      EncoderOutput enc = model.encode(m.create(flat, new Shape(5, width)), m.create(lengths));
      DecoderState state = model.initialState(enc);
      NDArray previous = m.create(new int[] {BOS, 5, 6, 7, 8});
      StepOutput expected = model.step(enc, state, previous);
      StepOutput actual = stepDecoder.step(enc, state, previous, stepDecoder.outputLayer());
      assertClose(expected.logits(), actual.logits());
      assertClose(expected.attention(), actual.attention());
      assertClose(expected.state().hidden().get(0), actual.state().hidden().get(0));
      assertClose(expected.state().cell().get(0), actual.state().cell().get(0));
      NDArray rows = m.create(new int[] {3, 5, 9});
      StepOutput cut = stepDecoder.step(enc, state, previous, stepDecoder.outputLayer(rows));
      float[] all = expected.logits().toFloatArray();
      float[] some = cut.logits().toFloatArray();
      for (int r = 0; r < 5; r++) {
        int c = 0;
        for (int t : new int[] {3, 5, 9}) {
          assertEquals(all[r * TARGETS + t], some[r * 3 + c++], 1e-5);
        }
      }
    }
  }

  private static void assertClose(NDArray expected, NDArray actual) {
    float[] e = expected.toFloatArray();
    float[] a = actual.toFloatArray();
    assertEquals(e.length, a.length);
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], 1e-5, "element " + i);
    }
  }
}
