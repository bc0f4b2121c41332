package org.s2s4j.seq2seq.inference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.decoding.EnsembleScorer;
import org.s2s4j.decoding.Shortlist;
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

  /**
   * A scorer over one model, or the average of several with the same target vocabulary; with
   * {@code shortlist} (the first model's) the output layer is cut to it for every model.
   */
  public static StepScorer scorer(List<TrainedModel> models, Shortlist shortlist) {
    List<StepScorer> scorers = new ArrayList<>();
    Vocabulary target = models.get(0).targetVocabulary();
    for (TrainedModel m : models) {
      if (!m.targetVocabulary().tokens().equals(target.tokens())) {
        throw new IllegalArgumentException(
            "models of an ensemble must have the same target vocabulary");
      }
      scorers.add(scorer(m, shortlist));
    }
    return scorers.size() == 1 ? scorers.get(0) : new EnsembleScorer(scorers);
  }

  /** A scorer over one model, with a shortlist or (null) the whole vocabulary. */
  public static ModelStepScorer scorer(TrainedModel model, Shortlist shortlist) {
    return new ModelStepScorer(model.model(), model.stepDecoder(), model.manager(),
        Vocabulary.BOS, Vocabulary.EOS, shortlist);
  }

  /**
   * The shortlist of {@code model}'s directory.
   *
   * @throws IOException if it has none (the message says how to build one) or it is malformed
   */
  public static Shortlist shortlist(TrainedModel model) throws IOException {
    return model.shortlist().orElseThrow(() -> new IOException("model directory "
        + model.directory() + " has no " + Shortlist.FILE
        + "; build one with: s2s shortlist build --model " + model.directory()));
  }

  /**
   * {@code threads} translators sharing the models, each with its own scorers; with
   * {@code shortlist}, the output layer is cut to it (null: the whole vocabulary).
   */
  public static List<SentenceTranslator> create(List<TrainedModel> models, TextCodec codec,
      SearchStrategy search, int threads, boolean replaceUnknown, Shortlist shortlist) {
    List<SentenceTranslator> translators = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      translators.add(new SearchTranslator(codec, scorer(models, shortlist), search,
          replaceUnknown));
    }
    return translators;
  }
}
