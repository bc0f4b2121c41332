package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;

/** The step count and per-parameter state that every optimizer checkpoints and restores. */
abstract class StatefulOptimizer implements Optimizer {

  /** Per-parameter arrays (moments, momentum), keyed by kind and parameter name. */
  protected final Map<String, NDArray> state = new LinkedHashMap<>();

  /** Completed steps. */
  protected long steps;

  @Override
  public void endStep() {
    steps++;
  }

  @Override
  public Map<String, NDArray> state() {
    return state;
  }

  @Override
  public long steps() {
    return steps;
  }

  @Override
  public void restore(Map<String, NDArray> saved, long savedSteps) {
    state.clear();
    state.putAll(saved);
    steps = savedSteps;
  }
}
