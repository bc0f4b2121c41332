package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * Turns a batch of inputs into the states the attention decoder reads. The text encoder embeds
 * token ids; an image-feature encoder can implement the same contract and reuse the decoder.
 */
public interface Encoder extends Block {

  /** Size D of each encoder state. */
  int outputSize();

  /**
   * Encodes (B,S) inputs with (B) int32 lengths; returns states (B,S,D) and the final (B,D)
   * summary. Keys and mask are left to the caller: {@code keys} and {@code maskBias} are null.
   */
  EncoderOutput encode(ParameterStore ps, NDArray source, NDArray sourceLengths, boolean training);
}
