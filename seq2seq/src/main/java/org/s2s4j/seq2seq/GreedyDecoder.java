package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy decoding with the inference API (training=false, no gradient collector), used for dev
 * BLEU during training; beam search lives in the decoding module.
 */
public final class GreedyDecoder {

  private static final int BOS = 2;
  private static final int EOS = 3;

  private final Seq2SeqModel model;
  private final int maxLength;

  /** Decodes with {@code model}, stopping each hypothesis at EOS or after {@code maxLength} tokens. */
  public GreedyDecoder(Seq2SeqModel model, int maxLength) {
    this.model = model;
    this.maxLength = maxLength;
  }

  /** The hypotheses (without BOS/EOS) for non-empty source id sequences, in input order. */
  public List<int[]> decode(NDManager manager, List<int[]> sources) {
    int b = sources.size();
    int width = sources.stream().mapToInt(s -> s.length).max().orElse(1);
    int[] flat = new int[b * width];
    int[] lengths = new int[b];
    for (int r = 0; r < b; r++) {
      int[] s = sources.get(r);
      if (s.length == 0) {
        throw new IllegalArgumentException("empty source sentence at row " + r);
      }
      System.arraycopy(s, 0, flat, r * width, s.length);
      lengths[r] = s.length;
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int r = 0; r < b; r++) {
      out.add(new ArrayList<>());
    }
    try (NDManager sub = manager.newSubManager()) {
      EncoderOutput enc = model.encode(sub.create(flat, new Shape(b, width)), sub.create(lengths));
      DecoderState state = model.initialState(enc);
      int[] previous = new int[b];
      java.util.Arrays.fill(previous, BOS);
      boolean[] done = new boolean[b];
      int finished = 0;
      for (int t = 0; t < maxLength && finished < b; t++) {
        try (NDManager stepManager = sub.newSubManager()) {
          StepOutput step = model.step(enc, state, stepManager.create(previous));
          int[] next = step.logits().argMax(-1).toType(DataType.INT32, false).toIntArray();
          for (int r = 0; r < b; r++) {
            if (done[r]) {
              continue;
            }
            if (next[r] == EOS) {
              done[r] = true;
              finished++;
            } else {
              out.get(r).add(next[r]);
            }
          }
          previous = next;
          state = keep(step.state(), sub);
        }
      }
    }
    List<int[]> result = new ArrayList<>(b);
    for (List<Integer> h : out) {
      result.add(h.stream().mapToInt(Integer::intValue).toArray());
    }
    return result;
  }

  private static DecoderState keep(DecoderState state, NDManager manager) {
    state.hidden().attach(manager);
    state.cell().attach(manager);
    state.attentional().attach(manager);
    return state;
  }
}
