package org.s2s4j.seq2seq.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.config.DataOptions;
import org.s2s4j.seq2seq.config.PreprocessingOptions;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeLearner;
import org.s2s4j.tokenization.bpe.WordCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@code preprocessing} section on the raw training and dev files, streaming: tokenizes
 * both sides, learns BPE codes on the training split (as subword-nmt's learn-bpe, or
 * learn-joint-bpe-and-vocab, would on the tokenized files), optionally builds the per-side subword
 * vocabularies for apply-bpe's vocabulary filter, and applies BPE. The result is cached in
 * {@code RUN/prepared/KEY/}, where KEY is the SHA-256 of the data files' checksums and the
 * settings, so that a resumed or repeated run reuses it. The BPE files and {@code pipeline.json}
 * are copied into the model directory.
 */
public final class DataPreparation {

  private static final Logger LOG = LoggerFactory.getLogger(DataPreparation.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the prepared data lives in a run directory. */
  public static final String CACHE = "prepared";

  /** Model-directory names of the BPE files. */
  public static final String JOINT_CODES = "bpe.codes";
  public static final String SOURCE_CODES = "bpe.source.codes";
  public static final String TARGET_CODES = "bpe.target.codes";
  public static final String SOURCE_VOCAB = "bpe.source.vocab";
  public static final String TARGET_VOCAB = "bpe.target.vocab";

  /** Cached file names: tokenized training text before BPE (for BPE-dropout), and the results. */
  static final String TRAIN_TOKENS_SOURCE = "train.tok.src";
  static final String TRAIN_TOKENS_TARGET = "train.tok.tgt";
  static final String[] OUTPUTS = {"train.src", "train.tgt", "dev.src", "dev.tgt"};
  private static final String COMPLETE = "complete.json";
  private static final int FORMAT = 1;

  private final RunConfig config;
  private final Path runDir;
  private final boolean progress;

  private DataPreparation(RunConfig config, Path runDir, boolean progress) {
    this.config = config;
    this.runDir = runDir;
    this.progress = progress;
  }

  /**
   * Prepares the data of {@code config} for a run in {@code runDir} and records the pipeline
   * there; on {@code resume}, checks first that it is the pipeline the run started with.
   */
  public static PreparedData prepare(RunConfig config, Path runDir, boolean resume,
      boolean progress) throws IOException {
    return new DataPreparation(config, runDir, progress).prepare(resume);
  }

  private PreparedData prepare(boolean resume) throws IOException {
    DataOptions data = config.data();
    PreprocessingOptions options = config.preprocessing();
    Map<Path, String> checksums = new LinkedHashMap<>();
    for (Path f : List.of(data.trainSource(), data.trainTarget(), data.devSource(),
        data.devTarget())) {
      checksums.put(f, Checksums.sha256(f));
    }
    Files.createDirectories(runDir);
    if (options.splitsOnly()) {
      Preprocessing p = new Preprocessing(options.source(), options.target(), null,
          data.maxLength());
      record(p, resume);
      return new PreparedData(data.trainSource(), data.trainTarget(), data.devSource(),
          data.devTarget(), null, null, false, TextPipeline.of(p), checksums);
    }
    String key = key(checksums);
    Path dir = runDir.resolve(CACHE).resolve(key.substring(0, 16));
    if (Files.isRegularFile(dir.resolve(COMPLETE))) {
      LOG.info("reusing the prepared data in {}", dir);
    } else {
      build(dir, key);
    }
    Preprocessing.Subwords bpe = null;
    if (options.bpe() != null) {
      boolean joint = options.bpe().joint();
      boolean vocab = options.bpe().vocabularyThreshold() > 0;
      bpe = new Preprocessing.Subwords(BpeApplier.DEFAULT_SEPARATOR,
          install(dir, joint ? JOINT_CODES : SOURCE_CODES), install(dir, joint ? JOINT_CODES
          : TARGET_CODES), vocab ? install(dir, SOURCE_VOCAB) : null,
          vocab ? install(dir, TARGET_VOCAB) : null, options.bpe().vocabularyThreshold(),
          options.bpe().glossaries());
    }
    Preprocessing p = new Preprocessing(options.source(), options.target(), bpe,
        data.maxLength());
    record(p, resume);
    boolean bpeOn = options.bpe() != null;
    return new PreparedData(dir.resolve(OUTPUTS[0]), dir.resolve(OUTPUTS[1]),
        dir.resolve(OUTPUTS[2]), dir.resolve(OUTPUTS[3]),
        bpeOn ? dir.resolve(TRAIN_TOKENS_SOURCE) : null,
        bpeOn ? dir.resolve(TRAIN_TOKENS_TARGET) : null, true, TextPipeline.of(p), checksums);
  }

  /** Writes pipeline.json, or on resume checks that it would not change. */
  private void record(Preprocessing p, boolean resume) throws IOException {
    Path file = runDir.resolve(PipelineFile.NAME);
    String text = PipelineFile.text(runDir, p);
    if (resume && Files.isRegularFile(file) && !Files.readString(file).equals(text)) {
      throw new IllegalArgumentException("--resume: the preprocessing (or its BPE codes) differs "
          + "from the run's " + file + "; resume with the data and settings the run started with");
    }
    PipelineFile.write(runDir, p);
  }

  /** Copies a prepared BPE file into the model directory; returns the copy. */
  private Path install(Path dir, String name) throws IOException {
    Path target = runDir.resolve(name);
    if (!Files.exists(target) || Files.mismatch(dir.resolve(name), target) >= 0) {
      Files.copy(dir.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** The cache key: data checksums and every setting that changes the prepared files. */
  private String key(Map<Path, String> checksums) {
    ObjectNode k = JSON.createObjectNode();
    k.put("format", FORMAT);
    checksums.values().forEach(k.putArray("data")::add);
    ObjectNode p = config.resolved().get("preprocessing").deepCopy();
    p.remove("bpe_dropout"); // applied while batching, to the cached tokens
    k.set("preprocessing", p);
    k.put("lowercase", config.data().lowercase());
    return Checksums.sha256(k.toString());
  }

  private void build(Path dir, String key) throws IOException {
    long start = System.nanoTime();
    DataOptions data = config.data();
    PreprocessingOptions options = config.preprocessing();
    Path tmp = dir.resolveSibling(".tmp-" + dir.getFileName());
    deleteTree(tmp);
    Files.createDirectories(tmp);
    TextPipeline tokenizers = TextPipeline.of(new Preprocessing(options.source(),
        options.target(), null, data.maxLength()));
    LOG.info("preparing the data in {} ({})", dir, describe(options));
    WordCounts sourceWords = new WordCounts();
    WordCounts targetWords = options.bpe() != null && options.bpe().joint() ? sourceWords
        : new WordCounts();
    long sourceLines = tokenize("tokenize source", data.trainSource(),
        tmp.resolve(TRAIN_TOKENS_SOURCE), tokenizers, true, sourceWords);
    long targetLines = tokenize("tokenize target", data.trainTarget(),
        tmp.resolve(TRAIN_TOKENS_TARGET), tokenizers, false, targetWords);
    if (sourceLines != targetLines) {
      throw new IllegalArgumentException("training files differ in length: " + data.trainSource()
          + " has " + sourceLines + " lines, " + data.trainTarget() + " has " + targetLines);
    }
    TextPipeline pipeline = tokenizers;
    if (options.bpe() != null) {
      pipeline = learn(tmp, options.bpe(), sourceWords, targetWords, options);
      apply("bpe source", tmp.resolve(TRAIN_TOKENS_SOURCE), tmp.resolve(OUTPUTS[0]),
          pipeline.sourceBpe());
      apply("bpe target", tmp.resolve(TRAIN_TOKENS_TARGET), tmp.resolve(OUTPUTS[1]),
          pipeline.targetBpe());
    } else {
      Files.move(tmp.resolve(TRAIN_TOKENS_SOURCE), tmp.resolve(OUTPUTS[0]));
      Files.move(tmp.resolve(TRAIN_TOKENS_TARGET), tmp.resolve(OUTPUTS[1]));
    }
    tokenize("dev source", data.devSource(), tmp.resolve(OUTPUTS[2]), pipeline, true, null);
    tokenize("dev target", data.devTarget(), tmp.resolve(OUTPUTS[3]), pipeline, false, null);
    ObjectNode done = JSON.createObjectNode();
    done.put("key", key);
    done.put("training_pairs", sourceLines);
    done.put("seconds", (System.nanoTime() - start) / 1e9);
    Files.writeString(tmp.resolve(COMPLETE), done.toString() + "\n");
    deleteTree(dir);
    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    LOG.info(String.format(Locale.ROOT, "prepared %d training pairs in %.1f s", sourceLines,
        (System.nanoTime() - start) / 1e9));
  }

  private static String describe(PreprocessingOptions o) {
    String bpe = o.bpe() == null ? "no BPE" : String.format(Locale.ROOT, "%s BPE, %d merges",
        o.bpe().joint() ? "joint" : "separate", o.bpe().merges());
    return String.format(Locale.ROOT, "source %s/%s%s, target %s/%s%s, %s",
        o.source().tokenizer(), o.source().language(), o.source().lowercase() ? " lowercased" : "",
        o.target().tokenizer(), o.target().language(), o.target().lowercase() ? " lowercased" : "",
        bpe);
  }

  /** Writes each line's tokens (space-separated) and counts them as learn-bpe would. */
  private long tokenize(String task, Path in, Path out, TextPipeline pipeline, boolean source,
      WordCounts words) throws IOException {
    try (Writer w = writer(out)) {
      return LinePass.run(task, in, progress, (line, n) -> {
        String tokens = String.join(" ", source ? pipeline.source(line) : pipeline.target(line));
        if (words != null) {
          words.addLine(tokens);
        }
        w.write(tokens);
        w.write('\n');
      });
    }
  }

  /** Learns the codes (and vocabularies) into {@code tmp}; returns the pipeline with BPE. */
  private TextPipeline learn(Path tmp, PreprocessingOptions.Bpe bpe, WordCounts sourceWords,
      WordCounts targetWords, PreprocessingOptions options) throws IOException {
    BpeLearner learner = new BpeLearner(bpe.merges(), bpe.minFrequency());
    Path sourceCodes = tmp.resolve(bpe.joint() ? JOINT_CODES : SOURCE_CODES);
    Path targetCodes = tmp.resolve(bpe.joint() ? JOINT_CODES : TARGET_CODES);
    learn(learner, sourceWords, sourceCodes, bpe.joint() ? "joint" : "source");
    if (!bpe.joint()) {
      learn(learner, targetWords, targetCodes, "target");
    }
    Path sourceVocab = null;
    Path targetVocab = null;
    if (bpe.vocabularyThreshold() > 0) {
      Preprocessing unfiltered = new Preprocessing(options.source(), options.target(),
          new Preprocessing.Subwords(BpeApplier.DEFAULT_SEPARATOR, sourceCodes, targetCodes, null,
              null, 0, bpe.glossaries()), config.data().maxLength());
      TextPipeline plain = TextPipeline.of(unfiltered);
      sourceVocab = tmp.resolve(SOURCE_VOCAB);
      targetVocab = tmp.resolve(TARGET_VOCAB);
      vocabulary("subword vocabulary source", tmp.resolve(TRAIN_TOKENS_SOURCE), sourceVocab,
          plain.sourceBpe());
      vocabulary("subword vocabulary target", tmp.resolve(TRAIN_TOKENS_TARGET), targetVocab,
          plain.targetBpe());
    }
    return TextPipeline.of(new Preprocessing(options.source(), options.target(),
        new Preprocessing.Subwords(BpeApplier.DEFAULT_SEPARATOR, sourceCodes, targetCodes,
            sourceVocab, targetVocab, bpe.vocabularyThreshold(), bpe.glossaries()),
        config.data().maxLength()));
  }

  private static void learn(BpeLearner learner, WordCounts words, Path codes, String side)
      throws IOException {
    long start = System.nanoTime();
    BpeCodes learned = learner.learn(words.counts());
    learned.save(codes);
    LOG.info(String.format(Locale.ROOT, "learned %d %s BPE merges from %d word types in %.1f s",
        learned.size(), side, words.counts().size(), (System.nanoTime() - start) / 1e9));
  }

  /** subword-nmt's get-vocab on the segmented training side: "subword count", most frequent first. */
  private void vocabulary(String task, Path tokens, Path out, BpeApplier bpe) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    LinePass.run(task, tokens, progress, (line, n) -> {
      for (String s : bpe.apply(List.of(line.split(" ")))) {
        counts.merge(s, 1L, Long::sum);
      }
    });
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    try (Writer w = writer(out)) {
      for (Map.Entry<String, Long> e : sorted) {
        w.write(e.getKey() + " " + e.getValue() + "\n");
      }
    }
  }

  private void apply(String task, Path in, Path out, BpeApplier bpe) throws IOException {
    try (Writer w = writer(out)) {
      LinePass.run(task, in, progress, (line, n) -> {
        w.write(line.isEmpty() ? "" : String.join(" ", bpe.apply(List.of(line.split(" ")))));
        w.write('\n');
      });
    }
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8), 1 << 16);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
