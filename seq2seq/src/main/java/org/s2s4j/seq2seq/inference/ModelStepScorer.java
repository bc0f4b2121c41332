package org.s2s4j.seq2seq.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.s2s4j.decoding.HostStepScores;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.StepScores;
import org.s2s4j.seq2seq.DecoderState;
import org.s2s4j.seq2seq.EncoderOutput;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.SourceArrays;
import org.s2s4j.seq2seq.StepOutput;

/**
 * A {@link StepScorer} over a {@link Seq2SeqModel}'s inference API. Sources become one batch
 * through {@link SourceArrays} (token ids padded with 0 by default) and are encoded once; each
 * step runs one decoder step for all rows, takes the
 * log-softmax on the engine and copies the log-probabilities and attention to Java (where top-k
 * is fastest on MXNet-CPU). The arrays of the live batch sit in one sub-manager that is replaced at
 * every step, so intermediate arrays are freed step by step and memory does not grow with the
 * output length. Not thread-safe: use one per thread (they can share the model).
 */
public final class ModelStepScorer implements StepScorer {

  private final Seq2SeqModel model;
  private final NDManager manager;
  private final int vocabularySize;
  private final int bos;
  private final int eos;
  private final SourceArrays sources;
  private NDManager live;
  private EncoderOutput encoded;
  private DecoderState state;
  private int width;

  /**
   * @param manager the manager the batches' sub-managers are made from (on the model's device)
   */
  public ModelStepScorer(Seq2SeqModel model, NDManager manager, int bos, int eos) {
    this(model, manager, bos, eos, SourceArrays.TOKENS);
  }

  /**
   * A scorer whose sources become encoder input through {@code sources} (e.g. image rows of a
   * feature table).
   */
  public ModelStepScorer(Seq2SeqModel model, NDManager manager, int bos, int eos, SourceArrays sources) {
    this.sources = sources;
    this.model = model;
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
  }

  @Override
  public StepScores step(int[] previousTokens) {
    NDManager next = manager.newSubManager();
    StepOutput out = model.step(encoded, state, live.create(previousTokens));
    NDArray logProbs = out.logits().logSoftmax(-1);
    float[] hostLogProbs = logProbs.toFloatArray();
    float[] hostAttention = out.attention().toFloatArray();
    state = keep(out.state(), next);
    encoded = keep(encoded, next);
    live.close();
    live = next;
    return new HostStepScores(previousTokens.length, vocabularySize, width, hostLogProbs,
        hostAttention);
  }

  @Override
  public void select(int[] parents) {
    NDManager next = manager.newSubManager();
    NDArray rows = live.create(parents);
    encoded = keep(encoded.select(rows), next);
    state = keep(state.select(rows), next);
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
