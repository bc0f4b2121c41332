package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * Turns a batch of inputs into the states the attention decoder reads. The text encoder embeds
 * token ids; an image-feature encoder can implement the same contract and reuse the decoder.
 */
public interface Encoder extends Block {

  /** Size D of each encoder state. */
  int outputSize();

  /** The shape of a one-row source, for initialisation: (1,1) token ids by default. */
  default Shape sourceShape() {
    return new Shape(1, 1);
  }

  /**
   * Encodes (B,S) inputs (or (B,S,C) for feature grids) with (B) int32 lengths; returns states
   * (B,S,D) and the final (B,D) summary. Keys and mask are left to the caller: {@code keys} and
   * {@code maskBias} are null.
   */
  EncoderOutput encode(ParameterStore ps, NDArray source, NDArray sourceLengths, boolean training);
}
