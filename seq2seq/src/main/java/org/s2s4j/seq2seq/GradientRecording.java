package org.s2s4j.seq2seq;

import ai.djl.mxnet.engine.MxGradientCollector;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Pauses the engine's gradient recording on the current thread, for work inside a gradient
 * collector whose results are constants for the gradient (the first pass of scheduled sampling).
 * Without the pause, MXNet and PyTorch record every operator of that work for a backward pass that
 * never reaches it. DJL has no engine-neutral switch, so this names the two engines s2s4j runs on;
 * on any other engine it does nothing, which costs time but not correctness.
 */
final class GradientRecording implements AutoCloseable {

  private final Runnable resume;

  private GradientRecording(Runnable resume) {
    this.resume = resume;
  }

  /** Pauses recording on the engine of {@code manager} until {@link #close()}. */
  static GradientRecording pause(NDManager manager) {
    switch (manager.getEngine().getEngineName()) {
      case "MXNet" -> {
        boolean was = MxGradientCollector.setRecording(false);
        return new GradientRecording(() -> MxGradientCollector.setRecording(was));
      }
      case "PyTorch" -> {
        boolean was = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        return new GradientRecording(() -> JniUtils.setGradMode(was));
      }
      default -> {
        return new GradientRecording(() -> { });
      }
    }
  }

  @Override
  public void close() {
    resume.run();
  }
}
