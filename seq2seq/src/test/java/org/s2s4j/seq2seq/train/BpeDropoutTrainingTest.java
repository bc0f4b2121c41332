package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.s2s4j.corpora.batch.Batch;
import org.s2s4j.corpora.batch.BatchIterator;
import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.corpora.batch.Batcher;
import org.s2s4j.corpora.batch.Example;
import org.s2s4j.corpora.batch.ExampleSource;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.seq2seq.pipeline.TinyRawCorpus;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.seq2seq.pipeline.BpeDropout;
import org.s2s4j.seq2seq.pipeline.DataPreparation;
import org.s2s4j.seq2seq.pipeline.PreparedData;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * {@code preprocessing.bpe_dropout} in training: the training pairs are segmented afresh each
 * epoch, reproducibly, the vocabularies cover every subword dropout emits, and a resumed epoch
 * gives the same batches. On a tiny raw corpus, without training.
 */
class BpeDropoutTrainingTest {

  @TempDir Path dir;

  private RunConfig config(boolean sameSides, String... overrides) throws IOException {
    List<String> en = new ArrayList<>();
    List<String> de = new ArrayList<>();
    for (String[] pair : TinyRawCorpus.pairs()) {
      en.add(pair[0]);
      de.add(pair[1]);
    }
    Files.write(dir.resolve("train.en"), en);
    Files.write(dir.resolve("train.de"), sameSides ? en : de);
    Files.write(dir.resolve("dev.en"), en.subList(0, 8));
    Files.write(dir.resolve("dev.de"), de.subList(0, 8));
    Path yaml = dir.resolve("raw.yaml");
    Files.writeString(yaml, String.join("\n",
        "data: {train_source: train.en, train_target: train.de, dev_source: dev.en,",
        "  dev_target: dev.de, lowercase: true, batch_sentences: 8, window: 40}",
        "preprocessing:",
        "  source: {tokenizer: moses, language: en}",
        "  target: {tokenizer: moses, language: " + (sameSides ? "en" : "de") + "}",
        "  bpe: {merges: 60, joint: true, min_frequency: 2}",
        "  bpe_dropout: 0.3",
        "training: {seed: 5}", ""));
    return ConfigLoader.load(yaml, List.of(overrides));
  }

  /** What training builds: data, dropout, vocabularies, pairs and batches. */
  private record Run(PreparedData prepared, BpeDropout dropout, Seq2SeqTraining.Vocabularies vocabularies,
      ExampleSource examples, Batcher batcher) {}

  private Run run(RunConfig config, String name, boolean resume) throws IOException {
    PreparedData prepared = DataPreparation.prepare(config, dir.resolve(name), resume, false);
    BpeDropout dropout = Seq2SeqTraining.dropout(config, prepared);
    Seq2SeqTraining.Vocabularies v = Seq2SeqTraining.vocabularies(config, prepared, dropout);
    return new Run(prepared, dropout, v, Seq2SeqTraining.trainingExamples(config, prepared, v, dropout),
        Seq2SeqTraining.batcher(config, prepared, v, dropout));
  }

