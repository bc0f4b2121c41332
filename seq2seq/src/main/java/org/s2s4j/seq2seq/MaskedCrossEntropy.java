package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * Token-level cross-entropy averaged over real (unmasked) target tokens, with optional label
 * smoothing: {@code loss_t = (1 - ls) * -log p(y_t) + ls * mean_v(-log p(v))}. Padded positions
 * count neither in the sum nor in the denominator.
 */
public final class MaskedCrossEntropy {

  private final float smoothing;

  /** A loss with label smoothing {@code ls} in [0, 1). */
  public MaskedCrossEntropy(float smoothing) {
    if (!(smoothing >= 0 && smoothing < 1)) {
      throw new IllegalArgumentException("label smoothing must be in [0, 1), got " + smoothing);
    }
    this.smoothing = smoothing;
  }

  /**
   * Mean loss over real tokens: logits (B,T,V), labels (B,T) int32, mask (B,T) float (1 real, 0
   * padding), {@code tokens} = number of real tokens (the mask's sum, known on the host).
   */
  public NDArray loss(NDArray logits, NDArray labels, NDArray mask, long tokens) {
    long v = logits.getShape().get(2);
    NDArray logp3 = logits.logSoftmax(-1);
    NDArray logp = logp3.reshape(-1, v);
    // Each (B,T,V) array costs as much as the logits (160 MB for 64 x 80 x 7,859); the autograd
    // graph keeps what the backward pass needs, so the handles are freed as soon as they are used
    // rather than with the batch's manager (on MXNet a reshape is a copy).
    logp3.close();
    NDArray flatLabels = labels.reshape(-1);
    NDArray nll = logp.get(new NDIndex().addAllDim().addPickDim(flatLabels)).reshape(-1).neg();
    NDArray perToken = smoothing == 0 ? nll
        : nll.mul(1 - smoothing).add(logp.mean(new int[] {-1}).neg().mul(smoothing));
    logp.close();
    return perToken.mul(mask.reshape(-1)).sum().div((float) tokens);
  }
}
