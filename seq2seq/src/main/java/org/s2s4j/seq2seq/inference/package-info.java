/**
 * The DJL side of decoding: a {@link org.s2s4j.decoding.StepScorer} over a trained
 * {@code Seq2SeqModel}, the text codec of a trained model, and a DJL {@code Translator} so that an
 * application can translate strings through DJL's {@code Criteria}/{@code Predictor} API.
 */
package org.s2s4j.seq2seq.inference;
