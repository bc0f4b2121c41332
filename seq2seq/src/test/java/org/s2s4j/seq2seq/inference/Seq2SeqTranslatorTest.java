package org.s2s4j.seq2seq.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.decoding.BeamSearch;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.corpus.SentenceTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;

class Seq2SeqTranslatorTest {

  @TempDir
  Path dir;

  /** Through DJL's Criteria and Predictor, the same translations as the corpus translator. */
  @Test
  void predictorTranslatesLikeTheCorpusTranslator() throws Exception {
    Path modelDir = TinyModelDirectory.create(dir.resolve("model"));
    SearchOptions options = SearchOptions.builder().beamSize(3)
        .limits(new LengthLimits(0, 0, 6, 2, 2)).build();
    List<String> inputs = List.of("a b c", "d e", "f a b c d");
    List<String> expected;
    try (TrainedModel trained = TrainedModel.load(modelDir, "MXNet", "cpu")) {
      TextCodec codec = ModelTranslators.codec(trained, TextOptions.AS_RECORDED);
      SentenceTranslator t = ModelTranslators.create(List.of(trained), codec,
          new BeamSearch(options), 1, false, null).get(0);
      expected = t.translate(inputs.stream().map(codec::tokenize).toList()).stream()
          .map(n -> n.get(0).text()).toList();
    }
    try (Seq2SeqTranslator translator = new Seq2SeqTranslator(new BeamSearch(options), false);
        ZooModel<String, String> model =
            Seq2SeqTranslator.criteria(modelDir, "MXNet", translator).loadModel();
        Predictor<String, String> predictor = model.newPredictor()) {
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(expected.get(i), predictor.predict(inputs.get(i)), inputs.get(i));
      }
      assertEquals("", predictor.predict("   "));
    }
  }
}
