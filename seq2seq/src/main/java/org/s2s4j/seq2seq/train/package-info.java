/**
 * Training: the per-batch {@link org.s2s4j.seq2seq.train.TrainingStep} (teacher forcing or scheduled
 * sampling, masked loss, global-norm clipping, Adam/SGD), the
 * {@link org.s2s4j.seq2seq.train.TrainingRun} loop (dev evaluation, plateau decay, early stopping,
 * stopping limits, logs and plots), atomic {@link org.s2s4j.seq2seq.train.Checkpoints} with exact
 * resume, and {@link org.s2s4j.seq2seq.train.Seq2SeqTraining}, which sets a run up from its
 * configuration.
 */
package org.s2s4j.seq2seq.train;
