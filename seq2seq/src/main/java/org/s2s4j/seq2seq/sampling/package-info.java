/**
 * Scheduled sampling (Bengio et al., 2015): the {@link org.s2s4j.seq2seq.sampling.SamplingSchedule}
 * giving the gold-token probability per step or epoch, and its constant, linear, exponential and
 * inverse sigmoid implementations.
 */
package org.s2s4j.seq2seq.sampling;
