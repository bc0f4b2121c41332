package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.Dropout;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Source embeddings and a stacked bidirectional LSTM. Each layer is a pair of unidirectional LSTMs:
 * the backward one reads each sentence reversed within its own length, so neither direction ever
 * reads padding and a sentence encodes the same however much it is padded. This layout also avoids
 * the broken fused bidirectional LSTM of DJL's PyTorch engine.
 */
public final class LstmTextEncoder extends AbstractBlock implements Encoder {

  private final Parameter embedding;
  private final List<LstmLayer> forward = new ArrayList<>();
  private final List<LstmLayer> backward = new ArrayList<>();
  private final int hidden;
  private final float dropout;

  /** An encoder for {@code config}'s source side. */
  public LstmTextEncoder(ModelConfig config) {
    hidden = config.encoderSize();
    dropout = config.dropout();
    embedding = addParameter(LstmLayer.weight("source_embedding", config.sourceVocabSize(),
        config.embeddingSize()));
    int input = config.embeddingSize();
    for (int l = 0; l < config.encoderLayers(); l++) {
      forward.add(new LstmLayer("encoder_l" + l + "_fwd", input, hidden, this::addParameter));
      backward.add(new LstmLayer("encoder_l" + l + "_bwd", input, hidden, this::addParameter));
      input = 2 * hidden;
    }
  }

  @Override
  public int outputSize() {
    return 2 * hidden;
  }

  @Override
  public EncoderOutput encode(ParameterStore ps, NDArray source, NDArray sourceLengths, boolean training) {
    int[] lengths = sourceLengths.toType(DataType.INT32, false).toIntArray();
    int batch = lengths.length;
    int width = (int) source.getShape().get(1);
    int[][] reverse = new int[batch][width];
    int[][] last = new int[batch][1];
    for (int b = 0; b < batch; b++) {
      if (lengths[b] < 1 || lengths[b] > width) {
        throw new IllegalArgumentException("source length " + lengths[b] + " of row " + b
            + " is outside 1.." + width);
      }
      for (int s = 0; s < width; s++) {
        reverse[b][s] = s < lengths[b] ? lengths[b] - 1 - s : s;
      }
      last[b][0] = lengths[b] - 1;
    }
    NDArray ids = source.toType(DataType.INT32, false);
    NDArray x = Embedding.embedding(ids, ps.getValue(embedding, source.getDevice(), training),
        SparseFormat.DENSE).head();
    x = dropout(x, training);
    NDManager manager = source.getManager();
    NDArray zeros = manager.zeros(new Shape(batch, hidden));
    NDArray fwd = null;
    NDArray bwd = null;
    for (int l = 0; l < forward.size(); l++) {
      if (l > 0) {
        x = dropout(x, training);
      }
      fwd = forward.get(l).sequence(ps, x, zeros, zeros, training).head();
      NDArray reversed = Rows.gather(x, reverse);
      bwd = Rows.gather(backward.get(l).sequence(ps, reversed, zeros, zeros, training).head(), reverse);
      x = fwd.concat(bwd, -1);
    }
    NDArray lastForward = Rows.gather(fwd, last).squeeze(1);
    NDArray firstBackward = bwd.get(":, 0, :");
    return new EncoderOutput(x, null, null, lastForward.concat(firstBackward, -1));
  }

  private NDArray dropout(NDArray x, boolean training) {
    return training && dropout > 0 ? Dropout.dropout(x, dropout, true).head() : x;
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    EncoderOutput out = encode(ps, inputs.get(0), inputs.get(1), training);
    return new NDList(out.states(), out.finalState());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long b = inputShapes[0].get(0);
    return new Shape[] {new Shape(b, inputShapes[0].get(1), 2L * hidden), new Shape(b, 2L * hidden)};
  }
}
