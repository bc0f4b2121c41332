package org.s2s4j.seq2seq.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.s2s4j.decoding.HostStepScores;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.StepScores;
import org.s2s4j.seq2seq.DecoderState;
import org.s2s4j.seq2seq.EncoderOutput;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.SourceArrays;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.StepOutput;

/**
 * A {@link StepScorer} over a {@link Seq2SeqModel}'s inference API. Sources become one batch
 * through {@link SourceArrays} (token ids padded with 0 by default, or image rows of a feature
 * table) and are encoded once; each step runs one decoder step ({@link StepDecoder}) for all
 * rows, takes the log-softmax on the engine and copies the log-probabilities and attention to
 * Java (where top-k is fastest on MXNet-CPU). With a {@link Shortlist} the output layer of each
 * batch is cut to the union of its sentences' candidates, and each row's log-softmax runs over
 * its own sentence's candidates only (the others are masked to minus infinity), so that a
 * sentence's output does not depend on the batch it is decoded in. The arrays of the live batch sit in one sub-manager that is replaced at
 * every step, so intermediate arrays are freed step by step and memory does not grow with the
 * output length. Not thread-safe: use one per thread (they can share the model).
 */
public final class ModelStepScorer implements StepScorer {

  private final Seq2SeqModel model;
  private final StepDecoder decoder;
  private final Shortlist shortlist;
  private final NDManager manager;
  private final int vocabularySize;
  private final int bos;
  private final int eos;
  private final SourceArrays sources;
  private NDManager live;
  private EncoderOutput encoded;
  private DecoderState state;
  private StepDecoder.OutputLayer output;
  private int[] tokens;
  private NDArray mask;
  private int width;

  /**
   * @param decoder {@code model}'s step decoder (the caller closes it)
   * @param manager the manager the batches' sub-managers are made from (on the model's device)
   * @param shortlist the shortlist to cut the output layer to, or null for the whole vocabulary
   */
  public ModelStepScorer(Seq2SeqModel model, StepDecoder decoder, NDManager manager, int bos,
      int eos, Shortlist shortlist) {
    this(model, decoder, manager, bos, eos, shortlist, SourceArrays.TOKENS);
  }

  /**
   * A scorer whose sources become encoder input through {@code sources} (e.g. image rows of a
   * feature table); a shortlist needs token sources.
   */
  public ModelStepScorer(Seq2SeqModel model, StepDecoder decoder, NDManager manager, int bos,
      int eos, Shortlist shortlist, SourceArrays sources) {
    if (shortlist != null
        && shortlist.targetVocabularySize() != model.config().targetVocabSize()) {
      throw new IllegalArgumentException("the shortlist is for a target vocabulary of "
          + shortlist.targetVocabularySize() + " tokens, the model has "
          + model.config().targetVocabSize());
    }
    this.sources = sources;
    this.model = model;
    this.decoder = decoder;
    this.shortlist = shortlist;
    this.manager = manager;
    this.vocabularySize = model.config().targetVocabSize();
    this.bos = bos;
    this.eos = eos;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public int eosId() {
    return eos;
  }

  @Override
  public int bosId() {
    return bos;
  }

  @Override
  public void start(List<int[]> sources) {
    close();
    int rows = sources.size();
    live = manager.newSubManager();
    NDList arrays;
    try {
      arrays = this.sources.create(live, sources);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    width = (int) arrays.get(0).getShape().get(1);
    encoded = model.encode(arrays.get(0), arrays.get(1));
    state = model.initialState(encoded);
    if (shortlist == null) {
      tokens = null;
      mask = null;
      output = decoder.outputLayer();
    } else {
      tokens = shortlist.candidates(sources);
      output = decoder.outputLayer(live.create(tokens));
      mask = live.create(ownCandidates(sources, tokens), new Shape(rows, tokens.length));
    }
  }

  @Override
  public StepScores step(int[] previousTokens) {
    NDManager next = manager.newSubManager();
    StepOutput out = decoder.step(encoded, state, live.create(previousTokens), output);
    NDArray logits = mask == null ? out.logits() : out.logits().add(mask);
    NDArray logProbs = logits.logSoftmax(-1);
    float[] hostLogProbs = logProbs.toFloatArray();
    float[] hostAttention = out.attention().toFloatArray();
    state = keep(out.state(), next);
    encoded = keep(encoded, next);
    keepOutput(next);
    live.close();
    live = next;
    return new HostStepScores(previousTokens.length, vocabularySize, tokens, width, hostLogProbs,
        hostAttention);
  }

  @Override
  public void select(int[] parents) {
    NDManager next = manager.newSubManager();
    NDArray rows = live.create(parents);
    encoded = keep(encoded.select(rows), next);
    state = keep(state.select(rows), next);
    if (mask != null) {
      mask = mask.get(new NDIndex("{}", rows));
    }
    keepOutput(next);
    live.close();
    live = next;
  }

  @Override
  public void close() {
    if (live != null) {
      live.close();
      live = null;
      encoded = null;
      state = null;
      output = null;
      mask = null;
    }
  }

  /**
   * Per source (row) and column of the batch's candidates {@code tokens}: 0 where the column is
   * one of that sentence's own candidates, minus infinity elsewhere.
   */
  private float[] ownCandidates(List<int[]> sources, int[] tokens) {
    float[] bias = new float[sources.size() * tokens.length];
    for (int r = 0; r < sources.size(); r++) {
      int[] own = shortlist.candidates(List.of(sources.get(r)));
      int o = 0;
      for (int c = 0; c < tokens.length; c++) {
        while (o < own.length && own[o] < tokens[c]) {
          o++;
        }
        bias[r * tokens.length + c] = o < own.length && own[o] == tokens[c] ? 0f
            : Float.NEGATIVE_INFINITY;
      }
    }
    return bias;
  }

  /** A shortlist's output layer belongs to the batch: it moves with the live arrays. */
  private void keepOutput(NDManager m) {
    if (tokens != null) {
      output.attach(m);
      mask.attach(m);
    }
  }

  private static EncoderOutput keep(EncoderOutput e, NDManager m) {
    e.states().attach(m);
    e.keys().attach(m);
    e.maskBias().attach(m);
    e.finalState().attach(m);
    return e;
  }

  private static DecoderState keep(DecoderState s, NDManager m) {
    s.hidden().attach(m);
    s.cell().attach(m);
    s.attentional().attach(m);
    return s;
  }
}
