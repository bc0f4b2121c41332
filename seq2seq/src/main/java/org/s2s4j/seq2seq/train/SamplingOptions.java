package org.s2s4j.seq2seq.train;

import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.sampling.SamplingSchedule;

/**
 * Scheduled sampling settings.
 *
 * @param schedule eps_i, the probability of feeding the gold token
 * @param unit what i counts
 * @param scope per token or per sequence coin
 * @param sampler how the model's own token is chosen
 */
public record SamplingOptions(SamplingSchedule schedule, ScheduleUnit unit, SamplingScope scope,
    TokenSampler sampler) {

  /** eps for global step {@code step} (0-based) in epoch {@code epoch} (1-based). */
  public double epsilon(long step, int epoch) {
    return schedule.epsilon(unit == ScheduleUnit.STEP ? step : epoch - 1L);
  }
}
