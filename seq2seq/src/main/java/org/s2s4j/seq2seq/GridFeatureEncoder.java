package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The encoder of Show, Attend and Tell (Xu et al., 2015) over image features: each of the N grid
 * positions (CNN cells or detector regions) of C channels is projected to the attention space,
 * {@code a_i = dropout(relu(W x_i + b))} (D = {@code model.encoder_size}), and the mean of the
 * projected positions is the summary from which the decoder's bridge makes its initial state
 * (SAT's {@code f_init} over the mean annotation). Sources are (B,N,C) float with (B) int32
 * counts of real positions; padded positions (regions of images with fewer) are left out of the
 * mean and masked from attention by the model.
 */
public final class GridFeatureEncoder extends AbstractBlock implements Encoder {

  private final int channels;
  private final int size;
  private final float dropout;
  private final Parameter weight;
  private final Parameter bias;

  /** An encoder of C = {@code channels} features per position into {@code config.encoderSize()}. */
  public GridFeatureEncoder(ModelConfig config, int channels) {
    if (channels < 1) {
      throw new IllegalArgumentException("feature channels must be >= 1, got " + channels);
    }
    this.channels = channels;
    this.size = config.encoderSize();
    this.dropout = config.dropout();
    weight = addParameter(LstmLayer.weight("grid_projection_weight", size, channels));
    bias = addParameter(LstmLayer.bias("grid_projection_bias", size));
  }

  /** C, the channels each position must have. */
  public int channels() {
    return channels;
  }

  @Override
  public int outputSize() {
    return size;
  }

  @Override
  public Shape sourceShape() {
    return new Shape(1, 1, channels);
  }

  @Override
  public EncoderOutput encode(ParameterStore ps, NDArray source, NDArray sourceLengths, boolean training) {
    Shape shape = source.getShape();
    if (shape.dimension() != 3 || shape.get(2) != channels) {
      throw new IllegalArgumentException("image features must be (batch, positions, " + channels + "), got "
          + shape);
    }
    int[] lengths = sourceLengths.toType(DataType.INT32, false).toIntArray();
    int positions = (int) shape.get(1);
    float[] mask = new float[lengths.length * positions];
    float[] inverse = new float[lengths.length];
    for (int b = 0; b < lengths.length; b++) {
      if (lengths[b] < 1 || lengths[b] > positions) {
        throw new IllegalArgumentException("feature positions " + lengths[b] + " of row " + b + " are outside 1.."
            + positions);
      }
      for (int n = 0; n < lengths[b]; n++) {
        mask[b * positions + n] = 1f;
      }
      inverse[b] = 1f / lengths[b];
    }
    NDArray x = source.toType(DataType.FLOAT32, false);
    NDArray states = Activation.relu(Linear.linear(x, ps.getValue(weight, x.getDevice(), training),
        ps.getValue(bias, x.getDevice(), training)).head());
    if (training && dropout > 0) {
      states = Dropout.dropout(states, dropout, true).head();
    }
    NDArray m = x.getManager().create(mask, new Shape(lengths.length, positions, 1));
    NDArray mean = states.mul(m).sum(new int[] {1}).mul(x.getManager().create(inverse, new Shape(lengths.length, 1)));
    return new EncoderOutput(states, null, null, mean);
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
    return new Shape[] {new Shape(b, inputShapes[0].get(1), size), new Shape(b, size)};
  }
}
