package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;

/**
 * What the decoder attends to: one row per source sentence (or per beam hypothesis after
 * {@link #select}).
 *
 * @param states encoder outputs (R,S,D)
 * @param keys attention keys derived from {@code states} by the decoder's attention: (R,K,S) for
 *     dot and general attention, (R,S,K) for Bahdanau attention
 * @param maskBias (R,1,S) float: 0 at real source positions, -1e9 at padding
 * @param finalState (R,D) the encoder's summary of each sentence: forward state at its last real
 *     token and backward state at its first token
 */
public record EncoderOutput(NDArray states, NDArray keys, NDArray maskBias, NDArray finalState) {

  /** A copy with rows gathered by the int32 index array {@code rows} (R'), e.g. for beam search. */
  public EncoderOutput select(NDArray rows) {
    return new EncoderOutput(Rows.select(states, rows), Rows.select(keys, rows), Rows.select(maskBias, rows),
        Rows.select(finalState, rows));
  }

  /** Number of rows. */
  public long rows() {
    return states.getShape().get(0);
  }
}
