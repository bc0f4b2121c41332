package org.s2s4j.seq2seq;

/**
 * The architecture of a {@link Seq2SeqModel}; immutable and validated on construction.
 *
 * @param sourceVocabSize source vocabulary size (including the special tokens)
 * @param targetVocabSize target vocabulary size (including the special tokens)
 * @param embeddingSize size of source and target embeddings
 * @param encoderSize hidden size of each direction of the bidirectional text encoder; for
 *     {@link GridFeatureEncoder} the size of the projected grid
 * @param encoderLayers number of stacked bidirectional encoder layers
 * @param decoderSize hidden size of the decoder LSTM
 * @param decoderLayers number of stacked decoder layers
 * @param attention the attention score function
 * @param inputFeeding feed the previous attentional vector to the decoder input (Luong et al.)
 * @param tieTargetEmbeddings share the target embedding matrix with the output projection; the
 *     attentional vector then has the embedding size
 * @param dropout dropout rate on embeddings, between layers and before the output layer
 */
public record ModelConfig(
    int sourceVocabSize,
    int targetVocabSize,
    int embeddingSize,
    int encoderSize,
    int encoderLayers,
    int decoderSize,
    int decoderLayers,
    AttentionType attention,
    boolean inputFeeding,
    boolean tieTargetEmbeddings,
    float dropout) {

  /**
   * Validates every size. Whether dot attention fits depends on the encoder: the decoder checks
   * it ({@link AttentionDecoder}).
   */
  public ModelConfig {
    positive("source vocabulary size", sourceVocabSize);
    positive("target vocabulary size", targetVocabSize);
    positive("model.embedding_size", embeddingSize);
    positive("model.encoder_size", encoderSize);
    positive("model.encoder_layers", encoderLayers);
    positive("model.decoder_size", decoderSize);
    positive("model.decoder_layers", decoderLayers);
    if (attention == null) {
      throw new IllegalArgumentException("model.attention must be set");
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("model.dropout must be in [0, 1), got " + dropout);
    }
  }

  /** Size of the attentional vector fed to the output layer. */
  public int attentionalSize() {
    return tieTargetEmbeddings ? embeddingSize : decoderSize;
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }
}
