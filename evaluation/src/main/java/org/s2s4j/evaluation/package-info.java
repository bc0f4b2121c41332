/**
 * Shared evaluation types: {@link org.s2s4j.evaluation.Metric} (statistics per segment first,
 * then one reduction), {@link org.s2s4j.evaluation.MetricResult} and the reproducibility
 * {@link org.s2s4j.evaluation.Signature}.
 */
package org.s2s4j.evaluation;
