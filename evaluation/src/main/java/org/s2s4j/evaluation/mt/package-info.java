/**
 * Machine translation metrics that give sacreBLEU's numbers: {@link org.s2s4j.evaluation.mt.Bleu}
 * (corpus and sentence BLEU), {@link org.s2s4j.evaluation.mt.Chrf} (chrF and chrF++) and
 * {@link org.s2s4j.evaluation.mt.Ter}, with sacreBLEU's tokenizers
 * ({@link org.s2s4j.evaluation.mt.BleuTokenizers}).
 *
 * <p>Text is handled as Python does: strings are sequences of code points, whitespace is
 * Python's {@code str.isspace()} set and lower-casing is full Unicode lower-casing.
 */
package org.s2s4j.evaluation.mt;
