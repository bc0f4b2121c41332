package org.s2s4j.seq2seq;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The attention encoder–decoder as one DJL block, engine-neutral (MXNet and PyTorch).
 *
 * <p>Training: {@code forward(ps, NDList(source, sourceLengths, decoderInputs), true)} returns
 * (B,T,V) teacher-forced logits; {@link #logits} with a {@link ScheduledSampling} feeds the
 * model's own picks where its gold mask is 0 (scheduled sampling).
 *
 * <p>Inference (outside any gradient collector): {@link #encode}, {@link #initialState} and
 * {@link #step}. Sources are what the encoder reads, (B,S) int32 token ids padded with 0 for the
 * text encoder or (B,S,C) float feature grids for {@link GridFeatureEncoder}; lengths (B) int32,
 * every row with at least one real position.
 *
 * <p>Not thread-safe.
 */
public final class Seq2SeqModel extends AbstractBlock {

  private static final float MASKED = -1e9f;

  private final ModelConfig config;
  private final Encoder encoder;
  private final AttentionDecoder decoder;
  private ParameterStore inference;

  /** A model with the LSTM text encoder. */
  public Seq2SeqModel(ModelConfig config) {
    this(config, new LstmTextEncoder(config));
  }

  /** A model with the given encoder (e.g. image features) and this package's decoder. */
  public Seq2SeqModel(ModelConfig config, Encoder encoder) {
    this.config = config;
    this.encoder = addChildBlock("encoder", encoder);
    this.decoder = addChildBlock("decoder", new AttentionDecoder(config, encoder.outputSize()));
  }

  /** The architecture. */
  public ModelConfig config() {
    return config;
  }

  /** Encodes (B,S) sources (token ids, or (B,S,C) feature grids) with (B) lengths, for inference. */
  public EncoderOutput encode(NDArray source, NDArray sourceLengths) {
    return encode(inferenceStore(), source, sourceLengths, false);
  }

  /** The decoder state before the first step, for inference. */
  public DecoderState initialState(EncoderOutput enc) {
    return decoder.initialState(inferenceStore(), enc, false);
  }

  /** One decoder step for (R) int32 previous tokens (BOS first), for inference. */
  public StepOutput step(EncoderOutput enc, DecoderState state, NDArray previousTokens) {
    return decoder.step(inferenceStore(), enc, state, previousTokens, false);
  }

  /**
   * The decoder prepared for inference steps from the current parameter values, its copies held
   * in a sub-manager of {@code manager} (see {@link StepDecoder} for when to make a new one).
   */
  public StepDecoder stepDecoder(NDManager manager) {
    return new StepDecoder(decoder, inferenceStore(), manager.newSubManager());
  }

  /** Encodes with an explicit parameter store and mode. */
  public EncoderOutput encode(ParameterStore ps, NDArray source, NDArray sourceLengths, boolean training) {
    NDArray lengths = sourceLengths.toType(DataType.INT32, false);
    EncoderOutput out = encoder.encode(ps, source, lengths, training);
    return new EncoderOutput(out.states(), decoder.keys(ps, out.states(), training),
        maskBias(source.getManager(), lengths.toIntArray(), (int) source.getShape().get(1)), out.finalState());
  }

  private static NDArray maskBias(NDManager manager, int[] lengths, int width) {
    float[] bias = new float[lengths.length * width];
    for (int b = 0; b < lengths.length; b++) {
      for (int s = lengths[b]; s < width; s++) {
        bias[b * width + s] = MASKED;
      }
    }
    return manager.create(bias, new Shape(lengths.length, 1, width));
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    if (inputs.size() != 3) {
      throw new IllegalArgumentException("expected (source, sourceLengths, decoderInputs), got "
          + inputs.size() + " arrays; scheduled sampling goes through logits(...)");
    }
    return new NDList(logits(ps, inputs.get(0), inputs.get(1), inputs.get(2), null, training));
  }

  /**
   * (B,T,V) logits for (B,S) sources with (B) lengths and (B,T) decoder inputs (BOS first):
   * teacher-forced when {@code sampling} is null, else with scheduled sampling.
   */
  public NDArray logits(ParameterStore ps, NDArray source, NDArray sourceLengths, NDArray decoderInputs,
      ScheduledSampling sampling, boolean training) {
    return logitsAndAttention(ps, source, sourceLengths, decoderInputs, sampling, training).get(0);
  }

  /**
   * As {@link #logits}, plus the (B,T,S) attention weights of every decoder step over the source
   * positions (what the doubly stochastic attention penalty of Show, Attend and Tell sums).
   */
  public NDList logitsAndAttention(ParameterStore ps, NDArray source, NDArray sourceLengths,
      NDArray decoderInputs, ScheduledSampling sampling, boolean training) {
    EncoderOutput enc = encode(ps, source, sourceLengths, training);
    DecoderState state = decoder.initialState(ps, enc, training);
    return decoder.decode(ps, enc, state, decoderInputs.toType(DataType.INT32, false), sampling, training);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes[0], inputShapes[1]);
    decoder.initialize(manager, dataType);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[2].get(0), inputShapes[2].get(1), config.targetVocabSize())};
  }

  /** Initialises every parameter on {@code manager}'s device (uses the engine's random seed). */
  public void initialize(NDManager manager) {
    initialize(manager, DataType.FLOAT32, encoder.sourceShape(), new Shape(1), new Shape(1, 1));
  }

  private ParameterStore inferenceStore() {
    if (inference == null) {
      inference = new ParameterStore(decoderManager(), false);
    }
    return inference;
  }

  private NDManager decoderManager() {
    return getParameters().valueAt(0).getArray().getManager();
  }
}
