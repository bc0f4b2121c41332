/**
 * The pieces of METEOR 1.5 (Denkowski and Lavie), rebuilt from the algorithm of the reference
 * implementation ({@code meteor-1.5.jar}, LGPL): its {@code -norm} text normalization
 * ({@link org.s2s4j.evaluation.caption.meteor.MeteorNormalizer}), its English function words
 * ({@link org.s2s4j.evaluation.caption.meteor.FunctionWords}), the exact, stem, synonym and
 * paraphrase matchers ({@link org.s2s4j.evaluation.caption.meteor.MeteorMatcher},
 * {@link org.s2s4j.evaluation.caption.meteor.ParaphraseTable}), the beam-search aligner
 * ({@link org.s2s4j.evaluation.caption.meteor.MeteorAligner}), the sufficient statistics
 * ({@link org.s2s4j.evaluation.caption.meteor.MeteorStats}) and the score formula
 * ({@link org.s2s4j.evaluation.caption.meteor.MeteorParameters}).
 *
 * <p>The caption metric that puts them together is
 * {@link org.s2s4j.evaluation.caption.MeteorCaptionMetric}. No code was copied from the
 * reference; where it has quirks that change scores (hash-keyed word equality, integer truncation
 * of weighted match counts in the aligner, a distance that is added to the wrong search path),
 * they are reproduced on purpose and named where they happen.
 */
package org.s2s4j.evaluation.caption.meteor;
