package org.s2s4j.evaluation.significance;

import java.util.OptionalDouble;

/**
 * One system's outcome of a paired test: its real score, the p-value of its difference from the
 * baseline (empty for the baseline itself) and, where estimated, the mean of the resampled scores
 * with half the width of their 95% confidence interval.
 */
public record SystemResult(String system, double score, OptionalDouble pValue,
    OptionalDouble mean, OptionalDouble ci) {}
