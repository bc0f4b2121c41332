package org.s2s4j.seq2seq.train;

/**
 * One evaluation point of a run (end of an epoch, or the last partial epoch).
 *
 * @param epoch 1-based epoch
 * @param step global steps done
 * @param seconds training wall time so far
 * @param trainLoss mean training loss per token over the epoch's steps
 * @param devPerplexity teacher-forced dev perplexity
 * @param devBleu greedy dev BLEU (NaN when no scorer is configured)
 * @param epsilon scheduled-sampling eps at the last step
 * @param learningRate learning rate at the last step
 * @param tokensPerSecond target tokens per second of training over the epoch
 */
public record EpochRecord(int epoch, long step, double seconds, double trainLoss, double devPerplexity,
    double devBleu, double epsilon, double learningRate, double tokensPerSecond) {}
