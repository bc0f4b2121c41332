/**
 * The attention LSTM encoder–decoder on DJL: {@link org.s2s4j.seq2seq.Seq2SeqModel} (encoder,
 * bridge, attention decoder; training forward and step-wise inference), its
 * {@link org.s2s4j.seq2seq.Encoder} contract, the masked cross-entropy, and loading a trained model
 * directory.
 */
package org.s2s4j.seq2seq;
