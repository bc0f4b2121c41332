package org.s2s4j.seq2seq.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny raw English-German corpus for pipeline tests: 80 cased, punctuated sentence pairs made
 * of every subject, verb and place below. Shared with the cli module's tests.
 */
public final class TinyRawCorpus {

  private static final String[][] SUBJECTS = {{"A man", "Ein Mann"}, {"A woman", "Eine Frau"},
      {"The dog", "Der Hund"}, {"A girl", "Ein Mädchen"}, {"The boy", "Der Junge"}};
  private static final String[][] VERBS = {{"is running", "läuft"}, {"is sleeping", "schläft"},
      {"is playing", "spielt"}, {"is sitting", "sitzt"}};
  private static final String[][] PLACES = {{" in the park.", " im Park."},
      {" on the street, outside.", " auf der Straße, draußen."}, {" near the house!", " beim Haus!"},
      {".", "."}};

  private TinyRawCorpus() {}

  /** The pairs, each {English, German}, in a fixed order. */
  public static List<String[]> pairs() {
    List<String[]> pairs = new ArrayList<>();
    for (String[] s : SUBJECTS) {
      for (String[] v : VERBS) {
        for (String[] p : PLACES) {
          pairs.add(new String[] {s[0] + " " + v[0] + p[0], s[1] + " " + v[1] + p[1]});
        }
      }
    }
    return pairs;
  }

  /**
   * Writes the corpus under {@code dir/data} (training pairs, gzipped if asked, and the first 12
   * as dev) and a training configuration {@code dir/raw.yaml} for a tiny raw-text model (Moses
   * tokenizer, lowercased, 40 joint BPE merges) trained for {@code epochs}; returns its path.
   */
  public static Path writeTrainingConfig(Path dir, boolean gzipTraining, int epochs, long seed)
      throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    List<String[]> pairs = pairs();
    String suffix = gzipTraining ? ".gz" : "";
    write(data.resolve("train.en" + suffix), pairs.stream().map(p -> p[0]).toList(), gzipTraining);
    write(data.resolve("train.de" + suffix), pairs.stream().map(p -> p[1]).toList(), gzipTraining);
    write(data.resolve("dev.en"), pairs.subList(0, 12).stream().map(p -> p[0]).toList(), false);
    write(data.resolve("dev.de"), pairs.subList(0, 12).stream().map(p -> p[1]).toList(), false);
    Path config = dir.resolve("raw.yaml");
    Files.writeString(config, String.join("\n",
        "data_dir: data",
        "data: {train_source: train.en" + suffix + ", train_target: train.de" + suffix
            + ", dev_source: dev.en,",
        "  dev_target: dev.de, lowercase: true, batch_sentences: 16}",
        "preprocessing:",
        "  source: {tokenizer: moses, language: en}",
        "  target: {tokenizer: moses, language: de}",
        "  bpe: {merges: 40, joint: true}",
        "model: {embedding_size: 16, encoder_size: 16, encoder_layers: 1, decoder_size: 32,",
        "  dropout: 0.0}",
        "training: {learning_rate: 0.01, label_smoothing: 0.0, max_epochs: " + epochs
            + ", patience: 0,",
        "  max_decode_length: 20, seed: " + seed + "}", ""));
    return config;
  }

  private static void write(Path file, List<String> lines, boolean gzip) throws IOException {
    if (!gzip) {
      Files.write(file, lines);
      return;
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l + "\n");
      }
    }
  }
}
