package org.s2s4j.corpora.features;

/**
 * How a three-dimensional per-image feature grid is laid out. Two-dimensional arrays are always
 * {@code (N, C)}: N positions or regions of C channels.
 */
public enum GridLayout {
  /** {@code (H, W, C)}: self-critical.pytorch's {@code att} files, TensorFlow's NHWC. */
  CHANNELS_LAST,
  /** {@code (C, H, W)}: a PyTorch CNN's output as it comes, NCHW without the batch axis. */
  CHANNELS_FIRST
}
