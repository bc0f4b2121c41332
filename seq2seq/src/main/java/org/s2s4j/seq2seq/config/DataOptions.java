package org.s2s4j.seq2seq.config;

import java.nio.file.Path;

/**
 * Where the training and dev data are and how they become batches (the {@code data} section).
 *
 * @param trainSource training source file
 * @param trainTarget training target file
 * @param devSource dev source file
 * @param devTarget dev target file (also the BLEU reference)
 * @param lowercase lowercase lines before splitting on whitespace
 * @param maxLength longer sentences are truncated
 * @param sourceVocabSize most frequent source words kept
 * @param targetVocabSize most frequent target words kept
 * @param minFrequency rarer words become unknown
 * @param batchTokens padded-token budget per batch (0: none)
 * @param batchSentences sentences per batch (0: no limit)
 * @param window read-ahead window for length sorting
 */
public record DataOptions(Path trainSource, Path trainTarget, Path devSource, Path devTarget, boolean lowercase,
    int maxLength, int sourceVocabSize, int targetVocabSize, int minFrequency, int batchTokens, int batchSentences,
    int window) {}
