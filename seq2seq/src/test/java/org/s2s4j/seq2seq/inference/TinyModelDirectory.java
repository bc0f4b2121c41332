package org.s2s4j.seq2seq.inference;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.train.ModelParameters;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * A complete model directory with small random weights, laid out as training writes it (also used
 * by the cli module's tests).
 */
public final class TinyModelDirectory {

  private TinyModelDirectory() {}

  /** Writes the directory at {@code modelDir} (config, vocabularies, one checkpoint); returns it. */
  public static Path create(Path modelDir) throws IOException {
    Path checkpoint = modelDir.resolve("checkpoints/step-000000001");
    Files.createDirectories(checkpoint);
    Vocabulary vocab = Vocabulary.of(List.of("a", "b", "c", "d", "e", "f"));
    vocab.save(modelDir.resolve(TrainedModel.SOURCE_VOCAB));
    vocab.save(modelDir.resolve(TrainedModel.TARGET_VOCAB));
    ObjectNode config = ConfigLoader.defaults();
    ObjectNode data = (ObjectNode) config.get("data");
    for (String file : new String[] {"train_source", "train_target", "dev_source", "dev_target"}) {
      data.put(file, "moved-away-" + file);
    }
    ((ObjectNode) config.get("model")).put("embedding_size", 8).put("encoder_size", 8)
        .put("encoder_layers", 1).put("decoder_size", 16).put("decoder_layers", 1)
        .put("dropout", 0.0);
    Files.writeString(modelDir.resolve(TrainedModel.CONFIG),
        ConfigLoader.YAML.writeValueAsString(config));
    try (NDManager manager = Engine.getEngine("MXNet").newBaseManager()) {
      Engine.getEngine("MXNet").setRandomSeed(3);
      Seq2SeqModel model = new Seq2SeqModel(new ModelConfig(vocab.size(), vocab.size(), 8, 8, 1,
          16, 1, AttentionType.GENERAL, false, false, 0.0f));
      model.initialize(manager);
      ModelParameters.save(model, checkpoint.resolve("params.bin"));
    }
    Files.writeString(modelDir.resolve("checkpoints/best"), "step-000000001\n");
    return modelDir;
  }
}
