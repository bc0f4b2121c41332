package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.Map;

/**
 * A parameter update rule whose whole state (moments, update count) can be checkpointed and
 * restored exactly.
 */
public interface Optimizer {

  /**
   * Updates {@code parameter} in place from {@code gradientScale} times {@code gradient} with
   * learning rate {@code lr} (the scale is how clipping reaches the fused update).
   */
  void update(Parameter parameter, NDArray gradient, float lr, float gradientScale);

  /** Marks the end of one training step (all parameters updated). */
  void endStep();

  /** The named state arrays to checkpoint (created lazily; may be empty before the first step). */
  Map<String, NDArray> state();

  /** Number of completed steps. */
  long steps();

  /** Restores state saved from {@link #state()} and {@link #steps()}. */
  void restore(Map<String, NDArray> state, long steps);
}
