package org.s2s4j.evaluation.caption.meteor;

/**
 * One candidate word match: hypothesis word {@code hyp} with reference word {@code ref}, found by
 * {@code module}. All modules here match single words.
 *
 * @param module the module that found it
 * @param ref the reference word's index
 * @param hyp the hypothesis word's index
 */
public record MeteorMatch(MeteorModule module, int ref, int hyp) {
}
