package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import java.util.Objects;

/**
 * What the decoder needs for scheduled sampling (Bengio et al., 2015): which inputs are gold and
 * how the model's own token is picked where they are not.
 *
 * @param goldMask (B,T) float, 1 = feed the gold input token, 0 = feed the model's own pick
 * @param sampler how the model's own token is picked from the previous step's logits
 */
public record ScheduledSampling(NDArray goldMask, TokenSampler sampler) {

  public ScheduledSampling {
    Objects.requireNonNull(goldMask, "goldMask");
    Objects.requireNonNull(sampler, "sampler");
  }
}
