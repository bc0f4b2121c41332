package org.s2s4j.seq2seq.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.ShortlistBuilder;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.DataOptions;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.seq2seq.pipeline.DataPreparation;
import org.s2s4j.seq2seq.pipeline.PreparedData;
import org.s2s4j.tokenization.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link Shortlist} of a model directory from its training data, as training reads it
 * (the prepared files, encoded with the run's vocabularies and truncated to
 * {@code data.max_length}): at the start of training, or later for a directory without one.
 */
public final class Shortlists {

  private static final Logger LOG = LoggerFactory.getLogger(Shortlists.class);

  private Shortlists() {}

  /** Builds the shortlist of {@code prepared}'s training pairs and writes it to {@code runDir}. */
  static Shortlist build(PreparedData prepared, DataOptions data, Vocabulary source,
      Vocabulary target, ShortlistBuilder builder, Path runDir) throws IOException {
    long start = System.nanoTime();
    try (Utf8LineReader src = Utf8LineReader.open(prepared.trainSource());
        Utf8LineReader tgt = Utf8LineReader.open(prepared.trainTarget())) {
      while (true) {
        String s = src.readLine();
        String t = tgt.readLine();
        if (s == null || t == null) {
          if (s != t) {
            throw new InputFormatException(s == null ? prepared.trainSource()
                : prepared.trainTarget(), (s == null ? src : tgt).lineNumber() + 1,
                "the training files differ in length");
          }
          break;
        }
        if (!builder.add(source.encode(truncated(prepared.sourceTokens(s), data)),
            target.encode(truncated(prepared.targetTokens(t), data)))) {
          break;
        }
      }
    }
    Shortlist shortlist = builder.build();
    shortlist.write(runDir.resolve(Shortlist.FILE), source, target);
    LOG.info("wrote {} in {} s: {}", runDir.resolve(Shortlist.FILE),
        String.format("%.1f", (System.nanoTime() - start) / 1e9), shortlist.description());
    return shortlist;
  }

  /**
   * Builds (or rebuilds) the shortlist of the trained model directory {@code modelDir} from the
   * training data its {@code config.yaml} names, through its recorded pipeline.
   *
   * @throws IOException if the directory is incomplete or the training data cannot be read
   * @throws IllegalArgumentException if the data files moved or the pipeline changed
   */
  public static Shortlist buildFor(Path modelDir, int frequent, int perSource, int iterations,
      int maxPairs) throws IOException {
    for (String f : new String[] {TrainedModel.CONFIG, TrainedModel.SOURCE_VOCAB,
        TrainedModel.TARGET_VOCAB}) {
      if (!Files.isRegularFile(modelDir.resolve(f))) {
        throw new IOException("not a complete s2s4j model directory: " + modelDir + " has no " + f);
      }
    }
    ObjectNode tree = (ObjectNode) ConfigLoader.YAML.readTree(
        modelDir.resolve(TrainedModel.CONFIG).toFile());
    RunConfig config = ConfigLoader.fromTree(tree, modelDir);
    PreparedData prepared = DataPreparation.prepare(config, modelDir, true, false);
    Vocabulary source = Vocabulary.load(modelDir.resolve(TrainedModel.SOURCE_VOCAB));
    Vocabulary target = Vocabulary.load(modelDir.resolve(TrainedModel.TARGET_VOCAB));
    return build(prepared, config.data(), source, target, new ShortlistBuilder(source.size(),
        target.size(), frequent, perSource, iterations, maxPairs), modelDir);
  }

  private static List<String> truncated(List<String> tokens, DataOptions data) {
    return tokens.size() > data.maxLength() ? tokens.subList(0, data.maxLength()) : tokens;
  }
}
