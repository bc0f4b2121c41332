package org.s2s4j.captioning.train;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.inference.ModelStepScorer;
import org.s2s4j.seq2seq.train.TrainingStep;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * Captions the images of a {@link FeatureTable} with the decoding module's batched greedy or beam
 * search, the one translation uses, over the model's {@link ModelStepScorer}. A caption is the
 * best hypothesis's words joined by spaces (the PTB-tokenized, lower-cased form the model learned).
 */
public final class CaptionDecoder {

  /** Images per search batch. */
  public static final int BATCH = 32;

  private final Seq2SeqModel model;
  private final NDManager manager;
  private final Vocabulary vocabulary;
  private final SearchOptions search;

  /** Decodes with beam {@code beam} (1: greedy) and at most {@code maxLength} words. */
  public CaptionDecoder(Seq2SeqModel model, NDManager manager, Vocabulary vocabulary, int beam, int maxLength) {
    this.model = model;
    this.manager = manager;
    this.vocabulary = vocabulary;
    this.search = SearchOptions.builder().beamSize(beam)
        .limits(new LengthLimits(1, 0.0, maxLength, 1.0, maxLength)).build();
  }

  /**
   * The captions of the images in rows {@code from .. to - 1} of {@code table}, in row order;
   * reports the images done after each batch.
   */
  public List<String> decode(FeatureTable table, int from, int to, IntConsumer progress) {
    SearchStrategy strategy = SearchStrategy.of(search);
    List<String> captions = new ArrayList<>(to - from);
    // A step decoder per call: its prepared weights are a snapshot of the parameters now.
    try (StepDecoder stepDecoder = model.stepDecoder(manager);
        ModelStepScorer scorer = new ModelStepScorer(model, stepDecoder, manager, TrainingStep.BOS,
            TrainingStep.EOS, null, table)) {
      for (int start = from; start < to; start += BATCH) {
        int end = Math.min(to, start + BATCH);
        for (List<Hypothesis> best : strategy.search(scorer, FeatureTable.sources(start, end))) {
          captions.add(String.join(" ", vocabulary.decode(best.get(0).tokens())));
        }
        progress.accept(end - from);
      }
    }
    return captions;
  }
}
