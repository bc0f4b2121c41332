package org.s2s4j.captioning.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.s2s4j.seq2seq.Devices;
import org.s2s4j.seq2seq.GridFeatureEncoder;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.train.Checkpoints;
import org.s2s4j.seq2seq.train.ModelParameters;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * A captioning run directory loaded for generation: its best checkpoint in a {@link Seq2SeqModel}
 * with a {@link GridFeatureEncoder}, the caption vocabulary and the features it reads. Closing it
 * frees the engine memory.
 *
 * @param model the model
 * @param manager the manager of its parameters
 * @param vocabulary the caption vocabulary
 * @param features the features the model reads
 * @param checkpoint the checkpoint directory loaded
 */
public record CaptionModel(Seq2SeqModel model, NDManager manager, Vocabulary vocabulary, FeatureSpec features,
    Path checkpoint) implements AutoCloseable {

  /** Loads the best checkpoint of {@code runDir} on {@code engine} and {@code device}. */
  public static CaptionModel load(Path runDir, String engine, String device) throws IOException {
    if (!Files.isDirectory(runDir)) {
      throw new IOException("model directory not found: " + runDir);
    }
    for (String f : new String[] {TrainedModel.CONFIG, TrainedModel.TARGET_VOCAB, FeatureSpec.FILE}) {
      if (!Files.isRegularFile(runDir.resolve(f))) {
        throw new IOException("not a complete captioning model directory: " + runDir + " has no " + f);
      }
    }
    Path best = new Checkpoints(runDir).best().orElseThrow(() -> new IOException(
        "not a complete captioning model directory: " + runDir + " has no checkpoint"));
    ObjectNode tree = (ObjectNode) ConfigLoader.YAML.readTree(runDir.resolve(TrainedModel.CONFIG).toFile());
    ObjectNode m = ((ObjectNode) CaptionConfig.defaults().get("model"));
    if (tree.get("model") instanceof ObjectNode saved) {
      m.setAll(saved);
    }
    m.put("encoder_layers", 1);
    Vocabulary vocabulary = Vocabulary.load(runDir.resolve(TrainedModel.TARGET_VOCAB));
    FeatureSpec features = FeatureSpec.read(runDir);
    ModelConfig config = CaptionTraining.modelConfig(ConfigLoader.model(m), vocabulary.size());
    Engine e = Devices.engine(engine);
    Device d = Devices.select(e, device, 1).get(0);
    NDManager manager = e.newBaseManager(d);
    try {
      Seq2SeqModel model = new Seq2SeqModel(config, new GridFeatureEncoder(config, features.channels()));
      model.initialize(manager);
      ModelParameters.load(model, best.resolve(Checkpoints.PARAMS), manager);
      return new CaptionModel(model, manager, vocabulary, features, best);
    } catch (IOException | RuntimeException ex) {
      manager.close();
      throw ex;
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