  private static List<Example> epoch(ExampleSource source, int epoch) throws IOException {
    List<Example> out = new ArrayList<>();
    try (CloseableIterator<Example> it = source.open(epoch)) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static String describe(Batch b) {
    return Arrays.toString(b.indices()) + Arrays.deepToString(b.source()) + Arrays.deepToString(b.target());
  }

  private static List<String> batches(Batcher batcher, BatchPosition from) throws IOException {
    List<String> out = new ArrayList<>();
    try (BatchIterator it = batcher.resume(from)) {
      it.forEachRemaining(b -> out.add(describe(b)));
    }
    return out;
  }

  @Test
  void eachEpochIsSegmentedAfreshAndReplaysIdentically() throws IOException {
    Run run = run(config(false), "run", false);
    List<Example> first = epoch(run.examples(), 1);
    List<Example> again = epoch(run.examples(), 1);
    List<Example> second = epoch(run.examples(), 2);
    assertEquals(80, first.size());
    int differ = 0;
    List<String> sourceLines = Files.readAllLines(run.dropout().sourceTokens());
    List<String> deterministic = Files.readAllLines(run.prepared().trainSource());
    int finer = 0;
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i).source(), again.get(i).source(), "line " + i);
      assertArrayEquals(first.get(i).target(), again.get(i).target(), "line " + i);
      if (!Arrays.equals(first.get(i).source(), second.get(i).source())) {
        differ++;
      }
      // dropout only splits: the subwords restore to the tokenized line, in at least as many pieces
      String subwords = String.join(" ", run.vocabularies().source().decode(first.get(i).source()));
      assertEquals(sourceLines.get(i), BpeApplier.restore(subwords), "line " + i);
      int pieces = subwords.split(" ").length;
      int plain = deterministic.get(i).split(" ").length;
      assertTrue(pieces >= plain, "line " + i);
      finer += pieces > plain ? 1 : 0;
    }
    assertTrue(differ > 20, differ + " of 80 source lines differ between epochs 1 and 2");
    assertTrue(finer > 20, finer + " of 80 source lines have more subwords than without dropout");
  }

  @Test
  void noDropoutKeepsTheDeterministicSegmentation() throws IOException {
    RunConfig config = config(false, "preprocessing.bpe_dropout=0");
    Run run = run(config, "plain", false);
    assertNull(run.dropout());
    List<Example> one = epoch(run.examples(), 1);
    List<Example> two = epoch(run.examples(), 2);
    List<String> lines = Files.readAllLines(run.prepared().trainSource());
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(one.get(i).source(), two.get(i).source());
      assertEquals(lines.get(i), String.join(" ", run.vocabularies().source().decode(one.get(i).source())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "preprocessing.bpe.joint=false", "preprocessing.bpe.vocabulary_threshold=3",
      "preprocessing.bpe.glossaries=[\"e\"]"})
  void dropoutNeverProducesUnknownSubwords(String override) throws IOException {
    RunConfig config = override.isEmpty() ? config(false) : config(false, override);
    Run run = run(config, "run", false);
    // the deterministic segmentation has no <unk> on this corpus ...
    Run plain = run(override.isEmpty() ? config(false, "preprocessing.bpe_dropout=0")
        : config(false, override, "preprocessing.bpe_dropout=0"), "plain", false);
    for (Example e : epoch(plain.examples(), 0)) {
      assertFalse(Arrays.stream(e.source()).anyMatch(id -> id == Vocabulary.UNK));
      assertFalse(Arrays.stream(e.target()).anyMatch(id -> id == Vocabulary.UNK));
    }
    // ... nor does dropout, in any of 20 epochs, though it emits units the former never does
    boolean newUnits = false;
    for (int epoch = 0; epoch < 20; epoch++) {
      for (Example e : epoch(run.examples(), epoch)) {
        assertFalse(Arrays.stream(e.source()).anyMatch(id -> id == Vocabulary.UNK), "epoch " + epoch);
        assertFalse(Arrays.stream(e.target()).anyMatch(id -> id == Vocabulary.UNK), "epoch " + epoch);
        for (String s : run.vocabularies().target().decode(e.target())) {
          newUnits |= !plain.vocabularies().target().contains(s);
        }
      }
    }
    assertTrue(newUnits, "dropout emitted no subword the deterministic segmentation lacks");
    assertTrue(run.vocabularies().source().size() > plain.vocabularies().source().size());
  }

  @Test
  void resumingAnEpochGivesTheBatchesOfTheUninterruptedOne() throws IOException {
    RunConfig config = config(false);
    Run run = run(config, "run", false);
    List<String> whole = batches(run.batcher(), BatchPosition.start(3));
    assertEquals(10, whole.size());
    assertNotEquals(whole, batches(run.batcher(), BatchPosition.start(4)));
    // a new process on the same run directory: prepared data reused, vocabularies rebuilt
    Run resumed = run(config, "run", true);
    assertEquals(run.vocabularies().source().tokens(), resumed.vocabularies().source().tokens());
    assertEquals(run.vocabularies().target().tokens(), resumed.vocabularies().target().tokens());
    for (int k : new int[] {0, 1, 4, 9, 10}) {
      assertEquals(whole.subList(k, whole.size()), batches(resumed.batcher(), new BatchPosition(3, k)),
          "after " + k + " batches");
    }
  }

  @Test
  void theTwoSidesDrawDifferently() throws IOException {
    Run run = run(config(true), "same", false);
    int differ = 0;
    for (Example e : epoch(run.examples(), 0)) {
      List<String> s = run.vocabularies().source().decode(e.source());
      List<String> t = run.vocabularies().target().decode(e.target());
      differ += s.equals(t) ? 0 : 1;
    }
    assertTrue(differ > 20, differ + " of 80 identical lines segmented differently on the two sides");
  }
}
