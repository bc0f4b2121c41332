package org.s2s4j.seq2seq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.seq2seq.inference.TinyModelDirectory;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeMerge;

/** A model directory's pipeline.json: written, read back, and its bad forms rejected. */
class PipelineFileTest {

  @TempDir
  Path dir;

  private Path modelWithBpe() throws IOException {
    Path model = TinyModelDirectory.create(dir.resolve("model"));
    new BpeCodes(List.of(new BpeMerge("a", "b</w>"), new BpeMerge("c", "d"))).save(
        model.resolve("bpe.codes"));
    Preprocessing.Side en = new Preprocessing.Side("moses", "en", true);
    Preprocessing.Side de = new Preprocessing.Side("moses", "de", true);
    PipelineFile.write(model, new Preprocessing(en, de, new Preprocessing.Subwords("@@",
        model.resolve("bpe.codes"), model.resolve("bpe.codes"), null, null, 0, List.of()), 80));
    return model;
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Path model = modelWithBpe();
    Preprocessing p = PipelineFile.read(model);
    assertEquals(new Preprocessing.Side("moses", "en", true), p.source());
    assertEquals(new Preprocessing.Side("moses", "de", true), p.target());
    assertEquals(model.resolve("bpe.codes"), p.bpe().sourceCodes());
    assertEquals(80, p.maxLength());
    assertTrue(Files.readString(model.resolve("pipeline.json")).contains("\"sha256\""));
  }

  /** The model's tokenizer, lowercasing and BPE reach the translation codec; BPE is undone. */
  @Test
  void aModelDirectoryWithAPipelineTranslatesRawText() throws IOException {
    Path model = modelWithBpe();
    try (TrainedModel trained = TrainedModel.load(model, "MXNet", "cpu")) {
      TextCodec codec = ModelTranslators.codec(trained, TextOptions.AS_RECORDED);
      // Moses, lowercased: "ab , cd ."; BPE merges a + final b, but "c d" is no merge of a final d
      assertEquals(List.of("ab", ",", "c@@", "d", "."), codec.tokenize("Ab, cd."));
      assertEquals("ab, cd.", codec.detokenize(List.of("ab", ",", "c@@", "d", ".")));
      TextCodec tokens = ModelTranslators.codec(trained, new TextOptions("none", null, null, false));
      // split at whitespace, lowercased: "ab," "cd."; now "c d" is not final and merges
      assertEquals(List.of("a@@", "b@@", ",", "cd@@", "."), tokens.tokenize("Ab, cd."));
      assertEquals("ab , cd .", tokens.detokenize(List.of("ab", ",", "c@@", "d", ".")));
    }
  }

  @Test
  void aChangedCodesFileIsAClearError() throws IOException {
    Path model = modelWithBpe();
    Files.writeString(model.resolve("bpe.codes"), "#version: 0.2\na b\n");
    IOException e = assertThrows(IOException.class,
        () -> TrainedModel.load(model, "MXNet", "cpu"));
    assertTrue(e.getMessage().startsWith(model.resolve("bpe.codes") + ": SHA-256 "), e.getMessage());
    assertTrue(e.getMessage().contains("changed or replaced since training"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aMissingCodesFileIsAClearError() throws IOException {
    Path model = modelWithBpe();
    Files.delete(model.resolve("bpe.codes"));
    IOException e = assertThrows(IOException.class, () -> PipelineFile.read(model));
    assertTrue(e.getMessage().endsWith("bpe.codes, which is missing"), e.getMessage());
  }

  @Test
  void aTokenizerThisBuildDoesNotKnowIsAClearError() throws IOException {
    Path model = modelWithBpe();
    Path file = model.resolve("pipeline.json");
    Files.writeString(file, Files.readString(file).replaceFirst("\"moses\"", "\"klingon\""));
    IOException e = assertThrows(IOException.class,
        () -> TrainedModel.load(model, "MXNet", "cpu"));
    assertTrue(e.getMessage().startsWith(file + ": the model was trained with tokenizer "
        + "'klingon', which this build does not know (it knows none, whitespace,"), e.getMessage());
  }

  /** A directory from before pipeline.json: tokenized text, split at whitespace, no BPE. */
  @Test
  void aModelDirectoryWithoutAPipelineStillLoads() throws IOException {
    Path model = TinyModelDirectory.create(dir.resolve("old"));
    try (TrainedModel trained = TrainedModel.load(model, "MXNet", "cpu")) {
      Preprocessing p = trained.preprocessing();
      assertEquals(new Preprocessing.Side("whitespace", "und", false), p.source());
      assertEquals(p.source(), p.target());
      assertNull(p.bpe());
      assertEquals(100, p.maxLength());
    }
  }

  /**
   * One definition of "split at whitespace": a no-break space, an em space and a tab separate
   * tokens alike when training reads a file and when translation reads a line.
   */
  @Test
  void trainingAndTranslationSplitAtTheSameWhitespace() throws IOException {
    String line = "a\u00A0b\u2003c\td  e";
    Preprocessing.Side none = new Preprocessing.Side("none", "und", false);
    TextPipeline pipeline = TextPipeline.of(new Preprocessing(none, none, null, 100));
    PreparedData raw = new PreparedData(null, null, null, null, null, null, false, pipeline, null);
    PreparedData processed = new PreparedData(null, null, null, null, null, null, true, pipeline, null);
    List<String> expected = List.of("a", "b", "c", "d", "e");
    assertEquals(expected, raw.sourceTokens(line));
    assertEquals(expected, processed.targetTokens(line));
    try (TrainedModel trained = TrainedModel.load(TinyModelDirectory.create(dir.resolve("m")),
        "MXNet", "cpu")) {
      assertEquals(expected, ModelTranslators.codec(trained, TextOptions.AS_RECORDED)
          .tokenize(line));
    }
  }
}
