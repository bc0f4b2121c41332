package org.s2s4j.seq2seq.inference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.decoding.EnsembleScorer;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.SentenceTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.s2s4j.seq2seq.pipeline.TextPipeline;
import org.s2s4j.tokenization.vocab.Vocabulary;

/** Builds translators from trained models: the first model's text side, one scorer per model. */
public final class ModelTranslators {

  private ModelTranslators() {}

  /**
   * The text side of {@code model}: the pipeline recorded in its directory (tokenizer,
   * lowercasing, BPE) on the way in, BPE restoration and the target language's detokenizer on the
   * way out, with {@code options}' departures from it.
   *
   * @throws IllegalArgumentException for an unknown input tokenizer in {@code options}
   */
  public static TextCodec codec(TrainedModel model, TextOptions options) throws IOException {
    return TextPipeline.of(model.preprocessing()).codec(model.sourceVocabulary(),
        model.targetVocabulary(), options);
  }

  /** A scorer over one model, or the average of several with the same target vocabulary. */
  public static StepScorer scorer(List<TrainedModel> models) {
    List<StepScorer> scorers = new ArrayList<>();
    Vocabulary target = models.get(0).targetVocabulary();
    for (TrainedModel m : models) {
      if (!m.targetVocabulary().tokens().equals(target.tokens())) {
        throw new IllegalArgumentException(
            "models of an ensemble must have the same target vocabulary");
      }
      scorers.add(scorer(m));
    }
    return scorers.size() == 1 ? scorers.get(0) : new EnsembleScorer(scorers);
  }

  /** A scorer over one model. */
  public static ModelStepScorer scorer(TrainedModel model) {
    return new ModelStepScorer(model.model(), model.manager(), Vocabulary.BOS, Vocabulary.EOS);
  }

  /** {@code threads} translators sharing the models, each with its own scorers. */
  public static List<SentenceTranslator> create(List<TrainedModel> models, TextCodec codec,
      SearchStrategy search, int threads, boolean replaceUnknown) {
    List<SentenceTranslator> translators = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      translators.add(new SearchTranslator(codec, scorer(models), search, replaceUnknown));
    }
    return translators;
  }
}
