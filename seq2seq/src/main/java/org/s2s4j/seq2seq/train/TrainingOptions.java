package org.s2s4j.seq2seq.train;

import java.time.Duration;

/**
 * Optimisation and stopping settings of one training run; immutable, validated once.
 *
 * @param optimizer Adam or SGD
 * @param learningRate peak learning rate
 * @param beta1 Adam beta1 (SGD: momentum)
 * @param beta2 Adam beta2
 * @param warmupSteps linear warm-up from 0 to the peak over this many steps (0: none)
 * @param decayFactor multiply the learning rate by this when the dev metric does not improve for
 *     {@code decayPatience} evaluations
 * @param decayPatience evaluations without improvement before a decay
 * @param minLearningRate the learning rate never decays below this
 * @param clipNorm clip gradients to this global L2 norm (0: off)
 * @param labelSmoothing label smoothing of the loss
 * @param maxEpochs stop after this many epochs
 * @param maxSteps stop after this many steps (0: no limit)
 * @param maxTime stop after this much training time (zero: no limit)
 * @param stopMetric the dev metric for best checkpoint, decay and early stopping
 * @param patience stop after this many evaluations without improvement (0: never)
 * @param checkpointEvery also write a checkpoint every this many steps (0: only at evaluations)
 * @param evalEvery evaluate on dev (and checkpoint) every this many steps (0: at the end of each
 *     epoch)
 * @param keepLast keep this many most recent checkpoints besides the best
 * @param seed seed of every random choice (initialisation, batches, dropout, sampling)
 * @param maxDecodeLength longest greedy dev hypothesis in tokens, as {@code s2s translate --max-length}
 *     (0: that option's default)
 * @param attentionPenalty weight of Show, Attend and Tell's doubly stochastic attention penalty
 *     (0: off; see {@link TrainingStep})
 */
public record TrainingOptions(
    OptimizerKind optimizer,
    float learningRate,
    float beta1,
    float beta2,
    int warmupSteps,
    float decayFactor,
    int decayPatience,
    float minLearningRate,
    float clipNorm,
    float labelSmoothing,
    int maxEpochs,
    long maxSteps,
    Duration maxTime,
    StopMetric stopMetric,
    int patience,
    int checkpointEvery,
    int evalEvery,
    int keepLast,
    long seed,
    int maxDecodeLength,
    float attentionPenalty) {

  /** Validates ranges; messages name the configuration key. */
  public TrainingOptions {
    check(learningRate > 0 && Float.isFinite(learningRate), "training.learning_rate must be > 0, got " + learningRate);
    check(beta1 >= 0 && beta1 < 1, "training.beta1 must be in [0, 1), got " + beta1);
    check(beta2 >= 0 && beta2 < 1, "training.beta2 must be in [0, 1), got " + beta2);
    check(warmupSteps >= 0, "training.warmup_steps must be >= 0, got " + warmupSteps);
    check(decayFactor > 0 && decayFactor <= 1, "training.decay_factor must be in (0, 1], got " + decayFactor);
    check(decayPatience >= 1, "training.decay_patience must be >= 1, got " + decayPatience);
    check(minLearningRate >= 0, "training.min_learning_rate must be >= 0, got " + minLearningRate);
    check(clipNorm >= 0, "training.clip_norm must be >= 0, got " + clipNorm);
    check(labelSmoothing >= 0 && labelSmoothing < 1, "training.label_smoothing must be in [0, 1), got "
        + labelSmoothing);
    check(maxEpochs >= 1, "training.max_epochs must be >= 1, got " + maxEpochs);
    check(maxSteps >= 0, "training.max_steps must be >= 0, got " + maxSteps);
    check(!maxTime.isNegative(), "training.max_time must not be negative, got " + maxTime);
    check(patience >= 0, "training.patience must be >= 0, got " + patience);
    check(checkpointEvery >= 0, "training.checkpoint_every must be >= 0, got " + checkpointEvery);
    check(evalEvery >= 0, "training.eval_every must be >= 0, got " + evalEvery);
    check(keepLast >= 1, "training.keep_last must be >= 1, got " + keepLast);
    check(attentionPenalty >= 0 && Float.isFinite(attentionPenalty),
        "training.attention_penalty must be >= 0, got " + attentionPenalty);
    check(maxDecodeLength >= 0, "training.max_decode_length must be >= 0, got " + maxDecodeLength);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
