/**
 * Search over a sequence-to-sequence model, in plain Java: greedy and batched beam search,
 * length normalisation, coverage penalty, length limits, n-best lists, repeated n-gram blocking,
 * ensembles, forced decoding and unknown-word replacement.
 *
 * <p>The search talks to a model only through {@link org.s2s4j.decoding.StepScorer} (a batch of
 * rows in, next-token log-probabilities and attention out) and selects candidates through
 * {@link org.s2s4j.decoding.TopK}, so every algorithm here can be tested against a hand-built
 * probability table; the DJL adapter lives in {@code org.s2s4j.seq2seq.inference}.
 */
package org.s2s4j.decoding;
