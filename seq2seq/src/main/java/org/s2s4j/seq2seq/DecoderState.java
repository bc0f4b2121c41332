package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The decoder's recurrent state after some steps, one row per hypothesis.
 *
 * @param hidden one (R,H) hidden state per decoder layer, bottom first
 * @param cell one (R,H) cell state per decoder layer, bottom first
 * @param attentional (R,A) the last attentional vector (zeros before the first step); fed back
 *     to the input when input feeding is on
 */
public record DecoderState(NDList hidden, NDList cell, NDArray attentional) {

  /** A copy with rows gathered by the int32 index array {@code rows}. */
  public DecoderState select(NDArray rows) {
    NDList h = new NDList(hidden.size());
    NDList c = new NDList(cell.size());
    for (int l = 0; l < hidden.size(); l++) {
      h.add(Rows.select(hidden.get(l), rows));
      c.add(Rows.select(cell.get(l), rows));
    }
    return new DecoderState(h, c, Rows.select(attentional, rows));
  }
}
