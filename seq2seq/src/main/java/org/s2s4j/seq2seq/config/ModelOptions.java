package org.s2s4j.seq2seq.config;

import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;

/** The {@code model} section: the architecture without the vocabulary sizes. */
public record ModelOptions(int embeddingSize, int encoderSize, int encoderLayers, int decoderSize,
    int decoderLayers, AttentionType attention, boolean inputFeeding, boolean tieEmbeddings, float dropout) {

  /** The full architecture of a text model for the given vocabulary sizes (validated). */
  public ModelConfig toConfig(int sourceVocabSize, int targetVocabSize) {
    if (attention == AttentionType.DOT && decoderSize != 2 * encoderSize) {
      throw new IllegalArgumentException("dot attention needs model.decoder_size = 2 x model.encoder_size (got "
          + decoderSize + " and " + encoderSize + "); use general or bahdanau attention");
    }
    return new ModelConfig(sourceVocabSize, targetVocabSize, embeddingSize, encoderSize, encoderLayers,
        decoderSize, decoderLayers, attention, inputFeeding, tieEmbeddings, dropout);
  }
}
