/**
 * Paired significance tests between systems with sacreBLEU's semantics: paired bootstrap
 * resampling ({@link org.s2s4j.evaluation.significance.PairedBootstrap}) and approximate
 * randomization ({@link org.s2s4j.evaluation.significance.ApproximateRandomization}).
 *
 * <p>To reproduce sacreBLEU's p-values and confidence intervals bit for bit, the random index
 * stream is NumPy's: {@link org.s2s4j.evaluation.significance.NumpyRandom} ports
 * {@code numpy.random.default_rng(seed)} (SeedSequence, PCG64, Lemire's bounded integers).
 */
package org.s2s4j.evaluation.significance;
