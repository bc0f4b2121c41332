package org.s2s4j.seq2seq;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.ModelOptions;
import org.s2s4j.seq2seq.pipeline.PipelineFile;
import org.s2s4j.seq2seq.train.Checkpoints;
import org.s2s4j.seq2seq.train.ModelParameters;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * A model directory (a training run directory) loaded for inference: its best checkpoint's
 * parameters in a {@link Seq2SeqModel}, the vocabularies and the preprocessing recorded at
 * training time, and (when asked for) its {@link Shortlist}. Closing it frees the engine memory.
 */
public final class TrainedModel implements AutoCloseable {

  /** Files every model directory holds (and {@code pipeline.json} since pipelines are recorded). */
  public static final String CONFIG = "config.yaml";
  public static final String SOURCE_VOCAB = "source.vocab";
  public static final String TARGET_VOCAB = "target.vocab";

  private final Seq2SeqModel model;
  private final NDManager manager;
  private final Vocabulary source;
  private final Vocabulary target;
  private final Preprocessing preprocessing;
  private final Path checkpoint;
  private final Path directory;
  private final StepDecoder stepDecoder;
  private Optional<Shortlist> shortlist;

  private TrainedModel(Seq2SeqModel model, NDManager manager, Vocabulary source, Vocabulary target,
      Preprocessing preprocessing, Path checkpoint, Path directory) {
    this.model = model;
    this.directory = directory;
    // The parameters never change after loading: prepare the decoder's step weights once.
    this.stepDecoder = model.stepDecoder(manager);
    this.manager = manager;
    this.source = source;
    this.target = target;
    this.preprocessing = preprocessing;
    this.checkpoint = checkpoint;
  }

  /**
   * Loads the best checkpoint of {@code modelDir} on {@code engine} ("mxnet" | "pytorch") and
   * {@code device} ("cpu" | "gpu" | "auto").
   *
   * @throws IOException if the directory is incomplete (the message names what is missing)
   */
  public static TrainedModel load(Path modelDir, String engine, String device) throws IOException {
    if (!Files.isDirectory(modelDir)) {
      throw new IOException("model directory not found: " + modelDir);
    }
    for (String f : new String[] {CONFIG, SOURCE_VOCAB, TARGET_VOCAB}) {
      if (!Files.isRegularFile(modelDir.resolve(f))) {
        throw new IOException("not a complete s2s4j model directory: " + modelDir + " has no " + f);
      }
    }
    Path best = new Checkpoints(modelDir).best().orElseThrow(() -> new IOException(
        "not a complete s2s4j model directory: " + modelDir + " has no checkpoint (checkpoints/best or latest)"));
    ObjectNode tree = (ObjectNode) ConfigLoader.YAML.readTree(modelDir.resolve(CONFIG).toFile());
    ModelOptions options;
    try {
      options = ConfigLoader.fromTree(tree, modelDir).model();
    } catch (IllegalArgumentException e) {
      // Data files may have moved since training; the architecture is all inference needs.
      options = modelOptions(tree);
    }
    Preprocessing preprocessing = Files.isRegularFile(modelDir.resolve(PipelineFile.NAME))
        ? PipelineFile.read(modelDir)
        // a model directory from before pipelines were recorded: tokenized data
        : Preprocessing.legacy(tree.path("data").path("lowercase").asBoolean(false),
            tree.path("data").path("max_length").asInt(100));
    Vocabulary src = Vocabulary.load(modelDir.resolve(SOURCE_VOCAB));
    Vocabulary tgt = Vocabulary.load(modelDir.resolve(TARGET_VOCAB));
    Engine e = Devices.engine(engine);
    Device d = Devices.select(e, device, 1).get(0);
    NDManager manager = e.newBaseManager(d);
    try {
      Seq2SeqModel model = new Seq2SeqModel(options.toConfig(src.size(), tgt.size()));
      model.initialize(manager);
      ModelParameters.load(model, best.resolve(Checkpoints.PARAMS), manager);
      return new TrainedModel(model, manager, src, tgt, preprocessing, best, modelDir);
    } catch (IOException | RuntimeException ex) {
      manager.close();
      throw ex;
    }
  }

  private static ModelOptions modelOptions(ObjectNode tree) {
    ObjectNode defaults = ConfigLoader.defaults();
    ObjectNode m = (ObjectNode) defaults.get("model");
    if (tree.get("model") instanceof ObjectNode saved) {
      m.setAll(saved);
    }
    return new ModelOptions(m.get("embedding_size").asInt(), m.get("encoder_size").asInt(),
        m.get("encoder_layers").asInt(), m.get("decoder_size").asInt(), m.get("decoder_layers").asInt(),
        AttentionType.parse(m.get("attention").asText()), m.get("input_feeding").asBoolean(),
        m.get("tie_embeddings").asBoolean(), (float) m.get("dropout").asDouble());
  }

  /** The model, in inference mode through its {@code encode/initialState/step} methods. */
  public Seq2SeqModel model() {
    return model;
  }

  /** The manager holding the parameters; create per-batch sub-managers from it. */
  public NDManager manager() {
    return manager;
  }

  public Vocabulary sourceVocabulary() {
    return source;
  }

  public Vocabulary targetVocabulary() {
    return target;
  }

  /** Tokenization recorded at training time. */
  public Preprocessing preprocessing() {
    return preprocessing;
  }

  /** The decoder prepared for inference steps from the loaded parameters; closed with this. */
  public StepDecoder stepDecoder() {
    return stepDecoder;
  }

  /** The model directory. */
  public Path directory() {
    return directory;
  }

  /**
   * The directory's shortlist ({@link Shortlist#FILE}), read on first use; empty if it has none.
   *
   * @throws IOException if the file is malformed or belongs to other vocabularies
   */
  public synchronized Optional<Shortlist> shortlist() throws IOException {
    if (shortlist == null) {
      Path file = directory.resolve(Shortlist.FILE);
      shortlist = Files.isRegularFile(file) ? Optional.of(Shortlist.read(file, source, target))
          : Optional.empty();
    }
    return shortlist;
  }

  /** The checkpoint directory the parameters came from. */
  public Path checkpoint() {
    return checkpoint;
  }

  @Override
  public void close() {
    stepDecoder.close();
    manager.close();
  }
}
