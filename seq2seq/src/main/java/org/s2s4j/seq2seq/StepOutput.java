package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;

/**
 * The result of one decoder step.
 *
 * @param logits (R,V) float32 unnormalised scores (apply {@code logSoftmax(-1)} for log-probs)
 * @param attention (R,S) attention weights; they sum to 1 over the real source positions and are
 *     0 at padding
 * @param state the next decoder state
 */
public record StepOutput(NDArray logits, NDArray attention, DecoderState state) {}
