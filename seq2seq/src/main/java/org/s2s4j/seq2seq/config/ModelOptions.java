package org.s2s4j.seq2seq.config;

import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;

/** The {@code model} section: the architecture without the vocabulary sizes. */
public record ModelOptions(int embeddingSize, int encoderSize, int encoderLayers, int decoderSize,
    int decoderLayers, AttentionType attention, boolean inputFeeding, boolean tieEmbeddings, float dropout) {

  /** The full architecture for the given vocabulary sizes (validated). */
  public ModelConfig toConfig(int sourceVocabSize, int targetVocabSize) {
    return new ModelConfig(sourceVocabSize, targetVocabSize, embeddingSize, encoderSize, encoderLayers,
        decoderSize, decoderLayers, attention, inputFeeding, tieEmbeddings, dropout);
  }
}
