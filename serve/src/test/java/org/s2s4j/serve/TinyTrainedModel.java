package org.s2s4j.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.pipeline.TinyRawCorpus;
import org.s2s4j.seq2seq.train.Seq2SeqTraining;

/**
 * A tiny model trained once per test JVM on {@link TinyRawCorpus} (raw text: Moses tokenizer,
 * lowercased, joint BPE), so that the server's tests translate real sentences in seconds.
 */
final class TinyTrainedModel {

  private static Path dir;

  private TinyTrainedModel() {}

  /** The model directory, trained on first use. */
  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = train(Files.createTempDirectory("s2s4j-serve-test"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  private static Path train(Path root) throws IOException {
    List<String[]> pairs = TinyRawCorpus.pairs();
    Files.write(root.resolve("train.en"), pairs.stream().map(p -> p[0]).toList());
    Files.write(root.resolve("train.de"), pairs.stream().map(p -> p[1]).toList());
    Files.write(root.resolve("dev.en"), pairs.subList(0, 12).stream().map(p -> p[0]).toList());
    Files.write(root.resolve("dev.de"), pairs.subList(0, 12).stream().map(p -> p[1]).toList());
    Path config = root.resolve("raw.yaml");
    Files.writeString(config, String.join("\n",
        "data: {train_source: train.en, train_target: train.de, dev_source: dev.en,",
        "  dev_target: dev.de, lowercase: true, batch_sentences: 16}",
        "preprocessing:",
        "  source: {tokenizer: moses, language: en}",
        "  target: {tokenizer: moses, language: de}",
        "  bpe: {merges: 40, joint: true}",
        "model: {embedding_size: 16, encoder_size: 16, encoder_layers: 1, decoder_size: 32,",
        "  dropout: 0.0}",
        "training: {learning_rate: 0.01, label_smoothing: 0.0, max_epochs: 3, patience: 0,",
        "  max_decode_length: 20, seed: 7}", ""));
    Path run = root.resolve("run");
    Seq2SeqTraining.train(ConfigLoader.load(config, List.of()), run, "mxnet", "cpu", 1, false,
        false);
    return run;
  }
}
