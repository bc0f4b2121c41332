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
    Path config = TinyRawCorpus.writeTrainingConfig(root, false, 3, 7);
    Path run = root.resolve("run");
    Seq2SeqTraining.train(ConfigLoader.load(config, List.of()), run, "mxnet", "cpu", 1, false,
        false);
    return run;
  }
}
